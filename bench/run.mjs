#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: how fast Köprü serves, measured on this machine.
 *
 * Builds if needed, starts the production server on a fresh seeded SQLite database, the caching
 * proxy in front of it (nginx with deploy/nginx/kopru.conf), and nginx serving a static copy of the same pages
 * (the reference for what the machine can do). Then drives all three with wrk (50 connections,
 * gzip accepted, as browsers do) over home, a list, an article and a country page in both
 * languages, /api/v1/news and an RSS feed, then /api/v1/news with a partner's API key on the app
 * alone (keyed clients bypass the proxy), and measures page weight, server memory after the
 * load, cold start, publish-to-live through the proxy, LCP/CLS/TBT in chromium with mobile
 * emulation, and Lighthouse's mobile scores for the page of every block (bench/lighthouse.mjs). Writes bench/results/<date>.{json,md} and bench/results/latest.{json,md}.
 *
 * Needs Debian's wrk, nginx and its Lua module (apt-get install -y wrk nginx libnginx-mod-http-lua)
 * and chromium.
 * Targets are stated in the README; nothing here asserts them.
 *
 *   npm run bench                       # BENCH_SECONDS=8 per measurement by default
 *   BENCH_SECONDS=20 npm run bench
 *   npm run bench -- --scale 50000      # at archive sizes instead (bench/scale.mjs)
 *   BENCH_ONLY=API npm run bench        # load only on the pages whose name matches (the rest as usual)
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { Agent, fetch as undiciFetch } from 'undici'

import { startProxy } from '../deploy/nginx/local.mjs'
import { lighthouseScores } from './lighthouse.mjs'
import { serverArgs } from '../lib/http/serverCommand.mjs'

/** @typedef {import('node:child_process').ChildProcess} ChildProcess */
/** @typedef {{ reqPerSec: number, p50Ms: number, p99Ms: number, errors: number }} WrkResult One wrk run's numbers (see wrk()). */
/**
 * @typedef {{ page: string, site: Site, path: string, proxy: WrkResult, app: WrkResult, nginx: WrkResult, proxyVsNginx: number, appVsNginx: number }} LoadRow
 *   One page's load through the three targets.
 */
/** @typedef {'turkiye' | 'azerbaijan'} Site The demo's two sites: Türkiye at the server's own host, Azerbaijan at az.localhost. */
/** @typedef {{ lcp: number, cls: number, tbt: number }} Vitals What the init script collects in the page. */
/** @typedef {typeof window & { __vitals: Vitals }} VitalsWindow */
/** @typedef {PerformanceEntry & { hadRecentInput: boolean, value: number }} LayoutShift Chromium's layout-shift entry (not in lib.dom). */

// `npm run bench -- --scale N`: the archive-size bench instead (bench/scale.mjs).
if (process.argv.includes('--scale')) {
  await import('./scale.mjs')
  process.exit(0)
}

const seconds = Number(process.env.BENCH_SECONDS ?? 8)
// Each measured run follows an unrecorded one at the same load: the first seconds after
// switching between app, proxy and nginx measure the switch (p99 13-18 ms through the proxy
// in a side run with Varnish, 5-9 ms once warm), not the steady state the targets are about.
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 2)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined
const ports = { app: 3310, proxy: 3311, nginx: 3312, purge: 3313 }
const root = process.cwd()
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-bench-'))
fs.chmodSync(work, 0o755)
/** @type {ChildProcess[]} */
const children = []

/** @param {string} command @param {string} hint */
function need(command, hint) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'pipe' })
  } catch {
    console.error(`bench: ${command} is missing: ${hint}`)
    process.exit(2)
  }
}
need('wrk', 'apt-get install -y wrk')
need('nginx', 'apt-get install -y nginx libnginx-mod-http-lua')
if (!fs.existsSync('/usr/lib/nginx/modules/ngx_http_lua_module.so')) {
  console.error('bench: the nginx Lua module is missing: apt-get install -y libnginx-mod-http-lua')
  process.exit(2)
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * fetch, retried: after a load run, a kept-alive socket may have been closed by the server.
 * @param {string | URL} url
 * @param {RequestInit} [init]
 * @returns {Promise<Response>}
 */
async function get(url, init) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return /** @type {Response} */ (/** @type {unknown} */ (await undiciFetch(url, /** @type {never} */ ({ ...init, dispatcher: localhost }))))
    } catch (error) {
      if (attempt >= 3) throw error
      await sleep(200)
    }
  }
}

