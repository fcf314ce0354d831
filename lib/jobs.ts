import type { PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { derivedSecret, sameSecret } from './derivedSecret'

/**
 * The jobs queue (scheduled publishing and unpublishing) runs inside the web server: every
 * JOBS_INTERVAL_SECONDS, instrumentation.ts calls this server's own /api/payload-jobs/run with a
 * token derived from PAYLOAD_SECRET. Running jobs within a request (rather than Payload's
 * in-process autoRun timer) lets their hooks expire Next's cache, so a scheduled document
 * reaches the public pages like one published by hand.
 */
export function jobsToken(): string {
  return derivedSecret('jobs:run')
}

/** Admins, and the server's own runner with its token, may run due jobs. */
export function mayRunJobs(req: PayloadRequest): boolean {
  if (hasRole(req.user, 'admin')) return true
  return sameSecret(req.headers.get('authorization'), `Bearer ${jobsToken()}`)
}
