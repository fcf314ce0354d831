import type { Client } from '@libsql/client'

import { isRead } from './libsqlThreads'

/**
 * Turns of the event loop between the server's reads (SQLITE_TURN_MS, 10 ms by default), for its
 * libSQL client when its statements run on the event loop (SQLITE_THREADS=0, the default). libSQL
 * runs a statement synchronously and Payload's awaits on it settle as microtasks, so one request's
 * whole run of statements held every other request: at 50,000 news a REST page of 100 at depth 2
 * (its relations read one batch after another) held the loop 89 ms (docs/scaling.md). Here a
 * read takes a turn of the event loop first once the statements before it have held the loop for
 * `afterMs` (its own statements, in this turn of the loop: `when()` gives each request its record),
 * so other requests and timers go between one slice and the next (the same page: 35-38 ms).
 *
 * Only when `when()` says so: server.mjs runs the APIs' and the admin's reads (GET, HEAD under /api/, /admin) inside
 * `withReadTurns()` (lib/cache/registry.mjs). A request cut into slices waits for the others'
 * between them: cutting every request cost the load test a quarter to a third of its saves, and
 * cutting pages (not saves) 45% of its reads, where cutting the APIs' reads alone cost nothing
 * measurable (docs/scaling.md).
 *
 * Not between a save's statements: Payload writes a document's rows (its row, its languages' rows,
 * its arrays' and blocks' rows, its version) one statement after another without a transaction,
 * and another request must not read a half-written document between them. So once a statement
 * writes, the reads that follow in the same turn (the save reading its document back) take no
 * turn until that turn is over. A turn is one `setImmediate`: microseconds when nothing waits.
 *
 * Written by hand: a few lines around the client Payload's adapter already takes (MongoDB's
 * driver is asynchronous and needs nothing of the kind).
 */
/** A request's own slice: when its statements in the current turn of the event loop began. */
export type OwnSlice = { epoch?: number; start?: number }

/** Whether a read on this client may take a turn now: not while a save's writes of this turn are being read back. */
const mayTurnOf = new WeakMap<Client, () => boolean>()

export const mayTurn = (client: Client): boolean => mayTurnOf.get(client)?.() ?? true

export function takeTurns(client: Client, { afterMs = 10, when }: { afterMs?: number; when?: () => OwnSlice | null } = {}): Client {
  // Without `when`, every statement counts toward one slice, whoever runs it.
  const shared: OwnSlice = {}
  const sliceOf = when ?? (() => shared)
  // Turns taken here are counted, so that a read resumed by one of them is not mistaken for the
  // rest of the turn in which a save wrote.
  let turn = 0
  let writeTurn = -1
  let clearing = false
  // Which turn of the event loop this is: a request's slice is its statements within one turn, so a
  // short request runs as before and a long one is cut, however busy the turn is with others.
  let epoch = 0
  let counting = false
  const currentEpoch = () => {
    if (!counting) {
      counting = true
      setImmediate(() => {
        epoch += 1
        counting = false
      })
    }
    return epoch
  }
  const nextTurn = () =>
    new Promise<void>((resolve) =>
      setImmediate(() => {
        turn += 1
        resolve()
      }),
    )
  const wrote = () => {
    writeTurn = turn
    if (clearing) return
    clearing = true
    setImmediate(() => {
      clearing = false
      writeTurn = -1
    })
  }
  mayTurnOf.set(client, () => writeTurn !== turn)
  const execute = client.execute.bind(client) as (...args: unknown[]) => ReturnType<Client['execute']>
  const batch = client.batch.bind(client) as (...args: unknown[]) => ReturnType<Client['batch']>
  client.execute = (async (...args: unknown[]) => {
    const statement = args[0] as string | { sql: string }
    const own = sliceOf()
    if (!isRead(typeof statement === 'string' ? statement : statement.sql)) wrote()
    else if (own && writeTurn !== turn) {
      if (own.epoch !== currentEpoch() || own.start === undefined) {
        own.epoch = currentEpoch()
        own.start = performance.now()
      } else if (performance.now() - own.start >= afterMs) {
        await nextTurn()
        own.epoch = currentEpoch()
        own.start = performance.now()
      }
    }
    return execute(...args)
  }) as Client['execute']
  client.batch = (async (...args: unknown[]) => {
    wrote()
    return batch(...args)
  }) as Client['batch']
  return client
}
