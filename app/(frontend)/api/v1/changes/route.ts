import { changes } from '@/lib/api/v1/changes'
import { apiRoute } from '@/lib/api/v1/http'

export const dynamic = 'force-dynamic'

/** GET /api/v1/changes: what changed for partners, deletions included (lib/api/v1/changes.ts). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(changes)
