import { listOrFeed } from '@/lib/api/v1/handlers'
import { apiRoute } from '@/lib/api/v1/http'

export const dynamic = 'force-dynamic'

/** GET /api/v1/{news,statements,programmes,facts,countries} (a page of published documents) and /api/v1/{news,statements}.rss */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(listOrFeed)
