import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { type Client, type Config, type InArgs, type InStatement, LibsqlError, type ResultSet, type Transaction, type TransactionMode } from '@libsql/client'

/**
 * libSQL's client with its statements run in worker threads (lib/db/libsqlWorker.mjs), for the
 * server. libSQL runs each statement synchronously on the thread that calls it: on the
 * server's event loop a sitemap page or a deep list (100-800 ms at 50,000 documents) held every
 * other request, cached pages and /api/health included (docs/scaling.md).
 *
 * - **Lanes.** Each worker is a lane with its own connection; a lane runs one job at a time.
 *   The first lane runs every write, pragma and transaction, in order. Reads (SELECT) go to
 *   whichever lane is free, the readers first, so a short read is not queued behind a long
 *   one. SQLite's WAL lets readers on other connections read beside a writer; a read that
 *   starts after a write answered sees it.
 * - **Deadline.** A read still running after `deadlineMs` is answered with an error that
 *   lib/db/availability.ts counts as "unavailable" (a 503 for readers). Its lane is retired: a
 *   new lane takes its place and its queue, and the old worker ends when the statement does
 *   (SQLite cannot be interrupted from another thread). A write is never abandoned: its caller
 *   must learn whether it happened.
 * - **Connection settings.** `PRAGMA name = value` statements (Payload's busy_timeout and
 *   synchronous) run on the first lane and again on every other lane before its first job.
 *
 * Written by hand: libSQL has no threaded mode, and its client is the interface Payload's
 * drizzle adapter takes (`client` on the adapter before connect).
 */

type Job = { op: string; args: unknown[]; read: boolean; resolve: (value: unknown) => void; reject: (error: unknown) => void; timer?: NodeJS.Timeout }
type PlainResult = { columns: string[]; columnTypes: string[]; rows: unknown[][]; rowsAffected: number; lastInsertRowid: bigint | undefined }
type PlainError = { name: string; message: string; code?: string; rawCode?: number; cause?: PlainError }
type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: PlainError }

export type ThreadOptions = {
  /**
   * Worker threads, 2 or more: one for writes (and reads when the others are busy), the rest for
   * reads. 1 with `oneLane`: a single thread for everything (the search's reader: lib/db/sqlite.ts).
   */
  threads: number
  oneLane?: boolean
  /** The workers' heaps (V8's old and young generations, MB): 64 and 8 unless given. */
  heapMb?: { old: number; young: number }
  /** A read running longer is answered as "unavailable" and its thread replaced. */
  deadlineMs: number
  log?: (message: string) => void
}

const workerFile = path.resolve(process.cwd(), 'lib', 'db', 'libsqlWorker.mjs')

/** The error a read past its deadline gets: lib/db/availability.ts counts it as "unavailable". */
export class StatementDeadlineError extends Error {
  code = 'STATEMENT_DEADLINE'
  constructor(deadlineMs: number) {
    super(`The database statement ran past its deadline of ${deadlineMs} ms (DATABASE_DEADLINE_MS).`)
    this.name = 'StatementDeadlineError'
  }
}

/** A SELECT (or a WITH that only reads): safe to run on any connection, and to abandon. */
export function isRead(sql: string): boolean {
  const text = sql.replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)+/, '')
  if (/^select\b/i.test(text)) return true
  return /^with\b/i.test(text) && !/\b(insert|update|delete|replace)\b/i.test(text)
}

const sqlOf = (statement: InStatement) => (typeof statement === 'string' ? statement : statement.sql)

/** Rows as libSQL's client makes them: values by index (not enumerable) and by column name. */
function resultSet(plain: PlainResult): ResultSet {
  const rows = plain.rows.map((values) => {
    const row: Record<string | number, unknown> = {}
    Object.defineProperty(row, 'length', { value: values.length })
    values.forEach((value, i) => {
      Object.defineProperty(row, i, { value })
      const column = plain.columns[i]
      if (!Object.hasOwn(row, column)) Object.defineProperty(row, column, { value, enumerable: true, configurable: true, writable: true })
    })
    return row
  })
  return {
    columns: plain.columns,
    columnTypes: plain.columnTypes,
    rows: rows as unknown as ResultSet['rows'],
    rowsAffected: plain.rowsAffected,
    lastInsertRowid: plain.lastInsertRowid,
    toJSON: () => ({
      columns: plain.columns,
      columnTypes: plain.columnTypes,
      rows: plain.rows,
      rowsAffected: plain.rowsAffected,
      lastInsertRowid: plain.lastInsertRowid?.toString() ?? null,
    }),
  }
}

function errorOf(plain: PlainError): Error {
  const cause: Error | undefined = plain.cause ? errorOf(plain.cause) : undefined
  const error = plain.name === 'LibsqlError' ? new LibsqlError(plain.message, plain.code ?? 'UNKNOWN', plain.rawCode, cause) : new Error(plain.message, { cause })
  // LibsqlError prefixes its code to the message; the worker's message has it already.
  error.message = plain.message
  if (plain.name !== 'LibsqlError') Object.assign(error, { name: plain.name, code: plain.code, rawCode: plain.rawCode })
  return error
}

