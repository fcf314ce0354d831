import { openApi } from '@/lib/api/v1/handlers'
import { apiRoute } from '@/lib/api/v1/http'

export const dynamic = 'force-dynamic'

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description, generated from the handlers' zod schemas. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(openApi)
