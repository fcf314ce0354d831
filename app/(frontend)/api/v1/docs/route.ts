import { docs } from '@/lib/api/v1/handlers'
import { apiRoute } from '@/lib/api/v1/http'

export const dynamic = 'force-dynamic'

/** GET /api/v1/docs (?lang=tr): the partner API's documentation, with working curl examples. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(docs)