class Lane {
  readonly worker: Worker
  readonly queue: Job[] = []
  busy: Job | undefined
  retiring = false
  private ended = false
  openTransactions = 0
  /** How many of the client's connection settings this lane has applied. */
  settings = 0
  private nextId = 1
  private readonly pending = new Map<number, Job>()

  constructor(
    readonly primary: boolean,
    config: Config,
    heapMb: { old: number; young: number },
    private readonly onIdle: (lane: Lane) => void,
    private readonly onExit: (lane: Lane, error: Error) => void,
  ) {
    // A worker only moves rows: a small heap (the server's is capped too: server.mjs). Past it,
    // the thread ends, its statement fails, and a new one takes over (exited below).
    this.worker = new Worker(workerFile, { workerData: { config }, resourceLimits: { maxOldGenerationSizeMb: heapMb.old, maxYoungGenerationSizeMb: heapMb.young } })
    this.worker.unref()
    this.worker.on('message', (answer: Answer) => this.answer(answer))
    this.worker.on('error', (error) => this.onExit(this, error))
    this.worker.on('exit', (code) => this.onExit(this, new LibsqlError(`The database thread stopped (exit code ${code}).`, 'SQLITE_IOERR')))
  }

  send(job: Job) {
    const id = this.nextId++
    this.busy = job
    this.pending.set(id, job)
    // A job in flight keeps the process alive (a script awaiting its query); an idle lane does not.
    this.worker.ref()
    this.worker.postMessage({ id, op: job.op, args: job.args })
  }

  private answer(answer: Answer) {
    const job = this.pending.get(answer.id)
    this.pending.delete(answer.id)
    this.busy = undefined
    if (!this.ended) this.worker.unref()
    if (job) {
      clearTimeout(job.timer)
      if (answer.ok) job.resolve(answer.value)
      else job.reject(errorOf(answer.error))
    }
    this.onIdle(this)
  }

  /**
   * Ends the worker once it has answered what it runs: a thread terminated while libSQL holds
   * its objects aborts the process. It keeps the process alive until then.
   */
  end() {
    this.ended = true
    this.worker.ref()
    this.worker.postMessage({ id: 0, op: 'close', args: [] })
  }

  /** Every job not answered yet, taken off this lane. */
  drain(): Job[] {
    const jobs = [...this.pending.values(), ...this.queue]
    this.pending.clear()
    this.queue.length = 0
    this.busy = undefined
    return jobs
  }
}