/** Resolves `*.localhost` to this machine, as browsers do (Node's resolver may not). */
const localhost = new Agent({
  connect: {
    lookup: (hostname, options, callback) =>
      options.all
        ? /** @type {(e: null, a: { address: string, family: number }[]) => void} */ (/** @type {unknown} */ (callback))(null, [{ address: '127.0.0.1', family: 4 }])
        : callback(null, '127.0.0.1', 4),
  },
})

/**
 * A target's address for a site: the Türkiye site answers the target's own host (localhost,
 * 127.0.0.1), the Azerbaijan site az.localhost on the same port.
 * @param {string} target @param {Site} site
 */
function onSite(target, site) {
  if (site === 'turkiye') return target
  const url = new URL(target)
  url.hostname = 'az.localhost'
  return url.origin
}

/** @param {string} url @param {number} [timeoutMs] */
async function waitFor(url, timeoutMs = 60_000) {
  const started = Date.now()
  for (;;) {
    try {
      const response = await fetch(url)
      if (response.ok) return Date.now() - started
    } catch {
      // not yet listening
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs} ms`)
    await sleep(50)
  }
}

function cleanup() {
  for (const child of children) {
    try {
      process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM')
    } catch {
      // already gone
    }
  }
}
process.on('exit', cleanup)
process.on('SIGINT', () => process.exit(130))

// ---------------------------------------------------------------------------------------------
// 1. Build, database, app server

if (!fs.existsSync('.next/BUILD_ID')) {
  console.log('bench: building (npm run build)…')
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })
}

/** @type {NodeJS.ProcessEnv} */
const appEnv = {
  ...process.env,
  NODE_ENV: 'production',
  KOPRU_DEMO: '1',
  DATA_DIR: work,
  DATABASE_URI: `file:${path.join(work, 'bench.db')}`,
  SERVER_URL: `http://localhost:${ports.app}`,
  PAYLOAD_LOG_LEVEL: 'warn',
  NODE_OPTIONS: '',
  PORT: String(ports.app),
  // Load comes from one address, and one key: the limits would measure refusals, not the site.
  // They are still counted (memory), as for every reader.
  RATE_LIMIT_ANONYMOUS: '1000000',
  RATE_LIMIT_KEYED: '1000000',
  CACHE_PURGE_URLS: `http://127.0.0.1:${ports.purge}`,
}
console.log('bench: migrating and seeding a fresh database…')
execFileSync('node_modules/.bin/tsx', ['scripts/migrate.ts'], { env: appEnv, stdio: 'pipe' })
execFileSync('node_modules/.bin/tsx', ['scripts/seed.ts'], { env: appEnv, stdio: 'pipe' })

const appStarted = Date.now()
const app = /** @type {ChildProcess & { pid: number }} */ (spawn('node', serverArgs, { env: { ...appEnv, PORT: String(ports.app) }, stdio: 'ignore', detached: true }))
children.push(app)
const app_ = `http://localhost:${ports.app}`
await waitFor(`${app_}/api/health`)
/** @type {{ healthyMs: number, firstPageMs?: number }} */
const coldStart = { healthyMs: Date.now() - appStarted }
const firstRender = Date.now()
await fetch(`${app_}/en`)
coldStart.firstPageMs = Date.now() - firstRender

/** The newest news item of an office, its slug per language. @param {string} office */
async function newestOf(office) {
  const { docs } = /** @type {{ docs: { slug: { en: string, tr?: string | null, az?: string | null } }[] }} */ (
    await (await fetch(`${app_}/api/news?limit=1&sort=-publishedDate&depth=0&locale=all&where[country.isoCode][equals]=${office}`)).json()
  )
  return docs[0].slug
}
const article = await newestOf('TR')
const bakuArticle = await newestOf('AZ')
/** @type {[name: string, pathname: string, site: Site][]} */
const pages = [
  ['home (en)', '/en', 'turkiye'],
  ['home (tr)', '/tr', 'turkiye'],
  ['news list (en)', '/en/news', 'turkiye'],
  ['news list (tr)', '/tr/haberler', 'turkiye'],
  ['article (en)', `/en/news/${article.en}`, 'turkiye'],
  ['article (tr)', `/tr/haberler/${article.tr ?? article.en}`, 'turkiye'],
  ['country (en)', '/en/countries/turkiye', 'turkiye'],
  ['country (tr)', '/tr/ulkeler/turkiye', 'turkiye'],
  ['API /api/v1/news', '/api/v1/news', 'turkiye'],
  ['RSS news (en)', '/en/news/rss', 'turkiye'],
  ['Azerbaijan site: home (az)', '/az', 'azerbaijan'],
  ['Azerbaijan site: news list (az)', '/az/xeberler', 'azerbaijan'],
  ['Azerbaijan site: article (az)', `/az/xeberler/${bakuArticle.az ?? bakuArticle.en}`, 'azerbaijan'],
  ['Azerbaijan site: country (az)', '/az/olkeler/azerbaycan', 'azerbaijan'],
]

// ---------------------------------------------------------------------------------------------
// 2. The caching proxy in front, nginx with a static copy beside

const proxyDir = path.join(work, 'proxy')
fs.mkdirSync(proxyDir)
const proxy = startProxy({ port: ports.proxy, purgePort: ports.purge, upstream: `127.0.0.1:${ports.app}`, dir: proxyDir, detached: true, stdio: 'ignore' })
children.push(proxy)
await waitFor(`http://127.0.0.1:${ports.proxy}/api/health`)

// One directory per host, as nginx names it ($host): 127.0.0.1 for Türkiye, az.localhost.
const staticDir = path.join(work, 'static')
for (const [, pathname, site] of pages) {
  const response = await get(`${onSite(app_, site)}${pathname}`)
  if (!response.ok) throw new Error(`${onSite(app_, site)}${pathname} answered ${response.status}`)
  const body = Buffer.from(await response.arrayBuffer())
  const file = path.join(staticDir, site === 'turkiye' ? '127.0.0.1' : 'az.localhost', pathname.replace(/^\//, ''), 'index.html')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, body)
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }))
}
execFileSync('chmod', ['-R', 'a+rX', staticDir])
const nginxConf = path.join(work, 'nginx.conf')
fs.writeFileSync(
  nginxConf,
  `worker_processes auto;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${work}/nginx-body;
  proxy_temp_path ${work}/nginx-proxy;
  fastcgi_temp_path ${work}/nginx-fastcgi;
  uwsgi_temp_path ${work}/nginx-uwsgi;
  scgi_temp_path ${work}/nginx-scgi;
  default_type text/html;
  gzip_static on;
  server {
    listen 127.0.0.1:${ports.nginx};
    root ${staticDir}/$host;
    location / { try_files $uri/index.html =404; }
  }
}
`,
)
const nginx = spawn('nginx', ['-c', nginxConf, '-g', 'daemon off;'], { stdio: 'ignore', detached: true })
children.push(nginx)
await waitFor(`http://127.0.0.1:${ports.nginx}/en`)

