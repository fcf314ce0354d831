/**
 * `npm run seed:bulk -- --news 50000 --statements 12000 [--offices TR,AZ]`: a generated archive
 * (lib/seed/bulk.ts) in the database DATABASE_URI names (migrate it first: `npm run migrate`).
 * Idempotent: a second run adds only what is missing. Prints progress and memory.
 *
 * The work is done in steps of `--step` documents (25,000), each in a process of its own whose
 * heap is capped at 256 MB. Uncapped, V8 let the heap grow lazily to 250 MB and more, and the
 * native memory libsql holds for each statement run (tursodatabase/libsql-js#153) is only given
 * back when the collector frees its statement: one process writing 62,000 documents grew past
 * 1 GB, and steps of 5,000 reached 470-495 MB. Capped, a step of 10,000 news stayed at 302-369 MB
 * and steps of 25,000 ended at 282-286 MB (the largest process, 406 MB, is the first step's:
 * the base seed and the illustrations). Run it alone: each batch holds the database's write lock.
 */
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    news: { type: 'string', default: '1000' },
    statements: { type: 'string', default: '250' },
    offices: { type: 'string' },
    batch: { type: 'string', default: '200' },
    step: { type: 'string', default: '25000' },
    'one-step': { type: 'boolean', default: false },
    'news-from': { type: 'string', default: '0' },
    'statements-from': { type: 'string', default: '0' },
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
const step = Math.max(100, count('step', values.step))
const offices = values.offices
  ?.split(',')
  .map((code) => code.trim().toUpperCase())
  .filter(Boolean)

if (!values['one-step']) {
  // Steps: news up to 25,000, 50,000, …, then statements likewise; each a process of its own.
  const started = performance.now()
  // Each step: [news from, news to, statements from, statements to].
  // First a step of no documents: the base seed and the archive's illustrations (sharp), which
  // left the first documents' process 120 MB larger than the others' (500 against 380 MB).
  const targets: [number, number, number, number][] = [[0, 0, 0, 0]]
  for (let n = 0; n < news; n += step) targets.push([n, Math.min(n + step, news), 0, 0])
  for (let s = 0; s < statements; s += step) targets.push([news, news, s, Math.min(s + step, statements)])
  console.log(`Bulk archive: ${news} news items and ${statements} statements${offices ? ` for ${offices.join(', ')}` : ''}, in ${targets.length} step(s)…`)
  for (const [newsFrom, n, statementsFrom, s] of targets) {
    const args = [
      '--news',
      String(n),
      '--statements',
      String(s),
      '--news-from',
      String(newsFrom),
      '--statements-from',
      String(statementsFrom),
      '--batch',
      String(batchSize),
      '--one-step',
      ...(values.offices ? ['--offices', values.offices] : []),
    ]
    // Two malloc arenas (glibc makes one per thread that allocates: libvips', libuv's): the step
    // making the illustrations went from 482 to 437 MB. The heap capped (see above).
    const child = spawnSync(process.execPath, [...process.execArgv, '--max-old-space-size=256', process.argv[1], ...args], {
      stdio: 'inherit',
      env: { MALLOC_ARENA_MAX: '2', ...process.env },
    })
    if (child.status !== 0) process.exit(child.status ?? 1)
  }
  const seconds = (performance.now() - started) / 1000
  console.log(`Bulk archive: done in ${seconds.toFixed(1)} s (${((news + statements) / seconds).toFixed(0)} documents/s over the whole run, existing ones included).`)
  process.exit(0)
}

// The illustrations are a few small PNGs: libvips' cache and one thread per core only left
// their memory behind (the step that makes them reached 529 MB; the documents' steps ~460).
const sharp = (await import('sharp')).default
sharp.cache(false)
sharp.concurrency(1)
const { seedBulk } = await import('@/lib/seed/bulk')
const { runWithPayload } = await import('./run-with-payload')

await runWithPayload('seed:bulk', async (payload) => {
  const started = performance.now()
  const summary = await seedBulk(payload, {
    news,
    statements,
    offices,
    batchSize,
    from: { news: count('news-from', values['news-from']), statements: count('statements-from', values['statements-from']) },
    onProgress: ({ collection, done, total, created, perSecond, rssMB }) =>
      console.log(
        `  ${collection} ${done}/${total}: created ${created} (${perSecond.toFixed(0)}/s), RSS ${rssMB} MB, heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MB`,
      ),
  })
  const seconds = (performance.now() - started) / 1000
  const created = summary.news.created + summary.statements.created
  console.log(
    `  step: created ${created} (news ${summary.news.created}, statements ${summary.statements.created}), already there ${summary.news.existing + summary.statements.existing}, repaired ${summary.news.repaired + summary.statements.repaired}, in ${seconds.toFixed(1)} s (${(created / seconds).toFixed(0)} documents/s), RSS ${Math.round(process.memoryUsage().rss / 1048576)} MB.`,
  )
})
