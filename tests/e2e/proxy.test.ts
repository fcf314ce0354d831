/**
 * The production cache in front of the app: Debian's nginx and Lua module running
 * deploy/nginx/kopru.conf (the file the proxy's image carries), pointed at the end-to-end
 * server by deploy/nginx/local.mjs. Pages and API answers are served from the cache;
 * signed-in, API-key, preview, router and admin requests never are; a publish purges the cache
 * so readers see it at once. Two host names reach it, as browsers resolve them: the Türkiye
 * site (127.0.0.1 and localhost) and the Azerbaijan site (az.localhost) of the demo seed
 * (lib/seed/sites.ts); each site's pages are cached apart, and a host that is no site's is a
 * 404 that is not kept.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { startProxy } from '@/deploy/nginx/local.mjs'
import { demoUsers } from '@/lib/seed/data'
import { base } from '@/tests/helpers/e2e'
import { rawGet } from '@/tests/helpers/net'
import { siteFetch } from '@/tests/helpers/sites'

const port = Number(process.env.E2E_PROXY_PORT ?? '3102')
// Where the app sends its purges (tests/setup/server.js), as docker-compose's proxy:8081.
const purgePort = Number(process.env.E2E_PROXY_PURGE_PORT ?? '3103')
const proxy = `http://127.0.0.1:${port}`
/** The proxy as each demo site's readers reach it (the Host their browser sends names the site). */
const turkiye = `http://localhost:${port}`
const azerbaijan = `http://az.localhost:${port}`
let nginx: ChildProcess | undefined
let workdir: string

async function listening(target: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(target, '127.0.0.1', () => resolve(socket.end() && true)).on('error', () => resolve(false))
  })
}

