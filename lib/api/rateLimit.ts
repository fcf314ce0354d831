import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { getEnv } from '@/lib/env'
import { clientAddress as addressOf } from '@/lib/http/clientAddress.mjs'
import { sharedRedis } from './redisConnection'

/**
 * Rate limits of the public API (rate-limiter-flexible): a fixed window per client, anonymous
 * clients by IP, partners by API key at a higher rate. Counters live in memory, or in Redis
 * when REDIS_URL is set so that several app instances share them; if Redis stops answering,
 * each instance falls back to its own memory counters instead of failing requests.
 */
export type Tier = 'anonymous' | 'keyed'

export type RateDecision = { allowed: boolean; limit: number; remaining: number; resetSeconds: number; windowSeconds: number }

export type LimiterOptions = { anonymous: number; keyed: number; windowSeconds: number; redisUrl?: string }

export type Limiters = {
  /** Counts one request of `client` and says whether it may go on. */
  consume: (tier: Tier, client: string) => Promise<RateDecision>
  /** Resolves once the shared store is connected (at once without Redis). Until then, memory counts. */
  ready: () => Promise<void>
  close: () => Promise<void>
}

export function createLimiters({ anonymous, keyed, windowSeconds, redisUrl }: LimiterOptions): Limiters {
  // One connection per process, shared with the sign-in throttle (./redisConnection.ts); while
  // Redis is away a request fails over to memory at once instead of waiting for a reconnect.
  const redis = redisUrl ? sharedRedis(redisUrl) : undefined
  const make = (tier: Tier, points: number): { limiter: RateLimiterAbstract; points: number } => {
    const memory = new RateLimiterMemory({ keyPrefix: `kopru-rl-${tier}`, points, duration: windowSeconds })
    if (!redis) return { limiter: memory, points }
    return {
      limiter: new RateLimiterRedis({ storeClient: redis.client, useRedisPackage: true, keyPrefix: `kopru-rl-${tier}`, points, duration: windowSeconds, insuranceLimiter: memory }),
      points,
    }
  }
  const tiers: Record<Tier, { limiter: RateLimiterAbstract; points: number }> = { anonymous: make('anonymous', anonymous), keyed: make('keyed', keyed) }

  return {
    async consume(tier, client) {
      const { limiter, points } = tiers[tier]
      const decide = (result: RateLimiterRes, allowed: boolean): RateDecision => ({
        allowed,
        limit: points,
        remaining: Math.max(0, result.remainingPoints),
        resetSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
        windowSeconds,
      })
      try {
        return decide(await limiter.consume(client), true)
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return decide(rejection, false)
        throw rejection
      }
    },
    async ready() {
      await redis?.ready()
    },
    async close() {
      await redis?.release()
    },
  }
}

const store = globalThis as typeof globalThis & { __kopruLimiters?: Limiters }

/** The server's limiters, configured by RATE_LIMIT_* and REDIS_URL. */
export function consume(tier: Tier, client: string): Promise<RateDecision> {
  const env = getEnv()
  store.__kopruLimiters ??= createLimiters({
    anonymous: env.RATE_LIMIT_ANONYMOUS,
    keyed: env.RATE_LIMIT_KEYED,
    windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
    redisUrl: env.REDIS_URL,
  })
  return store.__kopruLimiters.consume(tier, client)
}

/** What a refused client is told (the 429 body of /api/v1 and of Payload's REST API). */
export function tooManyRequestsDetail(decision: RateDecision): string {
  return `This client may make ${decision.limit} requests every ${decision.windowSeconds} seconds; retry after ${decision.resetSeconds} s.`
}

/** The standard headers (IETF draft "RateLimit header fields"), plus Retry-After when refused. */
export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  const headers: Record<string, string> = {
    'RateLimit-Limit': String(decision.limit),
    'RateLimit-Remaining': String(decision.remaining),
    'RateLimit-Reset': String(decision.resetSeconds),
    'RateLimit-Policy': `${decision.limit};w=${decision.windowSeconds}`,
  }
  if (!decision.allowed) headers['Retry-After'] = String(decision.resetSeconds)
  return headers
}

/** The client's address for per-IP limits (lib/http/clientAddress.mjs, which server.mjs's API cache counts by too). */
export function clientAddress(headers: Headers): string {
  return addressOf(headers.get('x-forwarded-for'))
}
