import crypto from 'node:crypto'

import { getEnv } from './env'

/** A secret for one purpose (jobs runner, preview links), derived from PAYLOAD_SECRET: nothing more to configure. */
export function derivedSecret(purpose: string): string {
  return crypto.createHmac('sha256', getEnv().PAYLOAD_SECRET).update(`kopru:${purpose}`).digest('hex')
}

/** Constant-time comparison of a presented value with the expected one. */
export function sameSecret(presented: string | null | undefined, expected: string): boolean {
  return typeof presented === 'string' && presented.length === expected.length && crypto.timingSafeEqual(Buffer.from(presented), Buffer.from(expected))
}