// ---------------------------------------------------------------------------------------------
// 3. Load

/**
 * wrk on a site's page: the address by 127.0.0.1, the site by its Host header.
 * @param {string} url @param {string[]} [extraHeaders] @returns {WrkResult}
 */
function wrk(url, extraHeaders = []) {
  const { host, port, pathname, search } = new URL(url)
  const target = `http://127.0.0.1:${port}${pathname}${search}`
  const headers = ['-H', 'Accept-Encoding: gzip', '-H', `Host: ${host}`, ...extraHeaders.flatMap((header) => ['-H', header])]
  if (warmupSeconds > 0) execFileSync('wrk', ['-t2', `-c${connections}`, `-d${warmupSeconds}s`, ...headers, target], { encoding: 'utf8' })
  const out = execFileSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', ...headers, target], { encoding: 'utf8' })
  const number = (/** @type {RegExp} */ re) => Number(re.exec(out)?.[1] ?? NaN)
  const ms = (/** @type {RegExp} */ re) => {
    const match = re.exec(out)
    if (!match) return NaN
    const value = Number(match[1])
    return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value
  }
  const errors = number(/Non-2xx or 3xx responses: (\d+)/) || 0
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)
  return {
    reqPerSec: number(/Requests\/sec:\s+([\d.]+)/),
    p50Ms: ms(/\s50%\s+([\d.]+)(us|ms|s)\b/),
    p99Ms: ms(/\s99%\s+([\d.]+)(us|ms|s)\b/),
    errors: errors + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0),
  }
}

