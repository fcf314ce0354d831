import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { getEnv } from '@/lib/env'
import { clientAddress } from './rateLimit'
import { sharedRedis } from './redisConnection'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Failed sign-ins are throttled per address, in Drupal's way (flood control), instead of
 * locking accounts: Payload's own lockout (maxLoginAttempts) let anyone lock anyone out,
 * the admin included, with five wrong passwords every 15 minutes.
 *
 * - 5 failures for one account from one address hold that address back, for that account,
 *   for 15 minutes (a success from there clears it);
 * - 50 failures from one address, whatever the accounts, hold it back for an hour.
 *
 * The real user, from any other address, is never held back: a correct password is kept
 * out at most 15 minutes, and only where the failures came from (an office sharing one
 * address with an attacker: at most an hour). Counters are shared through REDIS_URL like the
 * API's rate limits, in memory without it. The account is counted by what was typed, so an
 * unknown e-mail is throttled exactly like a real one, and gets the same answers.
 */
export const perAccountAddress = { points: 5, seconds: 15 * 60 }
export const perAddress = { points: 50, seconds: 60 * 60 }

export const throttledMessage = 'Too many failed sign-ins from your network. Wait a few minutes, then try again (or reset your password).'

export type Throttle = {
  /** Seconds to wait when this account and address are held back, else 0. */
  wait: (account: string, address: string) => Promise<number>
  failed: (account: string, address: string) => Promise<void>
  succeeded: (account: string, address: string) => Promise<void>
  /** Resolves once Redis is connected (at once without it). Until then, memory counts. */
  ready: () => Promise<void>
  close: () => Promise<void>
}

type Limit = { points: number; seconds: number }

type Limiters = {
  /** A limiter counting in Redis (memory while Redis does not answer), or in memory without REDIS_URL. */
  make: (name: string, limit: Limit) => RateLimiterAbstract
  /** Resolves once Redis is connected (at once without it). Until then, memory counts. */
  ready: () => Promise<void>
  /** Lets go of the shared connection; the last one to let go closes it. */
  close: () => Promise<void>
}

/**
 * The limiters of sign-ins and password resets, with keys under `prefix`. Every set of them in
 * a process shares one Redis connection per address (./redisConnection.ts, with the API's rate
 * limits; they used to open one each).
 */
export function limiters(redisUrl: string | undefined, prefix: string): Limiters {
  const redis = redisUrl ? sharedRedis(redisUrl) : undefined
  return {
    make(name, { points, seconds }) {
      const keyPrefix = `${prefix}-${name}`
      const memory = new RateLimiterMemory({ keyPrefix, points, duration: seconds })
      return redis ? new RateLimiterRedis({ storeClient: redis.client, useRedisPackage: true, keyPrefix, points, duration: seconds, insuranceLimiter: memory }) : memory
    },
    async ready() {
      await redis?.ready()
    },
    async close() {
      await redis?.release()
    },
  }
}

export function createThrottle(redisUrl?: string): Throttle {
  const { make, ready, close } = limiters(redisUrl, 'kopru-login')
  const pair = make('account-address', perAccountAddress)
  const address = make('address', perAddress)
  const pairKey = (account: string, from: string) => `${crypto.createHash('sha256').update(account).digest('hex').slice(0, 32)}:${from}`
  const held = async (limiter: RateLimiterAbstract, key: string, points: number) => {
    const state = await limiter.get(key).catch(() => null)
    return state && state.consumedPoints >= points ? Math.max(1, Math.ceil(state.msBeforeNext / 1000)) : 0
  }
  return {
    async wait(account, from) {
      return Math.max(await held(pair, pairKey(account, from), perAccountAddress.points), await held(address, from, perAddress.points))
    },
    async failed(account, from) {
      await Promise.all([pair.consume(pairKey(account, from)).catch(() => {}), address.consume(from).catch(() => {})])
    },
    async succeeded(account, from) {
      await pair.delete(pairKey(account, from)).catch(() => {})
    },
    ready,
    close,
  }
}

const store = globalThis as typeof globalThis & { __kopruLoginThrottle?: Throttle }
const throttle = () => (store.__kopruLoginThrottle ??= createThrottle(getEnv().REDIS_URL))

/** The account as Payload looks it up: the e-mail, lower-cased and trimmed. */
async function accountOf(request: Request): Promise<string> {
  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as { email?: unknown; username?: unknown } | null
  const typed = body?.email ?? body?.username
  return typeof typed === 'string' ? typed.toLowerCase().trim() : ''
}

