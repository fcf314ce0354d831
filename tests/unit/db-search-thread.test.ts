import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

import { type SqliteClients, type SqliteUpkeep, withSqliteUpkeep } from '@/lib/db/sqlite'

/**
 * The search's own thread (lib/db/sqlite.ts, SQLITE_SEARCH_THREAD): the server without SQLite
 * threads gets a reader of its own for the full-text statements, which cannot write; scripts,
 * tests and a server with threads do not.
 */
let dir: string
let url: string

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kopru-search-thread-'))
  url = `file:${path.join(dir, 'db.sqlite')}`
  const setup = createClient({ url })
  await setup.batch(['PRAGMA journal_mode = WAL', 'CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT)', "INSERT INTO items (title) VALUES ('göç')"], 'write')
  setup.close()
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The SQLite adapter's parts withSqliteUpkeep uses: a client made on connect, a destroy that closes it. */
function adapterWith(upkeep: Partial<SqliteUpkeep>) {
  const base = {
    init: () => ({
      client: undefined as Client | undefined,
      clientConfig: { url },
      busyTimeout: 4321,
      push: false,
      payload: { logger: { warn: () => {}, info: () => {} } },
      async connect(this: { client?: Client; clientConfig: { url: string } }) {
        this.client ??= createClient(this.clientConfig)
      },
      async destroy(this: { client?: Client }) {
        this.client?.close()
      },
    }),
  } as unknown as DatabaseAdapterObj
  const adapter = withSqliteUpkeep(base, { threads: 0, turnMs: 0, deadlineMs: 5000, retryMs: 5000, server: true, searchThread: true, ...upkeep }).init(
    {} as never,
  ) as unknown as SqliteClients & {
    connect: () => Promise<void>
    destroy: () => Promise<void>
  }
  return adapter
}

describe('the search’s own thread', () => {
  it('the server without threads reads through it, and it refuses to write', async () => {
    const adapter = adapterWith({})
    await adapter.connect()
    try {
      expect(adapter.searchClient).toBeDefined()
      expect(adapter.searchClient).not.toBe(adapter.client)
      const { rows } = await (adapter.searchClient as Client).execute('SELECT title FROM items')
      expect(rows.map((row) => row.title)).toEqual(['göç'])
      await expect((adapter.searchClient as Client).execute("INSERT INTO items (title) VALUES ('x')")).rejects.toThrow(/readonly|read-only|query_only/i)
      // It waits for a busy database as long as the adapter's own connection does (a read failing at once would open the readers' breaker).
      expect((await (adapter.searchClient as Client).execute('PRAGMA busy_timeout')).rows[0][0]).toBe(4321)
    } finally {
      await adapter.destroy()
    }
    expect(adapter.searchClient).toBeUndefined()
  })

  it.each([
    ['turned off (SQLITE_SEARCH_THREAD=0)', { searchThread: false }],
    ['a script or a test (not the server)', { server: false }],
    ['a server whose statements all run in threads already', { threads: 2 }],
  ] as const)('none when %s', async (_, upkeep) => {
    const adapter = adapterWith(upkeep)
    await adapter.connect()
    try {
      expect(adapter.searchClient).toBeUndefined()
    } finally {
      await adapter.destroy()
    }
  })
})
