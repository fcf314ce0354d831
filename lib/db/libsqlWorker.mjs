// @ts-check
/**
 * One SQLite connection (libSQL's client) in a worker thread: libSQL runs every statement
 * synchronously, so on the server's own thread one slow statement stopped every request.
 * lib/db/libsqlThreads.ts sends this worker one job at a time and rebuilds the answers into
 * the client's own result shape. Plain JavaScript: a worker loads it without the app's bundler.
 */
import { parentPort, workerData } from 'node:worker_threads'

import { createClient } from '@libsql/client'

if (!parentPort) throw new Error('lib/db/libsqlWorker.mjs runs as a worker thread only.')
const port = parentPort

const client = createClient(workerData.config)
/** @type {Map<number, import('@libsql/client').Transaction>} */
const transactions = new Map()
let nextTransaction = 1

/** A result set as structured clone carries it: each row as its values in column order. */
const plain = (/** @type {import('@libsql/client').ResultSet} */ result) => ({
  columns: result.columns,
  columnTypes: result.columnTypes,
  rows: result.rows.map((row) => Array.prototype.slice.call(row)),
  rowsAffected: result.rowsAffected,
  lastInsertRowid: result.lastInsertRowid,
})

const transaction = (/** @type {number} */ id) => {
  const tx = transactions.get(id)
  if (!tx) throw Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' })
  return tx
}

/** @param {{ op: string, args: any[] }} job */
async function run({ op, args }) {
  switch (op) {
    case 'execute':
      return plain(await client.execute(args[0]))
    case 'batch':
      return (await client.batch(args[0], args[1])).map(plain)
    case 'migrate':
      return (await client.migrate(args[0])).map(plain)
    case 'executeMultiple':
      return client.executeMultiple(args[0])
    case 'begin': {
      const id = nextTransaction++
      transactions.set(id, await client.transaction(args[0]))
      return id
    }
    case 'tx.execute':
      return plain(await transaction(args[0]).execute(args[1]))
    case 'tx.batch':
      return (await transaction(args[0]).batch(args[1])).map(plain)
    case 'tx.executeMultiple':
      return transaction(args[0]).executeMultiple(args[1])
    case 'tx.commit':
      await transaction(args[0]).commit()
      transactions.delete(args[0])
      return undefined
    case 'tx.rollback':
      await transactions.get(args[0])?.rollback()
      transactions.delete(args[0])
      return undefined
    case 'tx.close':
      transactions.get(args[0])?.close()
      transactions.delete(args[0])
      return undefined
    case 'close':
      // Ends the thread the natural way, once the statement it ran is done: a thread stopped
      // while libSQL holds its objects aborts the whole process (neon's finalizer panics).
      for (const tx of transactions.values()) tx.close()
      client.close()
      setImmediate(() => port.close())
      return undefined
    default:
      throw new Error(`Unknown database job "${op}".`)
  }
}

/** An error as structured clone carries it, with libSQL's codes (Payload reads `code`). */
function plainError(/** @type {any} */ error) {
  const cause = error?.cause
  return {
    name: String(error?.name ?? 'Error'),
    message: String(error?.message ?? error),
    code: error?.code,
    rawCode: error?.rawCode,
    cause: cause ? { name: String(cause.name ?? 'Error'), message: String(cause.message ?? cause), code: cause.code, rawCode: cause.rawCode } : undefined,
  }
}

port.on('message', async (/** @type {{ id: number, op: string, args: any[] }} */ job) => {
  try {
    port.postMessage({ id: job.id, ok: true, value: await run(job) })
  } catch (error) {
    port.postMessage({ id: job.id, ok: false, error: plainError(error) })
  }
})
