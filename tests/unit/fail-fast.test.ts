/**
 * The server's SQLite client after a read met an unavailable database (lib/db/failFast.ts):
 * the reads already on their way fail at once instead of each waiting out SQLite's busy
 * timeout; writes are not refused; after DATABASE_RETRY_MS a read tries the database again.
 * The real fault (a locked file) is in tests/resilience/outage.test.ts; here a client whose
 * reads fail as libSQL's do on it, so that each case is exact.
 */
import type { Client } from '@libsql/client'

import { failReadsFastWhileDown } from '@/lib/db/failFast'
import { isUnavailable } from '@/lib/db/unavailable'

function faultyClient() {
  const sent: string[] = []
  let down = true
  const client = {
    execute: async (statement: string | { sql: string }) => {
      const sql = typeof statement === 'string' ? statement : statement.sql
      sent.push(sql)
      // As libSQL's client on this thread: the statement has run (and failed) by the time the call returns.
      if (down && !/^update/i.test(sql)) throw Object.assign(new Error('SQLITE_PROTOCOL: locking protocol'), { code: 'SQLITE_PROTOCOL' })
      return { rows: [], columns: [] }
    },
  } as unknown as Client
  return { client, sent, recover: () => (down = false) }
}

describe('reads after the database failed', () => {
  it('fail at once, without reaching the database, until the retry time; writes still go through', async () => {
    const { client, sent, recover } = faultyClient()
    failReadsFastWhileDown(client, { retryMs: 300, synchronous: true })
    // A page's reads, started together: the first meets the fault, the rest fail without reading.
    const results = await Promise.allSettled([client.execute('SELECT 1'), client.execute({ sql: 'SELECT 2', args: [] }), client.execute('WITH a AS (SELECT 1) SELECT * FROM a')])
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected'])
    expect(sent).toEqual(['SELECT 1'])
    const refused = (results[1] as PromiseRejectedResult).reason
    expect([isUnavailable(refused), String(refused)]).toEqual([true, expect.stringMatching(/^Error: DATABASE_DOWN: a read failed \d+ ms ago/)])

    await client.execute('UPDATE news SET title = ? WHERE id = ?')
    expect(sent).toEqual(['SELECT 1', 'UPDATE news SET title = ? WHERE id = ?'])

    recover()
    await new Promise((resolve) => setTimeout(resolve, 350))
    await expect(client.execute('SELECT 3')).resolves.toEqual({ rows: [], columns: [] })
    expect(sent.at(-1)).toBe('SELECT 3')
  })

  it.each([
    ['a bad query', new Error('SQLITE_ERROR: no such table: nosuch')],
    ['a worker thread’s read past its deadline', Object.assign(new Error('statement ran past 5000 ms'), { code: 'STATEMENT_DEADLINE' })],
  ])('are not refused after %s', async (_, fault) => {
    const sent: string[] = []
    const client = {
      execute: async (sql: string) => {
        sent.push(sql)
        if (sql.includes('nosuch')) throw fault
        return { rows: [] }
      },
    } as unknown as Client
    failReadsFastWhileDown(client, { retryMs: 60_000, synchronous: true })
    await expect(client.execute('SELECT * FROM nosuch')).rejects.toBe(fault)
    await expect(client.execute('SELECT 1')).resolves.toEqual({ rows: [] })
    expect(sent).toEqual(['SELECT * FROM nosuch', 'SELECT 1'])
  })
})
