#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench -- --scale 50000`: Köprü on generated archives of 1,000, 10,000 and 50,000
 * news items (and a quarter as many statements), up to the size given.
 *
 * Each archive is generated once (npm run seed:bulk) under bench/.scale/<size>/ and kept between
 * runs (the next size starts from a copy of the one below it). For each size the production
 * server starts on it, alone, and every request type is read cold (the first read of an address
 * since the start: nothing in a cache) and warm (the same address again): the page types, the
 * partner API's first and last page of 100, a full `updatedSince` walk of all news, REST and the
 * admin's news list, the sitemap. Also: the event loop's lag (how late /api/health answers while
 * the heaviest requests run), the server's memory during and after, publish-to-live. Writes
 * bench/results/scale-<date>.{json,md}, with each row's cost per document between sizes.
 * Targets (issue 15, docs/scaling.md) are stated there; nothing here asserts them.
 * BENCH_SERVER_NODE_OPTIONS: more NODE_OPTIONS for the server alone (e.g. `--require` a profiler).
 * The server also gets bench/loopDelay.cjs, which measures the event loop's delay from inside.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { serverArgs } from '../lib/http/serverCommand.mjs'

/** @typedef {import('node:child_process').ChildProcess & { pid: number }} Server The server as spawned (detached, so it has a pid). */
/** @typedef {{ cold: number, warm: number, statuses: number[] }} Measured One row: p95 of the cold and the warm reads (see measure()). */
/** @typedef {{ data: { url: string, updatedAt: string }[], totalCount: number, totalPages: number }} V1NewsPage A page of /api/v1/news. */
/** @typedef {{ docs: { id: number | string, slug: string }[] }} RestNewsPage A page of Payload's REST /api/news (one locale). */
/** @typedef {Awaited<ReturnType<typeof measureSize>> & { generationSeconds: number }} SizeResult One size's numbers, as written to the JSON. */

const argv = process.argv.slice(2)
const largest = Number(argv[argv.indexOf('--scale') + 1] || 50000)
// --only: the largest size alone (its archive must exist or is generated from scratch).
const sizes = argv.includes('--only') ? [] : [1000, 10000, 50000].filter((size) => size <= largest)
if (!sizes.includes(largest)) sizes.push(largest)
const root = process.cwd()
const store = path.join(root, 'bench', '.scale')
const port = 3320
const base = `http://localhost:${port}`
// bench/loopDelay.cjs inside the server answers here.
const loopPort = 3321
const repeats = Number(process.env.BENCH_SCALE_REPEATS ?? 5)

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms))
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')

/** @param {string} dir @returns {NodeJS.ProcessEnv} */
function environment(dir) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    KOPRU_DEMO: '1',
    DATA_DIR: dir,
    DATABASE_URI: `file:${path.join(dir, 'kopru.db')}`,
    SERVER_URL: base,
    PORT: String(port),
    PAYLOAD_LOG_LEVEL: 'warn',
    RATE_LIMIT_ANONYMOUS: '1000000',
    RATE_LIMIT_KEYED: '1000000',
    NODE_OPTIONS: `--require ${path.join(root, 'bench', 'loopDelay.cjs')} ${process.env.BENCH_SERVER_NODE_OPTIONS ?? ''}`,
    BENCH_LOOP_PORT: String(loopPort),
  }
}

/**
 * The archive of `size` news items: generated once, from a copy of the next smaller one.
 * @param {number} size
 * @param {string} [smaller]
 */
function archive(size, smaller) {
  const dir = path.join(store, String(size))
  const done = path.join(dir, 'complete')
  if (fs.existsSync(done)) return dir
  fs.mkdirSync(dir, { recursive: true })
  if (smaller && !fs.existsSync(path.join(dir, 'kopru.db'))) {
    for (const file of fs.readdirSync(smaller)) {
      if (file !== 'complete') fs.cpSync(path.join(smaller, file), path.join(dir, file), { recursive: true })
    }
  }
  const env = environment(dir)
  execFileSync(tsx, ['scripts/migrate.ts'], { env, stdio: 'inherit' })
  const started = Date.now()
  execFileSync(tsx, ['scripts/seed-bulk.ts', '--news', String(size), '--statements', String(Math.round(size / 4))], { env, stdio: 'inherit' })
  fs.writeFileSync(done, JSON.stringify({ seconds: (Date.now() - started) / 1000 }))
  return dir
}

