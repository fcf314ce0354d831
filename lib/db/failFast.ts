import type { Client } from '@libsql/client'

import { isRead } from './libsqlThreads'
import { isUnavailable } from './unavailable'

/**
 * The server's SQLite client, once a read has failed for unavailability (a locked or failing
 * file: SQLite retries for its busy timeout, ~10 s, first): every read fails at once for
 * `retryMs` (DATABASE_RETRY_MS), then the next one tries the database again.
 *
 * The readers' breaker (lib/db/availability.ts) stops reads that start after a failure. A
 * page's reads start together, though: each had passed the breaker before the first failed, and
 * each then met the fault on its own, one after another on the event loop. An uncached page
 * during an outage answered after 50 s (five reads of 10 s, tests/resilience/outage.test.ts).
 * Checked here, before each statement, the page fails with the first read.
 *
 * Reads only: a write that meets another writer's lock says nothing about the readers (WAL lets
 * them read), and a save is never refused on a guess. Nor after a read that a worker thread
 * (SQLITE_THREADS) gave up at its deadline: that one was slow, the database may still answer.
 * Installed by lib/db/sqlite.ts on the server only: a script's statements are its own.
 */
export function failReadsFastWhileDown(client: Client, { retryMs, synchronous }: { retryMs: number; synchronous: boolean }): Client {
  let downUntil = 0
  let lastRead: Promise<unknown> = Promise.resolve()
  const execute = client.execute.bind(client) as (...args: unknown[]) => ReturnType<Client['execute']>
  client.execute = (async (...args: unknown[]) => {
    const statement = args[0] as string | { sql: string }
    const read = isRead(typeof statement === 'string' ? statement : statement.sql)
    // libSQL on this thread has run the last read by the time it returned, but its failure
    // reaches the handler below one microtask later: the reads queued behind it would start
    // first. Waiting for its outcome costs a microtask (in worker threads reads overlap: no wait).
    // (Again if another read started while this one waited.)
    for (let waited: Promise<unknown> | undefined; read && synchronous && waited !== lastRead;) {
      waited = lastRead
      await waited.then(
        () => undefined,
        () => undefined,
      )
    }
    const now = Date.now()
    if (read && now < downUntil) {
      throw Object.assign(new Error(`DATABASE_DOWN: a read failed ${now - (downUntil - retryMs)} ms ago; reads fail at once until ${retryMs} ms after it`), {
        code: 'DATABASE_DOWN',
      })
    }
    const result = execute(...args)
    if (read) lastRead = result
    try {
      return await result
    } catch (error) {
      // A worker thread's read past its deadline was slow, not refused: the others may still answer.
      if (read && isUnavailable(error) && (error as { code?: unknown } | null)?.code !== 'STATEMENT_DEADLINE') downUntil = Date.now() + retryMs
      throw error
    }
  }) as Client['execute']
  return client
}
