/**
 * Runs once when the Next server starts: starts the jobs runner (lib/jobs.ts), which asks this
 * server every JOBS_INTERVAL_SECONDS to run the jobs that are due (scheduled publishing).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { getEnv } = await import('./lib/env')
  const { jobsToken } = await import('./lib/jobs')
  const { selfOrigin } = await import('./lib/selfOrigin')
  const env = getEnv()
  const origin = selfOrigin()
  const run = async () => {
    try {
      const response = await fetch(`${origin}/api/payload-jobs/run?queue=default&limit=100`, {
        headers: { Authorization: `Bearer ${jobsToken()}` },
      })
      if (!response.ok) console.error(`Jobs runner: ${origin}/api/payload-jobs/run answered ${response.status}`)
    } catch (error) {
      // The server may still be starting; the next tick tries again.
      if (process.env.PAYLOAD_LOG_LEVEL === 'debug') console.error('Jobs runner:', error)
    }
  }
  const timer = setInterval(run, env.JOBS_INTERVAL_SECONDS * 1000)
  timer.unref()
}
