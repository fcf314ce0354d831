import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'

import { type Client, createClient } from '@libsql/client'

import { isUnavailable } from '@/lib/db/availability'
import { createThreadedClient, isRead } from '@/lib/db/libsqlThreads'

/**
 * libSQL in worker threads (lib/db/libsqlThreads.ts): the same answers as libSQL's own client,
 * the event loop free while a statement runs, a short read beside a long one, and a read past
 * its deadline answered as "unavailable" without stopping the next ones.
 */

// About a second of SQLite work at 2-core CI speed: counts to 20 million in a recursive CTE.
const slowRead = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000000) SELECT count(*) AS c FROM n'

let dir: string
let plain: Client
let threaded: Client

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kopru-threads-'))
  const url = `file:${path.join(dir, 'db.sqlite')}`
  plain = createClient({ url })
  await plain.execute('PRAGMA journal_mode = WAL')
  await plain.batch(
    [
      'CREATE TABLE items (id INTEGER PRIMARY KEY, slug TEXT UNIQUE NOT NULL, title TEXT, score REAL, data BLOB)',
      { sql: 'INSERT INTO items (slug, title, score, data) VALUES (?, ?, ?, ?)', args: ['göç', 'Göçmenler', 1.5, new Uint8Array([1, 2, 3])] },
      { sql: 'INSERT INTO items (slug, title, score, data) VALUES (?, ?, ?, ?)', args: ['istanbul', null, 2, null] },
    ],
    'write',
  )
  threaded = createThreadedClient({ url }, { threads: 2, deadlineMs: 60_000 })
  await threaded.execute('PRAGMA busy_timeout = 5000')
})

afterAll(() => {
  threaded.close()
  plain.close()
  rmSync(dir, { recursive: true, force: true })
})

const shape = (rows: Client extends { execute(...a: never[]): Promise<infer R> } ? R : never) => ({
  columns: rows.columns,
  byName: rows.rows.map((row) => ({ ...row })),
  byIndex: rows.rows.map((row) => Array.prototype.slice.call(row)),
  length: rows.rows.map((row) => row.length),
  rowsAffected: rows.rowsAffected,
})

test('tells reads from writes', () => {
  expect(isRead('select 1')).toBe(true)
  expect(isRead('  /* c */ SELECT * FROM x')).toBe(true)
  expect(isRead('WITH a AS (SELECT 1) SELECT * FROM a')).toBe(true)
  expect(isRead('WITH a AS (SELECT 1) DELETE FROM x WHERE id IN a')).toBe(false)
  expect(isRead('insert into x values (1)')).toBe(false)
  expect(isRead('PRAGMA optimize')).toBe(false)
})

test('answers exactly as libSQL’s own client does: rows by name and by index, blobs, nulls', async () => {
  const query = { sql: 'SELECT id, slug, title, score, data, id AS again FROM items ORDER BY id', args: [] }
  expect(shape(await threaded.execute(query))).toEqual(shape(await plain.execute(query)))
  const write = await threaded.execute({ sql: 'INSERT INTO items (slug) VALUES (?)', args: ['third'] })
  expect(write.rowsAffected).toBe(1)
  expect(Number(write.lastInsertRowid)).toBe(3)
  // A write answered is seen by the next read, on whichever connection it runs.
  expect((await threaded.execute('SELECT count(*) AS n FROM items')).rows[0].n).toBe(3)
})

test('keeps libSQL’s error codes (Payload reads SQLITE_CONSTRAINT_UNIQUE to report a taken slug)', async () => {
  const ownError = await plain.execute({ sql: 'INSERT INTO items (slug) VALUES (?)', args: ['göç'] }).catch((error: unknown) => error)
  const threadError = await threaded.execute({ sql: 'INSERT INTO items (slug) VALUES (?)', args: ['göç'] }).catch((error: unknown) => error)
  expect(threadError).toBeInstanceOf(Error)
  expect((threadError as { code: string }).code).toBe('SQLITE_CONSTRAINT_UNIQUE')
  expect((threadError as { code: string }).code).toBe((ownError as { code: string }).code)
  expect((threadError as Error).message).toBe((ownError as Error).message)
})

