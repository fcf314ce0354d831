import type { Client, Config as ClientConfig } from '@libsql/client'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload } from 'payload'

import { failReadsFastWhileDown } from './failFast'
import { createThreadedClient } from './libsqlThreads'
import { dropSqliteFullText, dropStatements, ensureSqliteFullText, table } from './sqliteFullText'
import { keepStatistics, refreshStatistics } from './sqliteStatistics'
import { readTurns } from '@/lib/cache/registry.mjs'
import { mayTurn, takeTurns } from './turns'
import { sliceLongFinds } from './findSlices'

/**
 * The SQLite adapter as Köprü runs it (imported by payload.config.ts only). Three jobs, each in
 * its own module; this wrapper only says when each runs:
 * - statements in worker threads (lib/db/libsqlThreads.ts), when `threads` > 0: the server;
 *   without them, when `turnMs` > 0, turns of the event loop between the server's reads (lib/db/turns.ts);
 * - the search index (lib/db/sqliteFullText.ts): dropped before Payload's development schema
 *   push (which would drop a table it does not know) and built after connecting when missing;
 * - the planner's statistics (lib/db/sqliteStatistics.ts): refreshed at connect and hourly,
 *   by the server only (scripts end before they matter);
 * - on the server, reads that fail at once for a while after one met an unavailable database
 *   (lib/db/failFast.ts).
 */
export type SqliteUpkeep = {
  /** Worker threads for the statements; 0 runs them on the calling thread (scripts, tests). */
  threads: number
  /** Without threads: in a read of the APIs, a statement takes a turn of the event loop once this turn's statements ran this long (SQLITE_TURN_MS; 0: never). */
  turnMs: number
  /** A read running longer in a worker is answered "unavailable" (DATABASE_DEADLINE_MS). */
  deadlineMs: number
  /** After a read failed for unavailability, the server's reads fail at once for this long (DATABASE_RETRY_MS, lib/db/failFast.ts). */
  retryMs: number
  /** A long-running server (keeps the planner's statistics fresh). */
  server: boolean
  /**
   * Without threads: the full-text search's statements in a worker thread of their own
   * (SQLITE_SEARCH_THREAD). One FTS5 query ranks every match (~90-150 ms at 58,000 for a common
   * word), one synchronous statement that no turn can cut.
   */
  searchThread: boolean
}

/** The adapter, as lib/db/sqliteFullText.ts reads it: the search's own client when it has one. */
export type SqliteClients = { client: Client; searchClient?: Client }

type Connecting = {
  client: Client | undefined
  /** Set at connect: the process's statements share one connection, on this thread (no worker threads), and it serves no requests. */
  oneWriter?: boolean
  busyTimeout?: number
  searchClient?: Client
  destroy?: () => Promise<void>
  clientConfig: ClientConfig
  push?: boolean
  payload: Payload
  connect?: (options?: { hotReload: boolean }) => Promise<void>
}

/**
 * The full-text search's own client (SQLITE_SEARCH_THREAD): one worker thread, reads only, a small
 * heap (its answers are ids), the readers' deadline (a 503 past it), and the adapter's busy
 * timeout: without it a read that met a checkpoint failed at once, a "database unavailable" that
 * would open the readers' breaker (lib/db/availability.ts).
 */
export async function createSearchClient(
  clientConfig: ClientConfig,
  { deadlineMs, busyTimeout, log }: { deadlineMs: number; busyTimeout?: number; log?: (message: string) => void },
): Promise<Client> {
  const client = createThreadedClient(clientConfig, { threads: 1, oneLane: true, heapMb: { old: 16, young: 2 }, deadlineMs, log })
  await client.execute('PRAGMA query_only = 1')
  if (busyTimeout) await client.execute(`PRAGMA busy_timeout = ${busyTimeout}`)
  return client
}

