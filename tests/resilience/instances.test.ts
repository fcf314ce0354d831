/**
 * Two app instances on one database and one Redis (REDIS_URL): what an editor saves through
 * either instance is what both serve, at once. Without the shared cache handler
 * (lib/cache/handler.mjs) the other instance keeps its own rendered copy and serves the old
 * version until it restarts. The pages are the Baku office's, on the Azerbaijan site of the
 * demo seed (az. before the instance's host: lib/seed/sites.ts); the API is on SERVER_URL.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'

import { createClient } from '@redis/client'

import { demoUsers } from '@/lib/seed/data'
import { freePort, startRedis } from '@/tests/helpers/net'
import { azerbaijanBase, siteFetch } from '@/tests/helpers/sites'
import { migrateAndSeed, serverEnvironment, startServer, stopServer } from '@/tests/setup/server.js'

type Started = { server: ChildProcess; base: string }

let redis: Awaited<ReturnType<typeof startRedis>>
const instances: Started[] = []

beforeAll(async () => {
  redis = await startRedis()
  const ports = [await freePort(), await freePort()]
  const { env } = serverEnvironment(ports[0], { REDIS_URL: redis.url, RATE_LIMIT_ANONYMOUS: '100000' })
  migrateAndSeed(env)
  for (const port of ports) {
    instances.push(await startServer(port, { ...env, SERVER_URL: `http://localhost:${port}` }))
  }
}, 180_000)

afterAll(() => {
  for (const { server } of instances) stopServer(server)
  redis?.process.kill()
})

/** A page of the Azerbaijan site, as served by the instance at `base`. */
async function html(base: string, pathname: string): Promise<{ status: number; title: string | undefined; body: string }> {
  const response = await siteFetch(`${azerbaijanBase(base)}${pathname}`)
  const body = await response.text()
  return { status: response.status, title: body.match(/<title>([^<]*)<\/title>/)?.[1], body }
}

async function signIn(base: string): Promise<Record<string, string>> {
  const admin = demoUsers.find((user) => user.email === 'admin@kopru.example')!
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
}