/** @param {string} dir */
async function startServer(dir) {
  const server = /** @type {Server} */ (spawn('node', serverArgs, { env: environment(dir), stdio: ['ignore', 'ignore', 'inherit'], detached: true }))
  const started = Date.now()
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 120_000) throw new Error('the server did not start')
    await sleep(200)
  }
  return server
}

const rssOf = (/** @type {number} */ pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

/** @param {string} pathname @param {RequestInit} [init] */
async function timed(pathname, init) {
  const started = performance.now()
  const response = await fetch(`${base}${pathname}`, init)
  const body = await response.text()
  return { ms: performance.now() - started, status: response.status, body }
}

/** @param {number[]} values @param {number} p */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * The answer's JSON; the caller states its shape.
 * @param {string} pathname
 * @param {RequestInit} [init]
 * @returns {Promise<unknown>}
 */
async function json(pathname, init) {
  const { status, body } = await timed(pathname, init)
  if (status >= 400) throw new Error(`${pathname} answered ${status}: ${body.slice(0, 300)}`)
  return JSON.parse(body)
}

/**
 * Cold: each of `paths` read once (distinct addresses, nothing cached); warm: each read again.
 * @param {string[]} paths
 * @param {RequestInit} [init]
 * @returns {Promise<Measured>}
 */
async function measure(paths, init) {
  const cold = []
  const warm = []
  const statuses = new Set()
  for (const p of paths) {
    const first = await timed(p, init)
    statuses.add(first.status)
    cold.push(first.ms)
    warm.push((await timed(p, init)).ms)
  }
  return { cold: percentile(cold, 95), warm: percentile(warm, 95), statuses: [...statuses] }
}

/** @param {number} size @param {string} dir */
async function measureSize(size, dir) {
  // The demo accounts (the admin reads the admin's list, saves and publishes): the demo seed,
  // which finds everything else in place.
  execFileSync(tsx, ['scripts/seed.ts'], { env: environment(dir), stdio: 'ignore' })
  const server = await startServer(dir)
  const rss = [rssOf(server.pid)]
  try {
    const total = /** @type {V1NewsPage} */ (await json('/api/v1/news?limit=1')).totalCount
    // The site at this address is the Türkiye office's (the demo's sites): its lists hold its
    // office's news only, about half the archive. (Pages past its end answer 404: until
    // 2026-12-05 the last-page rows were read there.)
    const siteTotal = /** @type {V1NewsPage} */ (await json('/api/v1/news?limit=1&country=TR')).totalCount
    const lastListPage = Math.ceil(siteTotal / 10)
    // Its news sitemaps, as its index lists them (SITEMAP_MAX_URLS a child, two languages): the
    // first and the last are read cold below, a middle one (not read before) while the event loop is probed.
    let newsChildren = 1
    const lastApiPage = Math.ceil(total / 100)
    const pages = (/** @type {number} */ from, /** @type {number} */ count, /** @type {(n: number) => string} */ make) => Array.from({ length: count }, (_, i) => make(from + i))
    // A cursor at `seq` (the form lib/api/v1/changes.ts gives out: partners only send back what they got).
    const changesCursor = (/** @type {number} */ seq) => Buffer.from(JSON.stringify({ s: seq, t: Math.floor(Date.now() / 3_600_000) * 3_600_000 })).toString('base64url')
    const someArticles = /** @type {V1NewsPage} */ (await json(`/api/v1/news?limit=${repeats * 2}&page=3&fields=url`)).data.map((item) => new URL(item.url).pathname)
    // The first request after a start is excepted from the targets: it loads the code.
    await timed('/en')
    const { token } = /** @type {{ token: string }} */ (
      await json('/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'admin@kopru.example', password: 'demo-admin-2026' }),
      })
    )
    const admin = { headers: { Authorization: `JWT ${token}` } }
    // The admin's code too is loaded by its first page (1.0-1.3 s at 50,000), excepted like the site's.
    await timed('/admin', admin)
    const rows = {
      home: await measure(['/en', '/tr']),
      'list, first page': await measure(['/en/news', '/tr/haberler']),
      'list, middle page': await measure(pages(Math.floor(lastListPage / 2), repeats, (p) => `/en/news?page=${p}`)),
      'list, last page': await measure(pages(lastListPage - repeats + 1, repeats, (p) => `/tr/haberler?page=${p}`)),
      'list, filtered (office and year)': await measure(pages(2010, repeats, (y) => `/en/news?country=TR&year=${y}`)),
      article: await measure(someArticles.slice(0, repeats)),
      'search, common word': await measure(['/en/search?q=migrant', '/tr/arama?q=goc', '/en/search?q=support']),
      'search, rare word': await measure(['/en/search?q=sumgayit+provinces', '/tr/arama?q=mingecevir', '/en/search?q=lankaran+grants']),
      'sitemap index': await measure(['/sitemap.xml']),
      'sitemap child': await (async () => {
        newsChildren = [...(await timed('/sitemap.xml')).body.matchAll(/\/sitemaps\/news-\d+\.xml/g)].length
        return measure(['/sitemaps/news-1.xml', `/sitemaps/news-${newsChildren}.xml`])
      })(),
      RSS: await measure(['/en/news/rss', '/tr/haberler/rss']),
      '/api/v1, first page of 100': await measure(['/api/v1/news?limit=100', '/api/v1/news?limit=100&lang=tr']),
      '/api/v1, last page of 100': await measure([`/api/v1/news?limit=100&page=${lastApiPage}`, `/api/v1/news?limit=100&page=${lastApiPage}&lang=tr`]),
      // The changes feed (issue 20): from the start (every collection and language in one page), and from cursors spread over the log.
      '/api/v1/changes, first page of 100': await measure(['/api/v1/changes?limit=100', '/api/v1/changes?limit=100&lang=tr', '/api/v1/changes?limit=100&collection=statements']),
      '/api/v1/changes, a page of 100 from a cursor': await measure(
        pages(1, repeats, (n) => `/api/v1/changes?limit=100&cursor=${changesCursor(Math.floor((total * n) / repeats))}`),
      ),
      'REST list, deep page': await measure(pages(Math.floor(lastListPage / 2), repeats, (p) => `/api/news?limit=10&page=${p}&sort=-publishedDate`)),
      'admin news list (REST, draft)': await measure(
        pages(1, repeats, (p) => `/api/news?limit=50&page=${p * 7}&draft=true&depth=0&sort=-publishedDate`),
        admin,
      ),
      'admin news list (its page, 50 a page)': await measure(
        pages(1, repeats, (p) => `/admin/collections/news?limit=50&page=${p * 11}`),
        admin,
      ),
      'admin news search (its page)': await measure(['/admin/collections/news?search=gaziantep', '/admin/collections/statements?search=speech'], admin),
    }
    rss.push(rssOf(server.pid))
    // A partner's full walk of all news, 100 at a time, oldest change first.
    const walkStarted = performance.now()
    let walked = 0
    for (let page = 1; ; page += 1) {
      const result = /** @type {V1NewsPage} */ (await json(`/api/v1/news?limit=100&page=${page}&sort=updatedAt&updatedSince=2000-01-01T00:00:00Z&fields=updatedAt`))
      walked += result.data.length
      if (page >= result.totalPages) break
    }
    const walk = { documents: walked, seconds: (performance.now() - walkStarted) / 1000 }
    rss.push(rssOf(server.pid))
    // Event-loop lag: /api/health while each heavy request runs (not cached before).
    const heavy = [
      `/api/v1/news?limit=100&page=${lastApiPage - 1}`,
      `/sitemaps/news-${Math.ceil(newsChildren / 2)}.xml?lag`,
      `/tr/haberler?page=${lastListPage - repeats - 1}`,
      `/api/news?limit=100&page=${lastApiPage - 2}&depth=2`,
      '/en/search?q=gaziantep+workshop',
      '/en/search?q=migrant&page=3',
      '/api/v1/news?q=migrant+health&limit=100',
      // The admin's list of 50 latest versions deep in the archive, and its search box (a `like` on the title).
      `/admin/collections/news?limit=50&page=${Math.floor(total / 50) - 3}`,
      '/admin/collections/news?limit=50&search=shelter',
    ]
    // Two probes: /api/health waits for the database too; a static file (public/) only for the
    // event loop, so it shows the loop's own lag.
    /** @type {number[]} */
    const lag = []
    /** @type {number[]} */
    const loop = []
    /** @type {Record<string, number>} */
    const loopBy = {}
    /** @type {Record<string, number>} */
    const delayBy = {}
    const loopDelay = async (/** @type {string} */ route = '/') =>
      /** @type {{ p50: number, p99: number, max: number, samples: number, gcMax: number, gcTotal: number }} */ (await (await fetch(`http://127.0.0.1:${loopPort}${route}`)).json())
    /** @type {{ p50: number, p99: number, max: number, samples: number, gcMax: number, gcTotal: number }[]} */
    const delays = []
    /** @type {Record<string, { max: number, total: number }>} */
    const gcBy = {}
    /** @type {Record<string, number>} */
    const statusBy = {}
    for (const p of heavy) {
      await loopDelay('/reset')
      let done = false
      const request = timed(p, p.startsWith('/admin') ? admin : undefined)
        .then((answer) => (statusBy[p] = answer.status))
        .finally(() => (done = true))
      const probe = async (/** @type {string} */ address, /** @type {number[]} */ into) => {
        while (!done) {
          into.push((await timed(address)).ms)
          await sleep(5)
        }
      }
      const before = loop.length
      await Promise.all([request, probe('/api/health', lag), probe('/og-default.png', loop)])
      loopBy[p] = Math.round(Math.max(0, ...loop.slice(before)))
      const delay = await loopDelay()
      delays.push(delay)
      delayBy[p] = delay.max
      gcBy[p] = { max: delay.gcMax, total: delay.gcTotal }
    }
    // Over all the heavy requests: each sample weighs the same (5 ms of the run).
    const samples = delays.reduce((sum, d) => sum + d.samples, 0)
    rss.push(rssOf(server.pid))
    // Publish to live: a change to the newest article, until its page shows it.
    const newest = /** @type {RestNewsPage} */ (await json('/api/news?limit=1&sort=-publishedDate&depth=0&where[_status][equals]=published', admin)).docs[0]
    const slug = newest.slug
    await timed(`/en/news/${slug}`)
    const title = `Bench ${Date.now()}`
    const publishStarted = performance.now()
    await fetch(`${base}/api/news/${newest.id}`, { method: 'PATCH', headers: { ...admin.headers, 'Content-Type': 'application/json' }, body: JSON.stringify({ title }) })
    /** @type {number | null} */
    let publishToLive = null
    while (performance.now() - publishStarted < 10_000) {
      if ((await timed(`/en/news/${slug}`)).body.includes(title)) {
        publishToLive = performance.now() - publishStarted
        break
      }
      await sleep(20)
    }
    // Saves: an editor's change to an article's title (slug check, search entry, translation
    // status and cache purge included), each a different article.
    /** @type {number[]} */
    const saves = []
    for (const path of someArticles.slice(0, repeats)) {
      const key = path.split('/').pop()
      const found = /** @type {RestNewsPage} */ (await json(`/api/news?limit=1&depth=0&where[or][0][slug.en][equals]=${key}&where[or][1][slug.tr][equals]=${key}`, admin)).docs[0]
      if (!found) continue
      const started = performance.now()
      const response = await fetch(`${base}/api/news/${found.id}`, {
        method: 'PATCH',
        headers: { ...admin.headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: `Saved ${Date.now()}` }),
      })
      await response.arrayBuffer()
      if (response.ok) saves.push(performance.now() - started)
    }
    await sleep(1000)
    return {
      size,
      total,
      rows,
      walk,
      save: saves.length ? percentile(saves, 95) : null,
      lag: { p99: percentile(lag, 99), max: Math.max(...lag), samples: lag.length },
      loop: { p99: percentile(loop, 99), max: Math.max(...loop), samples: loop.length, byRequest: loopBy },
      // The event loop's delay inside the server (bench/loopDelay.cjs): the largest p99 of one heavy request's run, and the longest delay of all.
      delay: { p99: Math.max(...delays.map((d) => d.p99)), max: Math.max(...delays.map((d) => d.max)), samples, byRequest: delayBy, gcByRequest: gcBy, statusByRequest: statusBy },
      rss: { during: Math.max(...rss), after: rssOf(server.pid) },
      publishToLive,
    }
  } finally {
    process.kill(-server.pid, 'SIGTERM')
    await sleep(1000)
  }
}

