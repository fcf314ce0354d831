/**
 * Lets the event loop take a turn (timers, other requests' I/O) before going on. Awaiting a
 * promise is not enough: without SQLite's worker threads a query runs synchronously and Payload's
 * promises settle as microtasks, so a loop of awaited reads holds the loop until it ends.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