export function createThreadedClient(config: Config, options: ThreadOptions): Client {
  const lanes: Lane[] = []
  const reads: Job[] = []
  const settings = new Map<string, string>()
  let closed = false
  const log = options.log ?? (() => {})
  const closedError = () => new LibsqlError('The client is closed', 'CLIENT_CLOSED')

  const startLane = (primary: boolean) => {
    const lane = new Lane(primary, config, options.heapMb ?? { old: 64, young: 8 }, pump, exited)
    lanes.push(lane)
    return lane
  }

  const primaryLane = () => lanes.find((lane) => lane.primary && !lane.retiring) ?? startLane(true)

  /** A worker that stopped unasked: what it ran fails, what it had queued moves to its successor. */
  function exited(lane: Lane, error: Error) {
    if (!lanes.includes(lane)) return
    lanes.splice(lanes.indexOf(lane), 1)
    const running = lane.busy
    const jobs = lane.drain()
    if (closed) return jobs.forEach((job) => job.reject(closedError()))
    log(`A database thread stopped (${error.message}); starting another.`)
    const successor = lane.retiring ? undefined : startLane(lane.primary)
    for (const job of jobs) {
      // A transaction's connection is gone with the thread.
      if (job === running || job.op.startsWith('tx.') || !successor) job.reject(error)
      else successor.queue.push(job)
    }
    pump()
  }

  /** A lane whose read ran past the deadline: a new lane takes its place and its queue. */
  function retire(lane: Lane) {
    lane.retiring = true
    const successor = startLane(lane.primary)
    // Transaction jobs stay with the connection that holds the transaction.
    const moving = lane.queue.filter((job) => !job.op.startsWith('tx.'))
    lane.queue.splice(0, lane.queue.length, ...lane.queue.filter((job) => job.op.startsWith('tx.')))
    successor.queue.push(...moving)
    pump()
  }

  function endIfDone(lane: Lane) {
    if (lane.retiring && !lane.busy && lane.queue.length === 0 && lane.openTransactions === 0 && lanes.includes(lane)) {
      lanes.splice(lanes.indexOf(lane), 1)
      lane.end()
    }
  }

  function start(lane: Lane, job: Job) {
    if (job.read) {
      job.timer = setTimeout(() => {
        if (lane.busy !== job) return
        const sql = sqlOf(job.args[0] as InStatement).slice(0, 200)
        log(`A database read ran past ${options.deadlineMs} ms; its thread is replaced: ${sql}`)
        const reject = job.reject
        // Its answer, when it comes, finds no caller.
        job.resolve = () => {}
        job.reject = () => {}
        reject(new StatementDeadlineError(options.deadlineMs))
        retire(lane)
      }, options.deadlineMs)
    }
    lane.send(job)
  }

  function pump() {
    // Readers first: the primary (writes) takes a read only when no reader is free.
    for (const lane of [...lanes.filter((l) => !l.primary), ...lanes.filter((l) => l.primary)]) {
      if (lane.busy) continue
      if (lane.retiring && lane.queue.length === 0) {
        endIfDone(lane)
        continue
      }
      const pending = [...settings.values()]
      if (lane.settings < pending.length) {
        const sql = pending[lane.settings++]
        lane.send({ op: 'execute', args: [sql], read: false, resolve: () => {}, reject: (error) => log(`A database thread did not apply "${sql}": ${String(error)}`) })
        continue
      }
      const job = lane.queue.shift() ?? (lane.retiring ? undefined : reads.shift())
      if (job) start(lane, job)
    }
  }

  function enqueue<T>(op: string, args: unknown[], where: 'read' | 'primary' | Lane): Promise<T> {
    if (closed) return Promise.reject(closedError())
    return new Promise<T>((resolve, reject) => {
      const job: Job = { op, args, read: where === 'read', resolve: resolve as (value: unknown) => void, reject }
      if (where === 'read') reads.push(job)
      else (where === 'primary' ? primaryLane() : where).queue.push(job)
      pump()
    })
  }

  /** `PRAGMA name = value`: a connection setting every lane applies (again) before its next job. */
  function remember(sql: string) {
    const setting = /^\s*pragma\s+(\w+)\s*=/i.exec(sql)
    if (!setting || /^(optimize|analysis_limit)$/i.test(setting[1])) return
    settings.delete(setting[1].toLowerCase())
    settings.set(setting[1].toLowerCase(), sql)
    for (const lane of lanes) lane.settings = 0
  }

  const statement = (stmtOrSql: InStatement, args?: InArgs): InStatement => (typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql)

  startLane(true)
  for (let i = 1; i < (options.oneLane ? 1 : Math.max(2, options.threads)); i++) startLane(false)

  const client: Client = {
    closed: false,
    protocol: 'file',
    async execute(stmtOrSql: InStatement, args?: InArgs) {
      const stmt = statement(stmtOrSql, args)
      const sql = sqlOf(stmt)
      remember(sql)
      return resultSet(await enqueue<PlainResult>('execute', [stmt], isRead(sql) ? 'read' : 'primary'))
    },
    async batch(stmts: Array<InStatement | [string, InArgs?]>, mode?: TransactionMode) {
      const list = stmts.map((s) => (Array.isArray(s) ? statement(s[0], s[1]) : s))
      return (await enqueue<PlainResult[]>('batch', [list, mode], 'primary')).map(resultSet)
    },
    async migrate(stmts: InStatement[]) {
      return (await enqueue<PlainResult[]>('migrate', [stmts], 'primary')).map(resultSet)
    },
    async transaction(mode?: TransactionMode): Promise<Transaction> {
      const lane = primaryLane()
      const id = await enqueue<number>('begin', [mode], lane)
      lane.openTransactions++
      let open = true
      const done = () => {
        if (!open) return
        open = false
        lane.openTransactions--
        endIfDone(lane)
      }
      const tx: Transaction = {
        get closed() {
          return !open
        },
        execute: async (stmt: InStatement) => resultSet(await enqueue<PlainResult>('tx.execute', [id, stmt], lane)),
        batch: async (stmts: InStatement[]) => (await enqueue<PlainResult[]>('tx.batch', [id, stmts], lane)).map(resultSet),
        executeMultiple: (sql: string) => enqueue<void>('tx.executeMultiple', [id, sql], lane),
        commit: async () => {
          try {
            await enqueue<void>('tx.commit', [id], lane)
          } finally {
            done()
          }
        },
        rollback: async () => {
          try {
            await enqueue<void>('tx.rollback', [id], lane)
          } finally {
            done()
          }
        },
        close: () => {
          if (!open) return
          void enqueue<void>('tx.close', [id], lane).finally(done)
        },
      }
      return tx
    },
    executeMultiple: (sql: string) => enqueue<void>('executeMultiple', [sql], 'primary'),
    sync: async () => undefined,
    close() {
      closed = true
      client.closed = true
      for (const lane of lanes.splice(0)) {
        for (const job of lane.drain()) job.reject(closedError())
        lane.end()
      }
      for (const job of reads.splice(0)) job.reject(closedError())
    },
    reconnect: async () => undefined,
  } as unknown as Client
  return client
}
