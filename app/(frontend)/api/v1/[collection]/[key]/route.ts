import { one } from '@/lib/api/v1/handlers'
import { apiRoute } from '@/lib/api/v1/http'

export const dynamic = 'force-dynamic'

/** GET /api/v1/{collection}/{id or slug}: one published document. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(one)
