/**
 * Runs once when the Next server starts: starts the jobs runner (lib/jobs.ts), which asks this
 * server every JOBS_INTERVAL_SECONDS to run the jobs that are due (scheduled publishing, webhook
 * retries), and
 * starts the partners' changes feed from existing content if it has no entries yet (and stores
 * the items of entries that lack them).
 *
 * One run at a time, the next one an interval after the last ended. A run that fails (the
 * database down: with SQLite each query then holds the process for its busy timeout) doubles
 * the wait, up to 60 s, so that the runner does not keep a struggling server busy; the first
 * run that succeeds restores the interval. A run first asks /api/health, which asks the
 * readers' breaker (lib/db/availability.ts): while the database is known down, the run is
 * skipped without a query (each queue's query held the process for SQLite's ~10 s in turn,
 * and a cached page waited 20 s behind them: tests/resilience/outage.test.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  // The sites' loader (over Payload) for proxy.ts, which picks each request's site.
  await import('@/lib/sites')
  const { getEnv } = await import('@/lib/env')
  const { jobsToken } = await import('@/lib/jobs')
  const { selfOrigin } = await import('@/lib/selfOrigin')
  const env = getEnv()
  const origin = selfOrigin()
  const interval = env.JOBS_INTERVAL_SECONDS * 1000
  let failures = 0
  const run = async () => {
    try {
      // Asked through /api/health, not by importing the breaker here: Payload loaded from this
      // bundle first became the process's instance, and its hooks' errors were then no instances
      // of the REST handler's error classes (the refusals' messages came out "An unknown error occurred.").
      const health = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(120_000) })
      if (!health.ok) throw new Error(`the database does not answer (/api/health: ${health.status})`)
      // Scheduled publishing, then the webhooks' due retries (lib/sync/webhooks.ts), side by side.
      const responses = await Promise.all(
        ['default', 'webhooks'].map((queue) =>
          fetch(`${origin}/api/payload-jobs/run?queue=${queue}&limit=100`, {
            headers: { Authorization: `Bearer ${jobsToken()}` },
            // A run that hangs counts as failed (undici would wait 300 s).
            signal: AbortSignal.timeout(120_000),
          }),
        ),
      )
      const failed = responses.find((response) => !response.ok)
      if (!failed) failures = 0
      else {
        failures++
        console.error(`Jobs runner: ${failed.url} answered ${failed.status}`)
      }
    } catch (error) {
      // The server may still be starting; a later run tries again.
      failures++
      if (process.env.PAYLOAD_LOG_LEVEL === 'debug') console.error('Jobs runner:', error)
    }
    setTimeout(run, Math.min(interval * 2 ** Math.min(failures, 10), Math.max(interval, 60_000))).unref()
  }
  setTimeout(run, interval).unref()
  // The partners' changes feed on a database from before it (lib/sync/changes.ts), once.
  setTimeout(() => {
    void Promise.all([import('@/lib/payload'), import('@/lib/sync/changes')])
      .then(async ([{ getPayloadClient }, { backfillIfEmpty, fillMissingItems }]) => {
        const payload = await getPayloadClient()
        await backfillIfEmpty(payload)
        // The items the feed stores with its upserts, for entries from before them or built against a site's old address.
        const filled = await fillMissingItems(payload, { batch: 50 })
        if (filled > 0) console.info(`[changes] stored the items of ${filled} entries of the changes feed`)
      })
      .catch((error: unknown) => console.error('[changes] could not start the changes feed from the existing content:', error instanceof Error ? error.message : error))
  }, 5_000).unref()
  // Webhook deliveries whose job was lost (a restart between a delivery and its job): queued again, every 10 minutes.
  setInterval(() => {
    void Promise.all([import('@/lib/payload'), import('@/lib/sync/webhooks')])
      .then(async ([{ getPayloadClient }, { sweepDeliveries }]) => sweepDeliveries(await getPayloadClient()))
      .catch((error: unknown) => console.error('[webhooks] could not sweep the pending deliveries:', error instanceof Error ? error.message : error))
  }, 600_000).unref()
}