test('batches and transactions commit and roll back as one', async () => {
  await expect(
    threaded.batch(
      [
        { sql: 'INSERT INTO items (slug) VALUES (?)', args: ['batch-1'] },
        { sql: 'INSERT INTO items (slug) VALUES (?)', args: ['göç'] },
      ],
      'write',
    ),
  ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' })
  expect((await threaded.execute("SELECT count(*) AS n FROM items WHERE slug = 'batch-1'")).rows[0].n).toBe(0)

  const tx = await threaded.transaction('write')
  await tx.execute({ sql: 'INSERT INTO items (slug) VALUES (?)', args: ['tx-1'] })
  await tx.rollback()
  const kept = await threaded.transaction('write')
  await kept.execute({ sql: 'INSERT INTO items (slug) VALUES (?)', args: ['tx-2'] })
  await kept.commit()
  const slugs = (await threaded.execute("SELECT slug FROM items WHERE slug LIKE 'tx-%'")).rows.map((row) => row.slug)
  expect(slugs).toEqual(['tx-2'])
})

test('a long statement leaves the event loop free, and a short read is answered beside it', async () => {
  const lag = monitorEventLoopDelay({ resolution: 10 })
  lag.enable()
  const started = performance.now()
  const long = threaded.execute(slowRead)
  await new Promise((resolve) => setTimeout(resolve, 50))
  const shortStarted = performance.now()
  await threaded.execute('SELECT count(*) FROM items')
  const shortMs = performance.now() - shortStarted
  const longResult = await long
  const longMs = performance.now() - started
  lag.disable()
  expect(longResult.rows[0].c).toBe(20_000_000)
  // The check means something only if the long statement was long.
  expect(longMs).toBeGreaterThan(300)
  expect(shortMs).toBeLessThan(longMs / 3)
  expect(lag.max / 1e6).toBeLessThan(100)
})

test('the same long statement on libSQL’s own client holds the event loop (what the threads are for)', async () => {
  let ticks = 0
  const timer = setInterval(() => ticks++, 10)
  const started = performance.now()
  await plain.execute(slowRead)
  const ms = performance.now() - started
  clearInterval(timer)
  expect(ms).toBeGreaterThan(300)
  expect(ticks).toBeLessThanOrEqual(1)
})

test('a read past the deadline is answered "unavailable", and the next reads and writes go on', async () => {
  const url = `file:${path.join(dir, 'db.sqlite')}`
  const logged: string[] = []
  const client = createThreadedClient({ url }, { threads: 2, deadlineMs: 200, log: (message) => logged.push(message) })
  try {
    await client.execute('PRAGMA busy_timeout = 5000')
    const started = performance.now()
    const error = await client.execute(slowRead).catch((e: unknown) => e)
    expect(performance.now() - started).toBeLessThan(800)
    expect(isUnavailable(error)).toBe(true)
    expect(logged.join('\n')).toMatch(/ran past 200 ms/)
    // Two more long reads at once: both threads are replaced in turn, neither holds the others.
    const more = await Promise.all([client.execute(slowRead).catch((e: unknown) => e), client.execute(slowRead).catch((e: unknown) => e)])
    expect(more.every(isUnavailable)).toBe(true)
    expect((await client.execute({ sql: 'INSERT INTO items (slug) VALUES (?)', args: ['after-deadline'] })).rowsAffected).toBe(1)
    expect((await client.execute("SELECT count(*) AS n FROM items WHERE slug = 'after-deadline'")).rows[0].n).toBe(1)
  } finally {
    client.close()
  }
})

test('a closed client refuses work with libSQL’s own error', async () => {
  const client = createThreadedClient({ url: `file:${path.join(dir, 'db.sqlite')}` }, { threads: 2, deadlineMs: 1000 })
  client.close()
  await expect(client.execute('SELECT 1')).rejects.toMatchObject({ code: 'CLIENT_CLOSED' })
})