/** @type {SizeResult[]} */
const results = []
/** @type {string | undefined} */
let smaller
for (const size of sizes) {
  const dir = archive(size, smaller)
  smaller = dir
  const generation = /** @type {{ seconds: number }} */ (JSON.parse(fs.readFileSync(path.join(dir, 'complete'), 'utf8')))
  console.log(`bench --scale: ${size} news items (${dir})`)
  results.push({ ...(await measureSize(size, dir)), generationSeconds: generation.seconds })
}

const ms = (/** @type {number | null | undefined} */ value) => (value == null ? '—' : `${Math.round(value)} ms`)
const names = /** @type {(keyof SizeResult['rows'])[]} */ (Object.keys(results[0].rows))
const header = `| request | ${results.map((r) => `${r.size.toLocaleString('en')}: cold p95 | warm p95`).join(' | ')} | ${results.length > 1 ? 'cold growth per document, last two sizes' : ''} |`
const lines = [
  `# Köprü at archive sizes, ${new Date().toISOString()}`,
  '',
  `SQLite (SQLITE_THREADS=${process.env.SQLITE_THREADS ?? 'unset: 0, the event loop'}), production server alone (server.mjs), ${repeats} addresses per row where a row has several; cold = the first read of an address since the start, warm = the same address again.`,
  '',
  header,
  `|---|${results.map(() => '---:|---:').join('|')}|---:|`,
  ...names.map((name) => {
    const cells = results.map((r) => `${ms(r.rows[name].cold)} | ${ms(r.rows[name].warm)}`).join(' | ')
    const [a, b] = results.slice(-2)
    const growth = a && b && b !== a ? `${(((b.rows[name].cold - a.rows[name].cold) / (b.total - a.total)) * 1000).toFixed(3)} ms per 1,000` : ''
    return `| ${name} | ${cells} | ${growth} |`
  }),
  '',
  '| size | news | full updatedSince walk | event-loop delay in the server while heavy requests run (p99 / max) | health meanwhile (p99 / max) | a static file meanwhile (p99 / max) | RSS during / after | publish to live | save (p95) | generation |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.size.toLocaleString('en')} | ${r.total.toLocaleString('en')} | ${r.walk.documents.toLocaleString('en')} in ${r.walk.seconds.toFixed(1)} s | ${r.delay ? `${ms(r.delay.p99)} / ${ms(r.delay.max)}` : '—'} | ${ms(r.lag.p99)} / ${ms(r.lag.max)} | ${r.loop ? `${ms(r.loop.p99)} / ${ms(r.loop.max)}` : '—'} | ${Math.round(r.rss.during)} / ${Math.round(r.rss.after)} MB | ${ms(r.publishToLive)} | ${ms(r.save)} | ${Math.round(r.generationSeconds)} s |`,
  ),
  '',
]
const last = results[results.length - 1]
if (last.loop?.byRequest)
  lines.push(
    `The event loop at ${last.size.toLocaleString('en')}, slowest static-file answer while each heavy request ran: ${Object.entries(last.loop.byRequest)
      .map(([p, v]) => `\`${p}\` ${v} ms`)
      .join('; ')}.`,
    '',
  )
if (last.delay?.byRequest)
  lines.push(
    `The event loop's longest delay inside the server at ${last.size.toLocaleString('en')} while each heavy request ran (bench/loopDelay.cjs, a 5 ms timer): ${Object.entries(
      last.delay.byRequest,
    )
      .map(
        ([p, v]) =>
          `\`${p}\` ${Math.round(v)} ms` +
          (last.delay.statusByRequest?.[p] && last.delay.statusByRequest[p] !== 200 ? ` (answered ${last.delay.statusByRequest[p]})` : '') +
          (last.delay.gcByRequest?.[p] ? ` (GC: longest pause ${Math.round(last.delay.gcByRequest[p].max)} ms, ${last.delay.gcByRequest[p].total} ms in all)` : ''),
      )
      .join('; ')}.`,
    '',
  )
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
fs.writeFileSync(path.join(root, 'bench', 'results', `scale-${stamp}.json`), JSON.stringify(results, null, 2))
fs.writeFileSync(path.join(root, 'bench', 'results', `scale-${stamp}.md`), lines.join('\n'))
console.log(lines.join('\n'))
