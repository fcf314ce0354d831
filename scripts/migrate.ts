/**
 * `npm run migrate`: applies the committed migrations of the running database adapter
 * (SQLite: migrations/; a production start also applies them by itself).
 */
import type { Payload } from 'payload'
import { runWithPayload } from './run-with-payload'

type Migrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

await runWithPayload('migrate', async (payload) => {
  // The adapter's own list when it has one (SQLite: migrations/atomic.ts, each applied
  // all-or-nothing); otherwise Payload reads the migration directory.
  const { prodMigrations } = payload.db as { prodMigrations?: Migrations }
  await payload.db.migrate(prodMigrations ? { migrations: prodMigrations } : undefined)
  console.log('Migrations applied.')
})
