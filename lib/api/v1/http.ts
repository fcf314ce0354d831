import { BrokenCircuitError } from 'cockatiel'

import { databaseAnswers, guardedRead, isUnavailable, unavailableResponse } from '@/lib/db/availability'
import { getPayloadClient } from '@/lib/payload'
import { etagOf, matchesEtag } from '@/lib/http/etag.mjs'
import { clientAddress, consume, rateLimitHeaders, tooManyRequestsDetail, type RateDecision, type Tier } from '@/lib/api/rateLimit'
import { hasSessionCookie } from '@/lib/cache/apiCache.mjs'
import { apiCallerIdentified, decidedRate, registerApiRateLimit } from '@/lib/cache/registry.mjs'
import { BadRequest } from './query'

/**
 * What surrounds every /api/v1 handler, so handlers only read and shape content: CORS (open
 * for reading, nothing else), API-key recognition and rate limits, ETag/304, Cache-Control,
 * and one JSON error shape ({error, details}) for 400, 401, 404, 405, 429, 500 and 503.
 *
 * In front of it, server.mjs answers repeats from its cache (lib/http/apiResponses.mjs): what
 * this returns is the same for every caller, and server.mjs counts those reads with these same
 * limiters (registered below), for callers this handler recognised (reported below).
 */

// server.mjs counts the reads it answers itself with the process's limiters (lib/cache/registry.mjs).
registerApiRateLimit(async (tier, client) => {
  const decision = await consume(tier, client)
  return { allowed: decision.allowed, decision, headers: rateLimitHeaders(decision) }
})

/** The decision server.mjs already made for this request (a read it counted, then left to us), if any. */
function alreadyDecided(): RateDecision | undefined {
  const decided = decidedRate()
  return decided && typeof decided === 'object' && 'allowed' in decided ? (decided as RateDecision) : undefined
}

export type ApiResult = { status?: number; json?: unknown; text?: string; contentType?: string }

type Context<P> = { params: Promise<P> }
export type ApiHandler<P> = (request: Request, params: P) => Promise<ApiResult>

const allowedMethods = 'GET, HEAD, OPTIONS'

const corsHeaders: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': allowedMethods,
  'Access-Control-Allow-Headers': 'Authorization, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After',
  'Access-Control-Max-Age': '86400',
}

/**
 * Shared caches may keep a response a minute and serve it stale while refetching; browsers and
 * partners revalidate every time (max-age=0) and get a 304 while nothing changed.
 */
export const cacheControl = 'public, max-age=0, must-revalidate, s-maxage=60, stale-while-revalidate=300'

export class NotFound extends Error {
  constructor(readonly details: string[]) {
    super('Not found.')
  }
}

function errorResponse(status: number, error: string, details: string[], headers: Record<string, string> = {}): Response {
  return Response.json({ error, details }, { status, headers: { ...corsHeaders, 'Cache-Control': 'no-store', ...headers } })
}

/** Who is calling: a partner's API key (or any signed-in account), or an anonymous IP. */
async function identify(request: Request): Promise<{ tier: Tier; client: string } | Response> {
  const authorization = request.headers.get('authorization')
  if (!authorization) return { tier: 'anonymous', client: `ip:${clientAddress(request.headers)}` }
  const payload = await getPayloadClient()
  // An unreadable key is a 401; a database that does not answer is a 503 (thrown on).
  const { user } = await guardedRead(() => payload.auth({ headers: request.headers })).catch((error: unknown) => {
    if (isUnavailable(error)) throw error
    return { user: null }
  })
  // Payload's auth strategies answer "no user" when their query fails: a key is refused only
  // once the database is known to answer (a 503 otherwise, like every other read).
  if (!user && !(await databaseAnswers()).up) throw new BrokenCircuitError()
  // server.mjs answers this header from its cache for a while, or sends it here again
  // (lib/cache/apiCache.mjs); not when a session cookie may have been what Payload recognised.
  if (!hasSessionCookie(request.headers.get('cookie'))) apiCallerIdentified(authorization, user ? `user:${user.id}` : null)
  if (!user) {
    return errorResponse(401, 'The credentials were not recognised.', [
      'Send your key as "Authorization: users API-Key <key>", or send no Authorization header to read anonymously at the lower rate.',
    ])
  }
  return { tier: 'keyed', client: `user:${user.id}` }
}

export function apiRoute<P>(handler: ApiHandler<P>) {
  async function GET(request: Request, context: Context<P>): Promise<Response> {
    try {
      const who = await identify(request)
      if (who instanceof Response) return who
      const decision = alreadyDecided() ?? (await consume(who.tier, who.client))
      const limitHeaders = rateLimitHeaders(decision)
      if (!decision.allowed) {
        return errorResponse(
          429,
          'Too many requests.',
          [tooManyRequestsDetail(decision), ...(who.tier === 'anonymous' ? ['Partners with an API key get a higher rate: ask the communications team for a key.'] : [])],
          limitHeaders,
        )
      }

      const result = await handler(request, await context.params)
      const body = result.text ?? JSON.stringify(result.json)
      const etag = etagOf(body)
      const headers: Record<string, string> = {
        ...corsHeaders,
        ...limitHeaders,
        'Cache-Control': cacheControl,
        ETag: etag,
        'Content-Type': result.contentType ?? 'application/json; charset=utf-8',
      }
      if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
      return new Response(request.method === 'HEAD' ? null : body, { status: result.status ?? 200, headers })
    } catch (error) {
      if (error instanceof BadRequest) return errorResponse(400, 'Invalid query parameters.', error.details)
      if (error instanceof NotFound) return errorResponse(404, 'Not found.', error.details)
      if (isUnavailable(error)) {
        console.error('[api/v1] database unavailable:', error instanceof Error ? error.message : error)
        return unavailableResponse(corsHeaders)
      }
      console.error('[api/v1] unexpected error:', error)
      return errorResponse(500, 'Internal error.', ['This is a fault of ours, not of the request; it has been logged.'])
    }
  }

  const OPTIONS = async () => new Response(null, { status: 204, headers: { ...corsHeaders, Allow: allowedMethods } })

  /** Writes go through Payload's own REST API with a staff session, never through /api/v1. */
  const refuseWrite = async () => errorResponse(405, 'Method not allowed.', ['The partner API is read-only: use GET (or HEAD).'], { Allow: allowedMethods })

  return { GET, HEAD: GET, OPTIONS, POST: refuseWrite, PUT: refuseWrite, PATCH: refuseWrite, DELETE: refuseWrite }
}