/**
 * Password resets: each sends an e-mail, so they are limited per account typed (3 an hour: a
 * real user needs one) and per address (20 an hour), known or unknown accounts alike; and the
 * answer never comes before `resetAnswerMs`, so a real account (a token saved, an e-mail
 * queued: lib/mail.ts) and an unknown one take as long.
 */
export const resetsPerAccount = { points: 3, seconds: 60 * 60 }
export const resetsPerAddress = { points: 20, seconds: 60 * 60 }
export const resetAnswerMs = 400
export const resetThrottledMessage = 'Too many password resets asked from your network or for this address. Wait an hour, or ask an administrator.'

type ResetLimits = {
  consume: (account: string, address: string) => Promise<number>
  ready: () => Promise<void>
  close: () => Promise<void>
}

export function createResetLimits(redisUrl?: string): ResetLimits {
  const { make, ready, close } = limiters(redisUrl, 'kopru-reset')
  const account = make('account', resetsPerAccount)
  const address = make('address', resetsPerAddress)
  /** Seconds to wait when either limit is spent, else 0 (and one reset counted). */
  const take = (limiter: RateLimiterAbstract, key: string) =>
    limiter.consume(key).then(
      () => 0,
      (refused: { msBeforeNext?: number }) => Math.max(1, Math.ceil((refused?.msBeforeNext ?? 1000) / 1000)),
    )
  return {
    async consume(typed, from) {
      const key = crypto.createHash('sha256').update(typed).digest('hex').slice(0, 32)
      return Math.max(await take(address, from), await take(account, key))
    },
    ready,
    close,
  }
}

const resetStore = globalThis as typeof globalThis & { __kopruResetLimits?: ResetLimits }
const resetLimits = () => (resetStore.__kopruResetLimits ??= createResetLimits(getEnv().REDIS_URL))

async function guardReset(handler: Handler, request: Request, context: Parameters<Handler>[1]): Promise<Response> {
  const started = Date.now()
  const wait = await resetLimits().consume(await accountOf(request), clientAddress(request.headers))
  if (wait > 0) {
    return Response.json(
      { error: 'Too many requests.', details: [resetThrottledMessage], errors: [{ message: resetThrottledMessage }] },
      { status: 429, headers: { 'Retry-After': String(wait), 'Cache-Control': 'no-store' } },
    )
  }
  const response = await handler(request, context)
  const left = resetAnswerMs - (Date.now() - started)
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left))
  return response
}

/** POST /api/users/login, throttled: a held-back address gets a 429 with Retry-After. Password resets: guardReset. */
export function guardLogin(handler: Handler): Handler {
  return async (request, context) => {
    const { slug } = await context.params
    if (request.method === 'POST' && slug.length === 2 && slug[0] === 'users' && slug[1] === 'forgot-password') return guardReset(handler, request, context)
    if (request.method !== 'POST' || slug.length !== 2 || slug[0] !== 'users' || slug[1] !== 'login') return handler(request, context)
    const account = await accountOf(request)
    const address = clientAddress(request.headers)
    const wait = await throttle().wait(account, address)
    if (wait > 0) {
      return Response.json(
        { error: 'Too many requests.', details: [throttledMessage], errors: [{ message: throttledMessage }] },
        { status: 429, headers: { 'Retry-After': String(wait), 'Cache-Control': 'no-store' } },
      )
    }
    const response = await handler(request, context)
    if (response.status === 401 || response.status === 423) await throttle().failed(account, address)
    else if (response.status === 200) await throttle().succeeded(account, address)
    return response
  }
}

/**
 * Payload looks the account up and, only when it exists, hashes the password (PBKDF2,
 * 600,000 rounds: about as long as the rest of the request put together): an unknown e-mail
 * answered at once. This does the same work for an unknown e-mail, so both take as long.
 * Payload's parameters (payload/dist/auth/strategies/local/generatePasswordSaltHash.js);
 * tests/int/login-throttle.test.ts notices when they drift apart.
 */
const hashIterations = 600_000
const hashKeyLength = 32

export const evenLoginTime: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  if (!email || !password) return args
  const user = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req })
  if (!user || typeof (user as { hash?: unknown }).hash !== 'string') {
    await new Promise((resolve) => crypto.pbkdf2(password, crypto.randomBytes(32).toString('hex'), hashIterations, hashKeyLength, 'sha256', resolve))
  }
  return args
}
