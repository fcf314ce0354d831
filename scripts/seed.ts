/**
 * `npm run seed`: fills an empty database with the demo content (idempotent).
 * Demo users are created only in demo mode (KOPRU_DEMO=1); their credentials are printed.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { getEnv } from '../lib/env'
import { seed } from '../lib/seed'

const payload = await getPayload({ config })
const demo = getEnv().KOPRU_DEMO
const summary = await seed(payload, { demo })

const line = (bucket: Record<string, number>) =>
  Object.entries(bucket)
    .map(([collection, n]) => `${collection} ${n}`)
    .join(', ') || 'none'
console.log(`Seed: created ${line(summary.created)}; already there ${line(summary.existing)}; translations added ${line(summary.translated)}.`)
if (summary.users.length > 0) {
  console.log('\nDemo users (sign in at /admin):')
  for (const user of summary.users) console.log(`  ${user.roles.join(', ').padEnd(12)} ${user.email.padEnd(30)} ${user.password}`)
}
await payload.destroy()
process.exit(0)