/** The app's CPU time so far, in clock ticks (/proc/<pid>/stat: utime + stime). @param {number} pid */
function cpuTicks(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return Number(fields[11]) + Number(fields[12])
}

/**
 * Waits until the app is idle (under 10 % of a core over 200 ms; at most 10 s). After a load
 * that outruns it (the API: p99 over a second), the app goes on answering the requests already
 * queued once wrk has stopped; measuring the next target meanwhile would measure the two
 * together on 2 cores. Returns the milliseconds waited.
 * @param {number} pid
 */
async function settle(pid) {
  const started = Date.now()
  let before = cpuTicks(pid)
  while (Date.now() - started < 10_000) {
    await sleep(200)
    const now = cpuTicks(pid)
    if (now - before <= 2) break
    before = now
  }
  return Date.now() - started
}

const targets = { proxy: `http://127.0.0.1:${ports.proxy}`, app: app_, nginx: `http://127.0.0.1:${ports.nginx}` }
/** @type {LoadRow[]} */
const load = []
for (const [name, pathname, site] of pages.filter(([name]) => !only || only.test(name))) {
  // Warm: the app renders once, the proxy stores once.
  for (const target of Object.values(targets)) await get(`${onSite(target, site)}${pathname}`, { headers: { 'Accept-Encoding': 'gzip' } })
  const row = /** @type {LoadRow} */ ({ page: name, site, path: pathname })
  for (const [target, baseUrl] of /** @type {[keyof typeof targets, string][]} */ (Object.entries(targets))) {
    const waited = await settle(app.pid)
    process.stdout.write(`bench: ${name} via ${target} (after ${waited} ms for the app to idle)… `)
    row[target] = wrk(`${onSite(baseUrl, site)}${pathname}`)
    console.log(`${row[target].reqPerSec} req/s, p99 ${row[target].p99Ms} ms`)
  }
  row.proxyVsNginx = row.proxy.reqPerSec / row.nginx.reqPerSec
  row.appVsNginx = row.app.reqPerSec / row.nginx.reqPerSec
  load.push(row)
}

/**
 * A partner with an API key: keyed requests pass the proxy by (deploy/nginx/kopru.conf), so the
 * app alone answers them, checking the key and counting the read per key.
 */
const signedIn = await get(`${app_}/api/users/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ email: 'admin@kopru.example', password: 'demo-admin-2026' }),
})
const adminAuth = { Authorization: `JWT ${/** @type {{ token: string }} */ (await signedIn.json()).token}`, 'Content-Type': 'application/json' }
const { docs: partners } = /** @type {{ docs: { id: number | string }[] }} */ (
  await (await get(`${app_}/api/users?where[email][equals]=partner@kopru.example&depth=0`, { headers: adminAuth })).json()
)
const partnerKey = `bench-partner-key-${Date.now()}`
await get(`${app_}/api/users/${partners[0].id}`, { method: 'PATCH', headers: adminAuth, body: JSON.stringify({ enableAPIKey: true, apiKey: partnerKey }) })
const keyHeader = `Authorization: users API-Key ${partnerKey}`
const keyedCheck = await get(`${app_}/api/v1/news`, { headers: { Authorization: `users API-Key ${partnerKey}`, 'Accept-Encoding': 'gzip' } })
if (keyedCheck.status !== 200) throw new Error(`/api/v1/news with the partner's key answered ${keyedCheck.status}`)
await settle(app.pid)
process.stdout.write('bench: API /api/v1/news with a key via app… ')
const keyedApi = { page: 'API /api/v1/news with a key', path: '/api/v1/news', app: wrk(`${app_}/api/v1/news`, [keyHeader]) }
console.log(`${keyedApi.app.reqPerSec} req/s, p99 ${keyedApi.app.p99Ms} ms`)

// ---------------------------------------------------------------------------------------------
// 4. Memory, weight, freshness

/** @param {number} pid */
function treeRss(pid) {
  let total = 0
  const visit = (/** @type {number | string} */ id) => {
    try {
      total += Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0) * 1024
      for (const child of fs.readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) visit(child)
    } catch {
      // exited
    }
  }
  visit(pid)
  return total
}
const serverRssMb = Math.round(treeRss(app.pid) / 1024 / 1024)

