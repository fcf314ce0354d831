/**
 * Whether the content database can be reached, for every adapter alike: readers get a 503 with
 * Retry-After (a fault of the moment, not of the request) instead of a 500 or a long hang.
 *
 * A database that stops answering does not fail at once: MongoDB's driver waits for a server
 * (serverSelectionTimeoutMS), SQLite retries a locked WAL for about 10 s, and libSQL does so
 * synchronously, holding the whole process. So every public read goes through one policy
 * (cockatiel):
 * - a deadline (DATABASE_DEADLINE_MS): past it the read counts as unavailable, and the query
 *   itself is left to finish or fail on its own (an asynchronous driver only);
 * - a circuit breaker: after a read failed for unavailability, reads fail at once (503, error
 *   page) for DATABASE_RETRY_MS, then one read tries again. A down database is thus hit once
 *   every few seconds, not by every reader, and the server stays free to serve cached pages.
 */
import { ConsecutiveBreaker, circuitBreaker, handleWhen, type IPolicy, TimeoutStrategy, timeout, wrap } from 'cockatiel'

import { getEnv } from '@/lib/env'
import { getPayloadClient } from '@/lib/payload'
import { isBrokenCircuit, isCancelled, isUnavailable } from './unavailable'

export { isUnavailable }

/**
 * One policy per process, not per bundle: the server's route groups and its jobs runner
 * (instrumentation.ts) each load their own copy of this module, and with a breaker each, every
 * copy had to meet the fault itself. With SQLite on the event loop each such meeting held the
 * whole process for ~10 s (tests/resilience/outage.test.ts).
 */
const shared = Symbol.for('kopru.databaseReadPolicy')
const holder = globalThis as { [shared]?: IPolicy }

function readPolicy(): IPolicy {
  if (!holder[shared]) {
    const env = getEnv()
    const breaker = circuitBreaker(handleWhen(isUnavailable), { halfOpenAfter: env.DATABASE_RETRY_MS, breaker: new ConsecutiveBreaker(1) })
    holder[shared] = wrap(breaker, timeout(env.DATABASE_DEADLINE_MS, TimeoutStrategy.Aggressive))
  }
  return holder[shared]
}

/** A database read under the deadline and the breaker (see above). */
export function guardedRead<T>(read: () => Promise<T>): Promise<T> {
  return readPolicy().execute(() => read())
}

type Answer = { up: true; latencyMs: number } | { up: false; reason: 'timeout' | 'error' | 'failed-recently' }

/**
 * A trivial query through the same policy as the readers: "failed-recently" while the breaker
 * is open (no query is sent), "timeout" past the deadline, "error" when the database refused.
 */
export async function databaseAnswers(): Promise<Answer> {
  const started = Date.now()
  try {
    const payload = await getPayloadClient()
    await guardedRead(() => payload.count({ collection: 'countries', overrideAccess: true }))
    return { up: true, latencyMs: Date.now() - started }
  } catch (error) {
    if (isBrokenCircuit(error)) return { up: false, reason: 'failed-recently' }
    return { up: false, reason: isCancelled(error) ? 'timeout' : 'error' }
  }
}

/** The one 503 body of the public APIs. */
export function unavailableResponse(headers: Record<string, string> = {}): Response {
  return Response.json(
    { error: 'The content database is unavailable.', details: ['This is temporary: retry in a few seconds.'] },
    { status: 503, headers: { ...headers, 'Cache-Control': 'no-store', 'Retry-After': '5' } },
  )
}