/** Polls until every page shows `text` on `base` (or is gone when `text` is null). */
async function shownEverywhere(base: string, pages: string[], text: string | null, timeoutMs = 5000): Promise<number> {
  const started = Date.now()
  for (;;) {
    const results = await Promise.all(pages.map((page) => html(base, page)))
    const done = results.every((result) => (text === null ? result.status === 404 : result.status === 200 && result.body.includes(text)))
    if (done) return Date.now() - started
    if (Date.now() - started > timeoutMs) {
      return Promise.reject(new Error(`${base}: after ${timeoutMs} ms, ${pages.map((page, i) => `${page} ${results[i].status} "${results[i].title}"`).join('; ')}`))
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const slug = 'baku-round-table-on-the-day-against-trafficking'
const pages = [`/en/news/${slug}`, '/en/news', '/en', '/en/countries/azerbaijan']
const feed = '/en/news/rss'

describe('two app instances sharing Redis', () => {
  it('keep their rendered pages and reads in Redis, under this build', async () => {
    for (const { base } of instances) for (const page of pages) expect([page, (await html(base, page)).status]).toEqual([page, 200])
    const client = createClient({ url: redis.url })
    await client.connect()
    const buildId = fs.readFileSync('.next/BUILD_ID', 'utf8').trim()
    const keys = await client.keys(`kopru:${buildId}:*`)
    await client.quit()
    expect(keys.length).toBeGreaterThan(pages.length)
  })

  it('drop the partner API answers server.mjs keeps (with a key and without) on both, whichever instance saved', async () => {
    const [a, b] = instances
    const auth = await signIn(a.base)
    const partner = demoUsers.find((user) => user.roles.includes('partner' as never))!
    const { docs: users } = (await (await fetch(`${a.base}/api/users?where[email][equals]=${partner.email}`, { headers: auth })).json()) as { docs: { id: number }[] }
    const apiKey = 'resilience-partner-key-0123456789'
    expect((await fetch(`${a.base}/api/users/${users[0].id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ enableAPIKey: true, apiKey }) })).status).toBe(200)
    const { docs } = (await (await fetch(`${a.base}/api/news?where[slug][equals]=${slug}&depth=0`, { headers: auth })).json()) as { docs: { id: number }[] }
    const item = `/api/v1/news/${docs[0].id}?lang=en`
    const readers: Record<string, string>[] = [{ Authorization: `users API-Key ${apiKey}` }, {}]
    const read = async (base: string, headers: Record<string, string>) => {
      const response = await fetch(`${base}${item}`, { headers })
      return { cache: response.headers.get('x-api-cache'), title: ((await response.json()) as { data: { title: string } }).data.title }
    }
    // Both instances keep the answer: the second read of each is from server.mjs's cache.
    for (const { base } of instances) {
      for (const headers of readers) {
        await read(base, headers)
        expect([base, (await read(base, headers)).cache]).toEqual([base, 'hit'])
      }
    }
    const title = `Baku round table, for partners ${Date.now()}`
    expect((await fetch(`${a.base}/api/news/${docs[0].id}?locale=en`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title, _status: 'published' }) })).status).toBe(200)
    // The instance that did not save learns it through Redis: its kept answers go.
    const started = Date.now()
    for (const headers of readers) {
      for (;;) {
        if ((await read(b.base, headers)).title === title) break
        if (Date.now() - started > 5000) throw new Error(`${b.base}${item} still answers the old title after 5 s`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    for (const headers of readers) expect((await read(a.base, headers)).title).toBe(title)
    console.log(`The partner API's kept answers: fresh on the other instance after ${Date.now() - started} ms.`)
  })

  it('serve what an editor saved through either of them, at once', async () => {
    const [a, b] = instances
    // Both hold rendered copies of every page first. The feed is also in both page caches
    // (server.mjs), which only Redis's expiry channel can clear on the instance that did not
    // save. (Pages rendered by the other instance are not: Next knows a page's Cache-Control
    // only in the process that rendered it, so they come without one and are not kept.)
    for (const { base } of instances) for (const page of [...pages, feed]) await html(base, page)
    for (const { base } of instances) expect([base, (await siteFetch(`${azerbaijanBase(base)}${feed}`)).headers.get('x-page-cache')]).toEqual([base, 'hit'])

    const auth = await signIn(a.base)
    const { docs } = (await (await fetch(`${a.base}/api/news?where[slug][equals]=${slug}&depth=0`, { headers: auth })).json()) as { docs: { id: number }[] }
    const id = docs[0].id

    const title = `Baku round table, edited on one instance ${Date.now()}`
    expect((await fetch(`${a.base}/api/news/${id}?locale=en`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title, _status: 'published' }) })).status).toBe(200)
    const onB = await shownEverywhere(b.base, [...pages, feed], title)
    const onA = await shownEverywhere(a.base, [...pages, feed], title)

    // And the other way round: unpublished through B, gone from A.
    const authB = await signIn(b.base)
    await html(a.base, feed)
    expect((await siteFetch(`${azerbaijanBase(a.base)}${feed}`)).headers.get('x-page-cache')).toBe('hit')
    expect((await fetch(`${b.base}/api/news/${id}`, { method: 'PATCH', headers: authB, body: JSON.stringify({ _status: 'draft' }) })).status).toBe(200)
    const goneOnA = await shownEverywhere(a.base, [`/en/news/${slug}`], null)
    for (const page of ['/en/news', feed]) expect([page, (await html(a.base, page)).body]).toEqual([page, expect.not.stringContaining(title)])
    console.log(`Edit through A: fresh on B after ${onB} ms, on A after ${onA} ms; unpublish through B: gone from A after ${goneOnA} ms.`)
  })
})