async function start(): Promise<void> {
  const backend = new URL(base())
  let log = ''
  nginx = startProxy({ port, purgePort, upstream: `${backend.hostname === 'localhost' ? '127.0.0.1' : backend.hostname}:${backend.port}`, dir: workdir, workers: 1 })
  nginx.stdout?.on('data', (chunk) => (log += chunk))
  nginx.stderr?.on('data', (chunk) => (log += chunk))
  const deadline = Date.now() + 20_000
  while (!(await listening(port))) {
    if (nginx.exitCode !== null || Date.now() > deadline) {
      const errors = fs.existsSync(path.join(workdir, 'error.log')) ? fs.readFileSync(path.join(workdir, 'error.log'), 'utf8') : ''
      throw new Error(`nginx did not start (apt-get install nginx libnginx-mod-http-lua; .ci/run does):\n${log}${errors}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function stop(): Promise<void> {
  if (!nginx || nginx.exitCode !== null) return
  const exited = new Promise((resolve) => nginx!.once('exit', resolve))
  nginx.kill('SIGTERM')
  await exited
  while (await listening(port)) await new Promise((resolve) => setTimeout(resolve, 50))
}

beforeAll(async () => {
  workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-proxy-'))
  await start()
  // Earlier test files wrote content: let their follow-up purges (1.5 s after a change) pass.
  await new Promise((resolve) => setTimeout(resolve, 2500))
})

afterAll(async () => {
  await stop()
})

const through = (pathname: string, headers: Record<string, string> = {}) => fetch(`${proxy}${pathname}`, { headers, redirect: 'manual' })
/** Through the proxy on a site's host name (siteFetch: Node's own resolver does not know `*.localhost`). */
const onSite = (origin: string, pathname: string, headers: Record<string, string> = {}) => siteFetch(`${origin}${pathname}`, { headers, redirect: 'manual' })
const purge = () => fetch(`http://127.0.0.1:${purgePort}/_cache/purge`, { method: 'POST' })

/**
 * Which demo site a page is, by what it shows: its address in the canonical link (the site's
 * address on the app: SERVER_URL, and az. before its host), its office's country page in its
 * menus (and, on the home page, its list of offices), and nothing of the other site: neither
 * its office's page nor its address. (Not by the latest news: the suites that write publish
 * their own.)
 */
function siteOf(html: string): string {
  const app = new URL(base())
  const origins = { turkiye: app.origin, azerbaijan: `http://az.localhost:${app.port}` }
  const canonical = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(html)?.[1]
  const offices = { turkiye: html.includes('href="/en/countries/turkiye"'), azerbaijan: html.includes('href="/en/countries/azerbaijan"') }
  if (canonical === origins.turkiye && offices.turkiye && !offices.azerbaijan && !html.includes(origins.azerbaijan)) return 'turkiye'
  if (canonical === origins.azerbaijan && offices.azerbaijan && !offices.turkiye && !html.includes(`//${app.host}`)) return 'azerbaijan'
  return `neither (canonical ${canonical}, links to the offices' pages ${JSON.stringify(offices)})`
}

async function login(role: string): Promise<string> {
  const user = demoUsers.find((candidate) => candidate.roles.includes(role as never))!
  const response = await fetch(`${base()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  })
  return ((await response.json()) as { token: string }).token
}

describe('the caching proxy (nginx)', () => {
  it.each([
    [proxy, '/en'],
    [proxy, '/tr'],
    [azerbaijan, '/en/news/baku-round-table-on-the-day-against-trafficking'],
    [azerbaijan, '/en/countries/azerbaijan'],
    [azerbaijan, '/az'],
    [proxy, '/api/v1/news'],
    [proxy, '/en/news/rss'],
  ])('serves %s%s from its cache after the first request', async (origin, pathname) => {
    const first = await onSite(origin, pathname)
    expect(first.status).toBe(200)
    const body = await first.text()
    const second = await onSite(origin, pathname)
    expect([pathname, second.headers.get('x-cache')]).toEqual([pathname, 'HIT'])
    expect(await second.text()).toBe(body)
    // A cached copy does not pretend to carry this request's rate-limit counters.
    expect(second.headers.get('ratelimit-remaining')).toBeNull()
  })

  it('never caches signed-in, API-key, preview or admin requests', async () => {
    const token = await login('editor')
    const cases: [string, Record<string, string>][] = [
      ['/en', { Cookie: `payload-token=${token}` }],
      ['/en', { Cookie: '__prerender_bypass=1' }],
      ['/api/v1/news', { Authorization: 'users API-Key some-key' }],
      ['/api/news?draft=true', { Authorization: `JWT ${token}` }],
      ['/admin/login', {}],
      // The client router asks for RSC payloads at the page's own address.
      ['/en', { RSC: '1' }],
    ]
    for (const [pathname, headers] of cases) {
      await through(pathname, headers)
      const again = await through(pathname, headers)
      expect([pathname, Object.keys(headers)[0] ?? '', again.headers.get('x-cache')]).toEqual([pathname, Object.keys(headers)[0] ?? '', 'PASS'])
    }
  })

  it('does not keep errors (a missing page may be published a minute later)', async () => {
    await through('/en/news/not-yet-published')
    expect((await through('/en/news/not-yet-published')).headers.get('x-cache')).not.toBe('HIT')
  })

  it('keeps a renamed page’s old address (308) like a page, and lets it go when the address is taken again', async () => {
    const token = await login('editor')
    const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    const stamp = Date.now()
    const site = (await (await fetch(`${base()}/api/sites?where[key][equals]=turkiye&depth=0`, { headers: auth })).json()) as { docs: { id: number; offices: number[] }[] }
    const created = await fetch(`${base()}/api/pages?locale=en`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title: `Proxy page ${stamp}`, slug: `proxy-page-${stamp}`, site: site.docs[0].id, country: site.docs[0].offices[0], _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    const old = `/en/proxy-page-${stamp}`
    expect(
      (await fetch(`${base()}/api/pages/${id}?locale=en`, { method: 'PATCH', headers: auth, body: JSON.stringify({ slug: `proxy-renamed-${stamp}`, _status: 'published' }) }))
        .status,
    ).toBe(200)
    // Let the rename's purges (its own and the follow-up 1.5 s later) pass before counting hits.
    await new Promise((resolve) => setTimeout(resolve, 2500))
    const first = await through(old)
    const repeat = await through(old)
    expect([first.status, repeat.status, repeat.headers.get('location'), repeat.headers.get('x-cache')]).toEqual([308, 308, `/en/proxy-renamed-${stamp}`, 'HIT'])
    // A new page takes the old address: the cached redirect goes with the publish's purge.
    const again = await fetch(`${base()}/api/pages?locale=en`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title: `Proxy page again ${stamp}`, slug: `proxy-page-${stamp}`, site: site.docs[0].id, country: site.docs[0].offices[0], _status: 'published' }),
    })
    expect(again.status).toBe(201)
    const started = Date.now()
    while ((await through(old)).status !== 200) {
      if (Date.now() - started > 10_000) throw new Error(`${old} still redirects through the proxy after 10 s`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    for (const page of [id, ((await again.json()) as { doc: { id: number } }).doc.id]) await fetch(`${base()}/api/pages/${page}`, { method: 'DELETE', headers: auth })
  })

  it('gives each site its own page at the same address, each cached apart', async () => {
    for (const pathname of ['/en', '/en/news']) {
      // From an empty cache: had the copies one key, the second site's first read would be a
      // HIT of the first site's page. A tag expiry of an earlier test reaches the proxy after its
      // write has answered (lib/cache/purge.ts sends it when Next applies it), and can empty the
      // cache between the two reads (CI saw a MISS on the repeat once): the pair is read again
      // then, at most three times. The first reads are checked every time.
      let first: Record<'turkiye' | 'azerbaijan', Response> | undefined
      let again: Record<'turkiye' | 'azerbaijan', Response> | undefined
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect((await purge()).status).toBe(200)
        first = { turkiye: await onSite(turkiye, pathname), azerbaijan: await onSite(azerbaijan, pathname) }
        for (const site of ['turkiye', 'azerbaijan'] as const)
          expect([pathname, site, first[site].status, first[site].headers.get('x-cache')]).toEqual([pathname, site, 200, 'MISS'])
        again = { turkiye: await onSite(turkiye, pathname), azerbaijan: await onSite(azerbaijan, pathname) }
        if (again.turkiye.headers.get('x-cache') === 'HIT' && again.azerbaijan.headers.get('x-cache') === 'HIT') break
        if (attempt < 3) for (const response of [...Object.values(first), ...Object.values(again)]) await response.arrayBuffer()
      }
      if (!first || !again) throw new Error('no reads')
      for (const site of ['turkiye', 'azerbaijan'] as const) {
        const [html, repeat] = [await first[site].text(), await again[site].text()]
        expect([pathname, site, first[site].status, first[site].headers.get('x-cache'), siteOf(html)]).toEqual([pathname, site, 200, 'MISS', site])
        expect([pathname, site, again[site].headers.get('x-cache'), siteOf(repeat), repeat === html]).toEqual([pathname, site, 'HIT', site, true])
      }
    }
  })

  it("cannot be made to cache one site's page for another site's readers with a crafted Host or X-Forwarded-Host", async () => {
    // nginx keys its copies by the Host the reader sent and passes that Host on, with no
    // X-Forwarded-Host (deploy/nginx/kopru.conf): the app, which believes the proxy's forwarding
    // headers, picks the site by that same Host. Had a client's X-Forwarded-Host reached the
    // app, this request would have put Türkiye's page under Azerbaijan's key, and the other way round.
    for (const [origin, forwarded, served] of [
      [azerbaijan, `localhost:${port}`, 'azerbaijan'],
      [turkiye, `az.localhost:${port}`, 'turkiye'],
    ] as const) {
      expect((await purge()).status).toBe(200)
      const crafted = await onSite(origin, '/en', { 'X-Forwarded-Host': forwarded })
      expect([origin, forwarded, crafted.status, crafted.headers.get('x-cache'), siteOf(await crafted.text())]).toEqual([origin, forwarded, 200, 'MISS', served])
      // After it, each site's plain readers: the crafted request's copy for its own host's
      // readers, their own site's page for the others.
      for (const [reader, site] of [
        [turkiye, 'turkiye'],
        [azerbaijan, 'azerbaijan'],
      ] as const) {
        const plain = await onSite(reader, '/en')
        expect([origin, forwarded, reader, plain.status, siteOf(await plain.text()), plain.headers.get('x-cache')]).toEqual([
          origin,
          forwarded,
          reader,
          200,
          site,
          reader === origin ? 'HIT' : 'MISS',
        ])
      }
    }
  })

  it('answers a host that is no site with a plain 404 that it does not keep', async () => {
    for (const host of [`no-such-site.localhost:${port}`, 'evil.example', `127.0.0.2:${port}`]) {
      for (const attempt of ['first', 'again']) {
        const response = await rawGet(`${proxy}/en`, { Host: host })
        expect([host, attempt, response.status, response.headers['cache-control'], response.headers['x-cache']]).toEqual([host, attempt, 404, 'no-store', 'MISS'])
        expect(response.body.toString('utf8')).toMatch(/^No such site/)
      }
    }
  })

  it('shows a publish through the proxy at once: the app purges its cache', async () => {
    const token = await login('editor')
    const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    // Warm the cache: the home page and the news feed are cached hits before the change.
    for (const pathname of ['/en', '/api/v1/news?limit=5']) {
      await through(pathname)
      expect((await through(pathname)).headers.get('x-cache')).toBe('HIT')
    }
    const { docs } = (await (await fetch(`${base()}/api/countries?where[isoCode][equals]=TR&depth=0`)).json()) as { docs: { id: number }[] }
    const title = `Proxy freshness check ${Date.now()}`
    const started = Date.now()
    const created = await fetch(`${base()}/api/news`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title, excerpt: 'Through the cache.', publishedDate: new Date().toISOString(), country: docs[0].id, _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const seen: Record<string, number> = {}
    for (const pathname of ['/en', '/api/v1/news?limit=5']) {
      for (;;) {
        if ((await (await through(pathname)).text()).includes(title)) break
        if (Date.now() - started > 10_000) throw new Error(`${pathname} still shows the cached version after 10 s`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      seen[pathname] = Date.now() - started
    }
    // The save's follow-up (lib/cache/revalidate.ts, followUpMs: 1.5 s after it) purges once
    // more: seconds after the save, not minutes. On SQLite, Payload's data loader leaves `{}` as
    // the save's transaction, which was waited on for 2 minutes: every save emptied the caches
    // again 2 minutes later, and this file's second reads were MISSes after the suites that write.
    let cachedAt: number | undefined
    let followedUpAt: number | undefined
    while (followedUpAt === undefined && Date.now() - started < 10_000) {
      const cache = (await through('/en')).headers.get('x-cache')
      if (cache === 'HIT') cachedAt ??= Date.now() - started
      // (Before 1 s: the save's own purge, landing after a read.)
      else if (cachedAt !== undefined && Date.now() - started >= 1000) followedUpAt = Date.now() - started
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    console.log(`publish to live through the proxy (ms after the POST was sent): ${JSON.stringify({ ...seen, cachedAt, followedUpAt })}`)
    expect({ cachedAt, followedUpAt }).toEqual({ cachedAt: expect.any(Number), followedUpAt: expect.any(Number) })
    // Cached again once the follow-ups have passed. Read until a second read is a HIT: a MISS
    // seen after 1 s may be an earlier purge, with the follow-up itself still on its way (CI,
    // 2026-12-06: the MISS at 1,125 ms, and a read 500 ms later missed again).
    let again: string | null = null
    for (const until = Date.now() + 5000; again !== 'HIT' && Date.now() < until;) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      await through('/en')
      again = (await through('/en')).headers.get('x-cache')
    }
    expect(again).toBe('HIT')
  })

  it('leaves the Türkiye site’s copies while the Azerbaijan site is edited: a purge names the sites a change reaches', async () => {
    // The previous test published: let its follow-up purge (1.5 s after it) pass.
    await new Promise((resolve) => setTimeout(resolve, 2500))
    const editor = demoUsers.find((user) => user.email === 'editor.az@kopru.example')!
    const signedIn = await fetch(`${base()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: editor.email, password: editor.password }),
    })
    const auth = { Authorization: `JWT ${((await signedIn.json()) as { token: string }).token}`, 'Content-Type': 'application/json' }
    const turkiyePages = [
      [turkiye, '/en'],
      [turkiye, '/tr/haberler'],
      [proxy, '/en/news'],
    ] as const
    const warm: string[] = []
    for (const [origin, pathname] of turkiyePages) {
      await onSite(origin, pathname)
      const again = await onSite(origin, pathname)
      expect([origin, pathname, again.headers.get('x-cache')]).toEqual([origin, pathname, 'HIT'])
      warm.push(await again.text())
    }
    // The app's own page cache, behind the proxy, as well.
    await fetch(`${base()}/en/news`)
    expect((await fetch(`${base()}/en/news`)).headers.get('x-page-cache')).toBe('hit')
    await onSite(azerbaijan, '/en/news')
    expect((await onSite(azerbaijan, '/en/news')).headers.get('x-cache')).toBe('HIT')

    const { docs } = (await (await fetch(`${base()}/api/countries?where[isoCode][equals]=AZ&depth=0`)).json()) as { docs: { id: number }[] }
    const title = `Baku edit ${Date.now()}`
    const started = Date.now()
    const created = await fetch(`${base()}/api/news`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title, excerpt: 'On the Azerbaijan site only.', publishedDate: new Date().toISOString(), country: docs[0].id, _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    // Seen at once on its own site, and edited again.
    while (!(await (await onSite(azerbaijan, '/en/news')).text()).includes(title)) {
      if (Date.now() - started > 10_000) throw new Error('the Azerbaijan site still shows its cached news list after 10 s')
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const liveMs = Date.now() - started
    const edited = await fetch(`${base()}/api/news/${doc.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title: `${title} (edited)`, _status: 'published' }) })
    expect(edited.status).toBe(200)
    // Past both saves' follow-ups (followUpMs, 1.5 s): every purge they set off has landed.
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(await (await onSite(azerbaijan, '/en/news')).text()).toContain(`${title} (edited)`)
    for (const [i, [origin, pathname]] of turkiyePages.entries()) {
      const response = await onSite(origin, pathname)
      expect([origin, pathname, response.headers.get('x-cache')]).toEqual([origin, pathname, 'HIT'])
      expect((await response.text()) === warm[i]).toBe(true)
    }
    expect((await fetch(`${base()}/en/news`)).headers.get('x-page-cache')).toBe('hit')
    console.log(`Baku publish to live on its own site through the proxy: ${liveMs} ms; the Türkiye site's copies kept`)
  })

  it('keeps one copy per encoding: a reader without gzip or br gets the page uncompressed', async () => {
    const raw = (encoding: string, pathname = '/en/news') =>
      new Promise<{ encoding?: string; cache?: string; body: Buffer }>((resolve, reject) => {
        // node:http, not fetch: fetch always asks for compression and decodes what it gets.
        http
          .get(`${proxy}${pathname}`, { headers: { 'Accept-Encoding': encoding } }, (response) => {
            const chunks: Buffer[] = []
            response.on('data', (chunk: Buffer) => chunks.push(chunk))
            response.on('end', () => resolve({ encoding: response.headers['content-encoding'], cache: response.headers['x-cache'] as string, body: Buffer.concat(chunks) }))
          })
          .on('error', reject)
      })
    // A coding with q=0 is refused (RFC 9110): the proxy's Lua reads the header as the app does.
    for (const [asked, expected] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['identity', undefined],
      ['gzip, br;q=0', 'gzip'],
      ['br;q=0, gzip;q=0', undefined],
      ['*', 'br'],
    ] as const) {
      await raw(asked)
      const again = await raw(asked)
      expect([asked, again.cache, again.encoding]).toEqual([asked, 'HIT', expected])
      if (!expected) expect(again.body.toString('utf8')).toMatch(/^<!DOCTYPE html>/i)
    }
    // The site's stylesheet (Next serves its static files as gzip, not br) still comes
    // compressed to a browser that takes both.
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec((await raw('identity')).body.toString('utf8'))?.[1]
    expect(css).toBeDefined()
    expect((await raw('gzip, deflate, br, zstd', css)).encoding).toBe('gzip')
  })

  it('sends HSTS only to readers who came over HTTPS, from the same cached copy', async () => {
    await through('/tr')
    const overHttps = await through('/tr', { 'X-Forwarded-Proto': 'https' })
    expect([overHttps.headers.get('x-cache'), overHttps.headers.get('strict-transport-security')]).toEqual(['HIT', 'max-age=63072000; includeSubDomains'])
    const plain = await through('/tr')
    expect([plain.headers.get('x-cache'), plain.headers.get('strict-transport-security')]).toEqual(['HIT', null])
  })

  it('takes purges only on its own port, and only as a POST', async () => {
    const purge = `http://127.0.0.1:${purgePort}/_cache/purge`
    // The previous test published: its follow-up purge comes 1.5 s later (lib/cache/revalidate.ts)
    // and, on a loaded machine, landed between the two reads below (a MISS in CI).
    await new Promise((resolve) => setTimeout(resolve, 2000))
    await through('/en/programmes')
    expect((await through('/en/programmes')).headers.get('x-cache')).toBe('HIT')
    // The readers' port does not know the address: it is the app's, and purges nothing.
    expect((await fetch(`${proxy}/_cache/purge`, { method: 'POST' })).status).not.toBe(200)
    expect((await through('/en/programmes')).headers.get('x-cache')).toBe('HIT')
    expect((await fetch(purge)).status).toBe(405)
    const purged = await fetch(purge, { method: 'POST' })
    expect([purged.status, await purged.text()]).toEqual([200, expect.stringMatching(/^purged: cache generation \d+/)])
    expect((await through('/en/programmes')).headers.get('x-cache')).toBe('MISS')
    expect((await fetch(`http://127.0.0.1:${purgePort}/_cache/health`)).status).toBe(200)
  })

  it('keeps one copy of an optimised image per format the browser takes (Next answers with Vary: Accept)', async () => {
    // The Baku round table is the demo article with a picture: on the Azerbaijan site.
    const html = await (await onSite(azerbaijan, '/en/news/baku-round-table-on-the-day-against-trafficking')).text()
    const image = /src="(\/_next\/image\?[^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&')
    expect(image).toBeDefined()
    const formats = [
      // First, so that it would make the copy Chromium gets if the two shared one.
      ['image/avif,image/*;q=0.8', 'image/png'],
      // Chromium's Accept; next.config.ts lists no AVIF, so Next picks WebP for it.
      ['image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8', 'image/webp'],
      ['image/webp,*/*', 'image/webp'],
      ['image/png,image/*;q=0.8', 'image/png'],
    ] as const
    for (const round of ['first', 'again']) {
      for (const [accept, type] of formats) {
        const response = await onSite(azerbaijan, image!, { Accept: accept })
        expect([round, accept, response.status, response.headers.get('content-type')]).toEqual([round, accept, 200, type])
        await response.arrayBuffer()
      }
    }
  })

  it('serves no copy from before a restart (it may show what was since unpublished)', async () => {
    // From a fresh start with no purge since, so that only the restart can tell the copies apart.
    // Cached within three reads: a purge from an earlier test's write (a follow-up, a due
    // schedule) may land between two reads and empty the cache once (CI saw a MISS here once,
    // after the whole e2e suite; alone the test passed).
    const cachedSoon = async () => {
      const seen: Array<string | null> = []
      for (let attempt = 0; attempt < 3 && seen.at(-1) !== 'HIT'; attempt++) seen.push((await onSite(azerbaijan, '/en/countries/azerbaijan')).headers.get('x-cache'))
      return seen
    }
    await stop()
    await start()
    await onSite(azerbaijan, '/en/countries/azerbaijan')
    expect((await cachedSoon()).at(-1)).toBe('HIT')
    await stop()
    await start()
    // Same cache directory, so the copy is still on disk; a new generation never reads it.
    expect((await onSite(azerbaijan, '/en/countries/azerbaijan')).headers.get('x-cache')).toBe('MISS')
    expect((await cachedSoon()).at(-1)).toBe('HIT')
  })
})
