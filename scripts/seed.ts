/**
 * `npm run seed`: fills an empty database with the demo content, idempotently. Demo users
 * are created only in demo mode (KOPRU_DEMO=1), and their credentials are printed.
 */
import { getEnv } from '@/lib/env'
import { seed } from '@/lib/seed'
import { runWithPayload } from './run-with-payload'

await runWithPayload('seed', async (payload) => {
  console.log('Seed: writing the demo content…')
  const summary = await seed(payload, { demo: getEnv().KOPRU_DEMO })
  const line = (bucket: Record<string, number>) =>
    Object.entries(bucket)
      .map(([collection, n]) => `${collection} ${n}`)
      .join(', ') || 'none'
  console.log(`Seed: created ${line(summary.created)}; already there ${line(summary.existing)}; translations added ${line(summary.translated)}.`)
  if (summary.users.length > 0) {
    console.log('\nDemo users (sign in at /admin):')
    for (const user of summary.users) console.log(`  ${user.roles.join(', ').padEnd(12)} ${user.email.padEnd(30)} ${user.password}`)
  }
})
