/* Payload's REST API at /api (framework boilerplate). GraphQL is disabled in payload.config.ts. */
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guardLogin } from '@/lib/api/loginThrottle'
import { guardRequestShape } from '@/lib/api/requestShape'
import { guardPublicGet, guardRestWrite } from '@/lib/api/restGuard'

// Public reads get limits (lib/api/restGuard.ts): limit ≤ 100, depth ≤ 2, a known locale.
// Other methods: reads disguised as a POST and the admin's internal collections are for staff.
// Every method: ids, routes and bodies Payload would answer with a 500 are a 4xx first
// (lib/api/requestShape.ts).
export const GET = guardRequestShape(config, guardPublicGet(REST_GET(config)))
export const POST = guardRequestShape(config, guardLogin(guardRestWrite(REST_POST(config))))
export const DELETE = guardRequestShape(config, guardRestWrite(REST_DELETE(config)))
export const PATCH = guardRequestShape(config, guardRestWrite(REST_PATCH(config)))
export const PUT = guardRequestShape(config, guardRestWrite(REST_PUT(config)))
export const OPTIONS = REST_OPTIONS(config)
