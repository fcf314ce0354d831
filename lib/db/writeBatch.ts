import type { Payload, PayloadRequest } from 'payload'

type OneTransaction = <T>(payload: Payload, work: () => Promise<T>) => Promise<T>

/**
 * A writer's batch of writes (seed:bulk's documents, the feed's missing items) as one
 * transaction, with the request its writes carry. Two layers, because the adapters differ: the
 * database's own seam where payload.config.ts gives one (`config.custom.inOneTransaction`: on
 * SQLite, in a script, lib/db/sqlite.ts), and inside it the adapter's transactions where it has
 * them (MongoDB on a replica set; Payload's SQLite adapter has none without `transactionOptions`).
 */
export async function inWriteBatch<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  // Imported here, as lib/sync/changes.ts does: payload.config.ts loads the modules that call this.
  const { createLocalReq } = await import('payload')
  const run = async () => {
    const transactionID = (await payload.db.beginTransaction?.()) ?? undefined
    const req = await createLocalReq({}, payload)
    if (transactionID) req.transactionID = transactionID
    try {
      const result = await work(req)
      if (transactionID) await payload.db.commitTransaction(transactionID)
      return result
    } catch (error) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }
  const oneTransaction = (payload.config.custom as { inOneTransaction?: OneTransaction } | undefined)?.inOneTransaction
  return oneTransaction ? oneTransaction(payload, run) : run()
}