const weight = []
for (const [name, pathname, site] of pages.filter(([, p]) => !p.startsWith('/api') && !p.endsWith('/rss'))) {
  const response = await get(`${onSite(app_, site)}${pathname}`)
  const html = await response.text()
  // What a modern browser loads: module-era scripts, not the noModule polyfills.
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !/nomodule/i.test(tag))
        .map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1])
        .filter(Boolean),
    ),
  ]
  let jsGzip = 0
  for (const src of /** @type {string[]} */ (scripts)) jsGzip += zlib.gzipSync(Buffer.from(await (await get(new URL(src, onSite(app_, site)))).arrayBuffer())).length
  weight.push({ page: name, htmlBytes: Buffer.byteLength(html), htmlGzipBytes: zlib.gzipSync(html).length, scripts: scripts.length, jsGzipBytes: jsGzip })
}

const login = await get(`${app_}/api/users/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ email: 'editor.tr@kopru.example', password: 'demo-editor-2026' }),
})
const { token } = /** @type {{ token: string }} */ (await login.json())
const { docs: countries } = /** @type {{ docs: { id: number | string }[] }} */ (await (await get(`${app_}/api/countries?where[isoCode][equals]=TR&depth=0`)).json())
const publishToLive = []
for (let run = 0; run < 3; run += 1) {
  await get(`${targets.proxy}/en`)
  const title = `Bench publish ${Date.now()}`
  const started = Date.now()
  await get(`${app_}/api/news`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, excerpt: 'Bench.', publishedDate: new Date().toISOString(), country: countries[0].id, _status: 'published' }),
  })
  for (;;) {
    if ((await (await get(`${targets.proxy}/en`)).text()).includes(title)) break
    if (Date.now() - started > 15_000) break
    await sleep(20)
  }
  publishToLive.push(Date.now() - started)
}

/**
 * Cache hits on the Türkiye site while the Azerbaijan site is edited (each save purges only the
 * sites that show its document: lib/cache/purge.ts), and, for contrast, while the Türkiye site
 * itself is: readers go round four Türkiye pages through the proxy (X-Cache) and on the app alone
 * (its page cache, X-Page-Cache), one request at a time, while an editor publishes an edit of one
 * news item every 250 ms.
 * @param {string} email @param {string} office
 */
async function hitRateWhileEditing(email, office) {
  const signedIn = await get(`${app_}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-editor-2026' }),
  })
  const auth = { Authorization: `JWT ${/** @type {{ token: string }} */ (await signedIn.json()).token}`, 'Content-Type': 'application/json' }
  const { docs: offices } = /** @type {{ docs: { id: number | string }[] }} */ (await (await get(`${app_}/api/countries?where[isoCode][equals]=${office}&depth=0`)).json())
  const created = await get(`${app_}/api/news`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({
      title: `Bench edits ${office} ${Date.now()}`,
      excerpt: 'Bench.',
      publishedDate: new Date().toISOString(),
      country: offices[0].id,
      _status: 'published',
    }),
  })
  const { doc } = /** @type {{ doc: { id: number | string } }} */ (await created.json())
  const readerPages = ['/en', '/en/news', pages[4][1], '/tr/haberler']
  // Past the creation's follow-up purge (1.5 s), and warm.
  await sleep(2500)
  for (const pathname of readerPages) for (const target of [targets.proxy, app_]) await (await get(`${target}${pathname}`)).arrayBuffer()
  let editing = true
  let edits = 0
  const editor = (async () => {
    while (editing) {
      await (
        await get(`${app_}/api/news/${doc.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title: `Bench edit ${office} ${edits}`, _status: 'published' }) })
      ).arrayBuffer()
      edits += 1
      await sleep(250)
    }
  })()
  const counts = { proxy: { hits: 0, reads: 0 }, app: { hits: 0, reads: 0 } }
  const until = Date.now() + Math.max(5, seconds) * 1000
  while (Date.now() < until) {
    for (const pathname of readerPages) {
      const viaProxy = await get(`${targets.proxy}${pathname}`)
      await viaProxy.arrayBuffer()
      counts.proxy.reads += 1
      if (viaProxy.headers.get('x-cache') === 'HIT') counts.proxy.hits += 1
      const viaApp = await get(`${app_}${pathname}`)
      await viaApp.arrayBuffer()
      counts.app.reads += 1
      if (viaApp.headers.get('x-page-cache') === 'hit') counts.app.hits += 1
    }
  }
  editing = false
  await editor
  return { edits, proxyHitRate: counts.proxy.hits / counts.proxy.reads, proxyReads: counts.proxy.reads, appHitRate: counts.app.hits / counts.app.reads, appReads: counts.app.reads }
}
const turkiyeHitRate = {
  whileAzerbaijanEdited: await hitRateWhileEditing('editor.az@kopru.example', 'AZ'),
  whileTurkiyeEdited: await hitRateWhileEditing('editor.tr@kopru.example', 'TR'),
}

// ---------------------------------------------------------------------------------------------
// 5. Browser: mobile emulation, CPU 4× slower, a fast-3G-like network

const { chromium } = await import('playwright-core')
const chromePath = process.env.CHROME_PATH || execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim()
const browser = await chromium.launch({
  executablePath: chromePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
const vitals = []
for (const [name, pathname, site] of /** @type {[string, string, Site][]} */ ([
  ['home (tr)', '/tr', 'turkiye'],
  ['article (tr)', pages[5][1], 'turkiye'],
  ['Azerbaijan site: home (az)', '/az', 'azerbaijan'],
])) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 })
  await page.addInitScript(() => {
    ;/** @type {VitalsWindow} */ (window).__vitals = { lcp: 0, cls: 0, tbt: 0 }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) /** @type {VitalsWindow} */ (window).__vitals.lcp = entry.startTime
    }).observe({ type: 'largest-contentful-paint', buffered: true })
    new PerformanceObserver((list) => {
      for (const entry of /** @type {LayoutShift[]} */ (list.getEntries())) if (!entry.hadRecentInput) /** @type {VitalsWindow} */ (window).__vitals.cls += entry.value
    }).observe({ type: 'layout-shift', buffered: true })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) /** @type {VitalsWindow} */ (window).__vitals.tbt += Math.max(0, entry.duration - 50)
    }).observe({ type: 'longtask', buffered: true })
  })
  await page.goto(`${onSite(targets.proxy, site)}${pathname}`, { waitUntil: 'networkidle' })
  await sleep(1000)
  const measured = await page.evaluate(() => {
    const navigation = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0])
    const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'))
    return {
      .../** @type {VitalsWindow} */ (window).__vitals,
      transferredBytes: navigation.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
      requests: resources.length + 1,
    }
  })
  vitals.push({
    page: name,
    lcpMs: Math.round(measured.lcp),
    cls: Number(measured.cls.toFixed(3)),
    tbtMs: Math.round(measured.tbt),
    transferredBytes: measured.transferredBytes,
    requests: measured.requests,
  })
  await context.close()
}
await browser.close()

// Lighthouse on a page of every block (issue 19: ≥ 95 mobile) in each site's languages, and a home page beside it, through the proxy.
const lighthouse = await lighthouseScores([
  `${onSite(targets.proxy, 'turkiye')}/en/who-we-are`,
  `${onSite(targets.proxy, 'turkiye')}/tr/biz-kimiz`,
  `${onSite(targets.proxy, 'azerbaijan')}/az/biz-kimik`,
  `${onSite(targets.proxy, 'turkiye')}/tr`,
])

// ---------------------------------------------------------------------------------------------
// 6. Report

const report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 1024 ** 3), node: process.version },
  settings: { seconds, warmupSeconds, connections, acceptEncoding: 'gzip' },
  load,
  keyedApi,
  serverRssMbAfterLoad: serverRssMb,
  coldStart,
  publishToLiveThroughProxyMs: publishToLive,
  turkiyeHitRate,
  weight,
  vitals,
  lighthouse,
}
const results = path.join(root, 'bench', 'results')
fs.mkdirSync(results, { recursive: true })
const stamp = report.date.replace(/[:.]/g, '-')
const fmt = (/** @type {number} */ n, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-GB', { maximumFractionDigits: digits }) : '–')
const md = [
  `# Köprü bench, ${report.date}`,
  '',
  `${report.machine.cpus} cores, ${report.machine.memoryGb} GiB, Node ${report.machine.node}; wrk ${connections} connections, ${seconds} s each after ${warmupSeconds} s unrecorded at the same load, once the app is idle, gzip accepted.`,
  '',
  'Pages of the Azerbaijan site are read at az.localhost (Host header), the others at the Türkiye site.',
  '',
  '| page | proxy req/s | p50 | p99 | app req/s | p50 | p99 | nginx req/s | p99 | proxy/nginx | errors |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...load.map(
    (r) =>
      `| ${r.page} | ${fmt(r.proxy.reqPerSec)} | ${fmt(r.proxy.p50Ms, 2)} ms | ${fmt(r.proxy.p99Ms, 2)} ms | ${fmt(r.app.reqPerSec)} | ${fmt(r.app.p50Ms, 1)} ms | ${fmt(r.app.p99Ms, 1)} ms | ${fmt(r.nginx.reqPerSec)} | ${fmt(r.nginx.p99Ms, 2)} ms | ${fmt(r.proxyVsNginx * 100)} % | ${r.proxy.errors + r.app.errors + r.nginx.errors} |`,
  ),
  '',
  'A partner with an API key (keyed requests pass the proxy by: the app alone answers them):',
  '',
  '| read | app req/s | p50 | p99 | errors |',
  '|---|---:|---:|---:|---:|',
  `| ${keyedApi.page} | ${fmt(keyedApi.app.reqPerSec)} | ${fmt(keyedApi.app.p50Ms, 1)} ms | ${fmt(keyedApi.app.p99Ms, 1)} ms | ${keyedApi.app.errors} |`,
  '',
  `Server memory (RSS) after the load: ${serverRssMb} MB. Cold start: healthy after ${coldStart.healthyMs} ms, first page ${coldStart.firstPageMs} ms.`,
  `Publish to live through the proxy: ${publishToLive.map((ms) => `${ms} ms`).join(', ')}.`,
  '',
  '| Türkiye site read while… | edits | proxy hits | app page-cache hits |',
  '|---|---:|---:|---:|',
  ...Object.entries(turkiyeHitRate).map(
    ([when, r]) =>
      `| ${when === 'whileAzerbaijanEdited' ? 'the Azerbaijan site is edited' : 'the Türkiye site itself is edited'} | ${r.edits} | ${fmt(r.proxyHitRate * 100, 1)} % of ${r.proxyReads} | ${fmt(r.appHitRate * 100, 1)} % of ${r.appReads} |`,
  ),
  '',
  '| page | HTML | HTML gzip | scripts | JS gzip |',
  '|---|---:|---:|---:|---:|',
  ...weight.map((w) => `| ${w.page} | ${fmt(w.htmlBytes / 1024, 1)} KB | ${fmt(w.htmlGzipBytes / 1024, 1)} KB | ${w.scripts} | ${fmt(w.jsGzipBytes / 1024, 1)} KB |`),
  '',
  'Chromium, mobile emulation (390×844), CPU 4× slower, 150 ms / 1.6 Mbit/s network, through the proxy:',
  '',
  '| page | LCP | CLS | TBT | transferred | requests |',
  '|---|---:|---:|---:|---:|---:|',
  ...vitals.map((v) => `| ${v.page} | ${v.lcpMs} ms | ${v.cls} | ${v.tbtMs} ms | ${fmt(v.transferredBytes / 1024, 1)} KB | ${v.requests} |`),
  '',
  'Lighthouse 12.2.3, mobile (its defaults: simulated slow 4G, CPU 4× slower), through the proxy; scores out of 100:',
  '',
  '| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...lighthouse.map(
    (r) =>
      `| ${new URL(r.url).host} ${new URL(r.url).pathname} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} ms | ${r.cls} | ${r.tbtMs} ms |`,
  ),
  '',
].join('\n')
for (const name of [stamp, 'latest']) {
  fs.writeFileSync(path.join(results, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`)
  fs.writeFileSync(path.join(results, `${name}.md`), md)
}
console.log(`\n${md}\nbench: written to bench/results/${stamp}.{json,md} and latest.{json,md}`)
process.exit(0)
