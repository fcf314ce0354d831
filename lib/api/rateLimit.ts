import { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { getEnv } from '../env'

/**
 * Rate limits of the public API (rate-limiter-flexible): a fixed window per client, anonymous
 * clients by IP, partners by API key at a higher rate. Counters live in memory, or in Redis
 * when REDIS_URL is set so that several app instances share them; if Redis stops answering,
 * each instance falls back to its own memory counters instead of failing requests.
 */
export type Tier = 'anonymous' | 'keyed'

export type RateDecision = { allowed: boolean; limit: number; remaining: number; resetSeconds: number; windowSeconds: number }

type Limiters = Record<Tier, { limiter: RateLimiterAbstract; points: number }>

const store = globalThis as typeof globalThis & { __kopruLimiters?: Limiters; __kopruRedis?: Redis }

function create(): Limiters {
  const env = getEnv()
  const duration = env.RATE_LIMIT_WINDOW_SECONDS
  const make = (tier: Tier, points: number) => {
    const memory = new RateLimiterMemory({ keyPrefix: `kopru-rl-${tier}`, points, duration })
    if (!env.REDIS_URL) return { limiter: memory, points }
    store.__kopruRedis ??= new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    // Without a listener ioredis reports a lost connection as an unhandled error event.
    store.__kopruRedis.on('error', () => {})
    const redis = new RateLimiterRedis({
      storeClient: store.__kopruRedis,
      keyPrefix: `kopru-rl-${tier}`,
      points,
      duration,
      insuranceLimiter: memory,
    })
    return { limiter: redis, points }
  }
  return { anonymous: make('anonymous', env.RATE_LIMIT_ANONYMOUS), keyed: make('keyed', env.RATE_LIMIT_KEYED) }
}

/** Counts one request of `client` and says whether it may go on. */
export async function consume(tier: Tier, client: string): Promise<RateDecision> {
  store.__kopruLimiters ??= create()
  const { limiter, points } = store.__kopruLimiters[tier]
  const windowSeconds = getEnv().RATE_LIMIT_WINDOW_SECONDS
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

/**
 * The client's address for per-IP limits: the last X-Forwarded-For entry, which the nearest
 * proxy (the caching proxy in production, or Next itself when nothing is in front) writes.
 * Without a proxy a client can write that header itself, so production runs behind one.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).pop()
  return last ?? headers.get('x-real-ip') ?? 'unknown'
}
