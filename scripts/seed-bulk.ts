/**
 * `npm run seed:bulk -- --news 50000 --statements 12000 [--offices TR,AZ]`: a generated archive
 * (lib/seed/bulk.ts) in the database DATABASE_URI names (migrate it first: `npm run migrate`).
 * Idempotent: a second run adds only what is missing. Prints progress and memory.
 */
import { parseArgs } from 'node:util'

import { seedBulk } from '../lib/seed/bulk'
import { runWithPayload } from './run-with-payload'

const { values } = parseArgs({
  options: {
    news: { type: 'string', default: '1000' },
    statements: { type: 'string', default: '250' },
    offices: { type: 'string' },
    batch: { type: 'string', default: '200' },
  },
})

const count = (name: string, value: string | undefined) => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} takes a whole number of documents (0 or more), not "${value}".`)
    process.exit(2)
  }
  return n
}

const news = count('news', values.news)
const statements = count('statements', values.statements)
const batchSize = Math.max(1, count('batch', values.batch))
const offices = values.offices?.split(',').map((code) => code.trim().toUpperCase()).filter(Boolean)

await runWithPayload('seed:bulk', async (payload) => {
  const started = performance.now()
  console.log(`Bulk archive: ${news} news items and ${statements} statements${offices ? ` for ${offices.join(', ')}` : ''}…`)
  const summary = await seedBulk(payload, {
    news,
    statements,
    offices,
    batchSize,
    onProgress: ({ collection, done, total, created, perSecond, rssMB }) =>
      console.log(`  ${collection} ${done}/${total}: created ${created} (${perSecond.toFixed(0)}/s), RSS ${rssMB} MB, heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MB`),
  })
  const seconds = (performance.now() - started) / 1000
  const created = summary.news.created + summary.statements.created
  console.log(
    `Bulk archive: created ${created} (news ${summary.news.created}, statements ${summary.statements.created}), already there ${summary.news.existing + summary.statements.existing}, repaired ${summary.news.repaired + summary.statements.repaired}, in ${seconds.toFixed(1)} s (${(created / seconds).toFixed(0)} documents/s), RSS ${Math.round(process.memoryUsage().rss / 1048576)} MB.`,
  )
})