/**
 * Runs `work`'s statements as one transaction (the writers' batches, through
 * `config.custom.inOneTransaction`: lib/db/writeBatch.ts). Payload's SQLite adapter, given no
 * `transactionOptions`, commits each statement alone, and with WAL at `synchronous = FULL` every
 * commit waits for the disk: a generated news item was about 12 commits. Hand-written because
 * the adapter's own transactions open a second connection per transaction, which the script's
 * other statements would then wait on. Only in a process with one writer on one connection (a
 * script: `oneWriter`); elsewhere `work` runs as it would without. A batch holds the database's
 * write lock for its length (about 2 s for 200 news): a server's saves on the same file wait.
 */
export async function inOneSqliteTransaction<T>(payload: Payload, work: () => Promise<T>): Promise<T> {
  const adapter = payload.db as unknown as Connecting
  const client = adapter.client
  if (!adapter.oneWriter || !client) return work()
  await client.execute('BEGIN IMMEDIATE')
  try {
    const result = await work()
    await client.execute('COMMIT')
    return result
  } catch (error) {
    // SQLite may have rolled back already (a full disk, an I/O error): the first error is the one to report.
    await client.execute('ROLLBACK').catch(() => undefined)
    throw error
  }
}

export function withSqliteUpkeep(base: DatabaseAdapterObj, upkeep: SqliteUpkeep): DatabaseAdapterObj {
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args) as unknown as Connecting
      const connect = adapter.connect
      if (!connect) return adapter as never
      adapter.connect = async function (this: Connecting, options) {
        const log = (message: string) => this.payload.logger.warn(message)
        // Payload's connect creates a client only when none is set.
        if (!this.client && upkeep.threads > 0) this.client = createThreadedClient(this.clientConfig, { threads: upkeep.threads, deadlineMs: upkeep.deadlineMs, log })
        // The same condition as the adapter's own push (@payloadcms/db-sqlite connect).
        const pushes = process.env.NODE_ENV !== 'production' && process.env.PAYLOAD_MIGRATING !== 'true' && this.push !== false
        if (pushes) {
          if (this.client) await this.client.batch(dropStatements, 'write')
          else await dropSqliteFullText(this.clientConfig)
        }
        await connect.call(this, options)
        const client = this.client as Client
        this.oneWriter = !upkeep.server && upkeep.threads === 0
        if (upkeep.server && !options?.hotReload) failReadsFastWhileDown(client, { retryMs: upkeep.retryMs, synchronous: upkeep.threads === 0 })
        // Without the threads, SQLITE_TURN_MS cuts the server's runs of reads into slices with a turn of the event loop between them (lib/db/turns.ts).
        // Only reads of the APIs are cut (server.mjs's withReadTurns): saves and pages run in one piece.
        if (upkeep.server && upkeep.threads === 0 && upkeep.turnMs > 0 && !options?.hotReload) {
          takeTurns(client, { afterMs: upkeep.turnMs, when: readTurns })
          // And a long page of those reads in slices of documents (lib/db/findSlices.ts).
          sliceLongFinds(this as unknown as Pick<BaseDatabaseAdapter, 'find'>, { when: () => readTurns() !== null && mayTurn(client) })
        }
        if (upkeep.server && !options?.hotReload) {
          // Statistics are an optimisation: a database busy with another instance's write starts without them (the hourly run tries again).
          await refreshStatistics(client).catch((error: unknown) => log(`SQLite statistics not refreshed at start: ${String(error)}`))
          keepStatistics(client, log)
        }
        if (upkeep.server && upkeep.threads === 0 && upkeep.searchThread && !options?.hotReload && !this.searchClient) {
          this.searchClient = await createSearchClient(this.clientConfig, { deadlineMs: upkeep.deadlineMs, busyTimeout: this.busyTimeout, log })
        }
        const searchExists = (await client.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search'")).rows.length > 0
        // Before the first migration there is nothing to index yet; the next start builds it.
        if (!searchExists) return
        const started = performance.now()
        if ((await ensureSqliteFullText(client)) === 'built') {
          this.payload.logger.info(`Search: built the full-text index (${table}) in ${Math.round(performance.now() - started)} ms`)
        }
      }
      const destroy = adapter.destroy
      adapter.destroy = async function (this: Connecting) {
        this.searchClient?.close()
        this.searchClient = undefined
        await destroy?.call(this)
      }
      return adapter as never
    },
  }
}
