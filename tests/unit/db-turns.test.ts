import type { Client } from '@libsql/client'

import { mayTurn, type OwnSlice, takeTurns } from '@/lib/db/turns'

/** A client that runs each statement at once (as libSQL does on the event loop) and logs it. */
function fakeClient(log: string[]): Client {
  return {
    execute: async (statement: string | { sql: string }) => {
      log.push(typeof statement === 'string' ? statement : statement.sql)
      return { rows: [] }
    },
    batch: async () => {
      log.push('batch')
      return []
    },
  } as unknown as Client
}

const turnOver = () => new Promise((resolve) => setImmediate(resolve))

/** A wrapped client at the start of a turn, with another request already waiting for the next. */
async function waiting(afterMs: number, when?: () => OwnSlice | null) {
  const log: string[] = []
  const client = takeTurns(fakeClient(log), { afterMs, when })
  await turnOver()
  setImmediate(() => log.push('another request'))
  return { log, client }
}
const busy = (ms: number) => {
  const until = performance.now() + ms
  while (performance.now() < until);
}

describe('takeTurns (the server’s reads without SQLite threads)', () => {
  it('lets what waits on the event loop go between reads', async () => {
    const { log, client } = await waiting(0)
    await client.execute('SELECT 1')
    await client.execute({ sql: 'SELECT 2', args: [] })
    expect(log).toEqual(['SELECT 1', 'another request', 'SELECT 2'])
  })

  it('does not let anything between a save’s statements, its reads back included, until its turn is over', async () => {
    const { log, client } = await waiting(0)
    await client.execute('UPDATE news SET title = ? WHERE id = ?')
    await client.execute('DELETE FROM news_locales WHERE _parent_id = ?')
    await client.execute('SELECT * FROM news WHERE id = ?')
    await client.execute('INSERT INTO _news_v DEFAULT VALUES')
    expect(log).toEqual([
      'UPDATE news SET title = ? WHERE id = ?',
      'DELETE FROM news_locales WHERE _parent_id = ?',
      'SELECT * FROM news WHERE id = ?',
      'INSERT INTO _news_v DEFAULT VALUES',
    ])
    await turnOver()
    await turnOver()
    expect(log.at(-1)).toBe('another request')
    setImmediate(() => log.push('the next request'))
    await client.execute('SELECT 3')
    await client.execute('SELECT 4')
    expect(log.slice(-3)).toEqual(['SELECT 3', 'the next request', 'SELECT 4'])
  })

  it('tells others (the adapter’s slices, lib/db/findSlices.ts) not to take a turn while a save’s writes are read back', async () => {
    const { client } = await waiting(0)
    expect(mayTurn(client)).toBe(true)
    await client.execute('UPDATE news SET title = ? WHERE id = ?')
    expect(mayTurn(client)).toBe(false)
    await turnOver()
    await turnOver()
    expect(mayTurn(client)).toBe(true)
  })

  it('takes a turn only once the reads of this turn have held the loop for afterMs', async () => {
    const { log, client } = await waiting(40)
    for (let i = 1; i <= 5; i++) await client.execute(`SELECT ${i}`)
    expect(log).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 4', 'SELECT 5'])
    busy(50)
    await client.execute('SELECT 6')
    expect(log.slice(-2)).toEqual(['another request', 'SELECT 6'])
  })

  it('takes turns only for a read that may (server.mjs: the APIs’ GET and HEAD), never in an editor’s save', async () => {
    let own: OwnSlice | null = null
    const { log, client } = await waiting(0, () => own)
    await client.execute('SELECT 1')
    await client.execute('SELECT 2')
    expect(log).toEqual(['SELECT 1', 'SELECT 2'])
    own = {}
    await client.execute('SELECT 3')
    await client.execute('SELECT 4')
    expect(log.slice(-3)).toEqual(['SELECT 3', 'another request', 'SELECT 4'])
  })

  it('counts each request’s own statements: a short read in a turn that others kept busy takes no turn', async () => {
    const slices = { long: {} as OwnSlice, short: {} as OwnSlice }
    let current: OwnSlice = slices.long
    const { log, client } = await waiting(20, () => current)
    await client.execute('SELECT long 1')
    busy(30)
    // Another request's first statements in the same turn: its own time starts now.
    current = slices.short
    await client.execute('SELECT short 1')
    await client.execute('SELECT short 2')
    expect(log).toEqual(['SELECT long 1', 'SELECT short 1', 'SELECT short 2'])
    // The long one's next statement: its own 30 ms are past 20, so it lets the others go first.
    current = slices.long
    await client.execute('SELECT long 2')
    expect(log.slice(-2)).toEqual(['another request', 'SELECT long 2'])
  })
})
