/**
 * `npm run migrate`: applies the committed migrations of the running database adapter
 * (SQLite: migrations/; a production start also applies them by itself).
 */
import { runWithPayload } from './run-with-payload'

await runWithPayload('migrate', async (payload) => {
  await payload.db.migrate()
  console.log('Migrations applied.')
})
