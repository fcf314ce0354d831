/**
 * Which errors mean "the content database cannot be reached right now", for every adapter
 * alike. Its own module, free of the app's imports: lib/db/availability.ts (the readers' policy)
 * and the SQLite client's wrapper (lib/db/failFast.ts, loaded by payload.config.ts) both need it.
 */
import { BrokenCircuitError, TaskCancelledError } from 'cockatiel'

/**
 * The breaker's and the deadline's errors, known by cockatiel's own flags rather than by class:
 * the server's bundles each hold a copy of cockatiel, so an error from one copy is no instance
 * of another's class.
 */
export const isBrokenCircuit = (error: unknown) => error instanceof BrokenCircuitError || (error as { isBrokenCircuitError?: unknown } | null)?.isBrokenCircuitError === true
export const isCancelled = (error: unknown) => error instanceof TaskCancelledError || (error as { isTaskCancelledError?: unknown } | null)?.isTaskCancelledError === true

/** An error that means "the database cannot be reached right now" (MongoDB, SQLite/libSQL). */
export function isUnavailable(error: unknown): boolean {
  if (isBrokenCircuit(error) || isCancelled(error)) return true
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const { name = '', code = '', message = '' } = current as { name?: string; code?: unknown; message?: string }
    const text = `${name} ${String(code)} ${message}`
    if (
      /Mongo(Network|ServerSelection|NotConnected|Topology)|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|SQLITE_(CANTOPEN|BUSY|LOCKED|IOERR|READONLY|CORRUPT|NOTADB|PROTOCOL)|STATEMENT_DEADLINE|DATABASE_DOWN|database is locked|locking protocol|unable to open database|connection (closed|refused)|client was closed/i.test(
        text,
      )
    ) {
      return true
    }
    current = (current as { cause?: unknown }).cause
  }
  return false
}
