import { index } from '@/lib/api/v1/handlers'
import { apiRoute } from '@/lib/api/v1/http'

export const dynamic = 'force-dynamic'

/** GET /api/v1: links to the docs, the OpenAPI document, the collections and the feeds. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(index)
