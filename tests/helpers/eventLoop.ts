/**
 * How many turns the event loop took while `work` ran: a chain of setImmediate callbacks counts
 * each. Without SQLite's threads every statement is synchronous and Payload's promises settle as
 * microtasks, so awaited reads alone take none; a read that lets others in takes some.
 */
export async function turnsTakenBy(work: () => Promise<unknown>): Promise<number> {
  let turns = 0
  let running = true
  const turn = () => {
    turns += 1
    if (running) setImmediate(turn)
  }
  setImmediate(turn)
  const start = turns
  try {
    await work()
  } finally {
    running = false
  }
  return turns - start
}
