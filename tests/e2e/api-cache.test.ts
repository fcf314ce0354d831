/**
 * The partner API's answers from server.mjs's cache (lib/http/apiResponses.mjs), against a
 * production server of its own with low rate limits (the shared one allows 100,000 keyed reads):
 * a keyed repeat comes from the cache (X-Api-Cache: hit) with the headers Next sent, whatever
 * the order of the parameters; a publish empties it; an unknown key is still refused; the rate
 * limit counts every read once, from the cache or not, and refuses with Next's 429; 304 and HEAD
 * work; the changes feed and bad input never come from it.
 */
import type { ChildProcess } from 'node:child_process'

import { demoUsers } from '@/lib/seed/data'
import { freePort } from '@/tests/helpers/net'
import { migrateAndSeed, serverEnvironment, startServer, stopServer } from '@/tests/setup/server.js'

const keyedLimit = 40
const anonymousLimit = 30
const apiKey = 'e2e-cache-partner-key-0123456789abcdef'
const keyed = { Authorization: `users API-Key ${apiKey}` }

let server: ChildProcess
let base: string
let admin: Record<string, string>
let address = 0

/** Each anonymous read from its own address unless told: only the limit tests meet the limit. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return fetch(`${base}${path}`, { method, headers: { 'X-Forwarded-For': `10.7.${Math.floor(address / 250)}.${(address++ % 250) + 1}`, ...headers }, redirect: 'manual' })
}

beforeAll(async () => {
  const port = await freePort()
  const { env } = serverEnvironment(port, { RATE_LIMIT_KEYED: String(keyedLimit), RATE_LIMIT_ANONYMOUS: String(anonymousLimit) })
  migrateAndSeed(env)
  ;({ server, base } = await startServer(port, env))
  const adminUser = demoUsers.find((user) => user.roles.includes('admin'))!
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: adminUser.email, password: adminUser.password }),
  })
  admin = { Authorization: `JWT ${((await login.json()) as { token: string }).token}`, 'Content-Type': 'application/json' }
  const partner = demoUsers.find((user) => user.roles.includes('partner'))!
  const { docs } = (await (await fetch(`${base}/api/users?where[email][equals]=${partner.email}`, { headers: admin })).json()) as { docs: { id: number }[] }
  expect((await fetch(`${base}/api/users/${docs[0].id}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ enableAPIKey: true, apiKey }) })).status).toBe(200)
}, 180_000)

afterAll(() => stopServer(server))

/** Headers that differ between two answers of the same read: the count, the clock, the connection, the cache's mark. */
const perRead = new Set(['ratelimit-remaining', 'ratelimit-reset', 'date', 'x-api-cache', 'keep-alive', 'connection'])
const comparable = (response: Response) => Object.fromEntries([...response.headers].filter(([name]) => !perRead.has(name)))

describe('/api/v1 answers from server.mjs’s cache', () => {
  it('serves a keyed repeat from the cache, whatever the parameters’ order, with the headers and bytes Next sent', async () => {
    const first = await get('/api/v1/news?lang=en&limit=2', keyed)
    const firstBody = await first.text()
    expect([first.status, first.headers.get('x-api-cache')]).toEqual([200, null])
    const again = await get('/api/v1/news?limit=2&lang=en', keyed)
    expect([again.status, again.headers.get('x-api-cache')]).toEqual([200, 'hit'])
    expect(await again.text()).toBe(firstBody)
    expect(comparable(again)).toEqual(comparable(first))
    // What Next's handler sets is all there, with the count's own headers.
    expect(comparable(first)).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-expose-headers': expect.stringContaining('RateLimit-Remaining'),
      'cache-control': 'public, max-age=0, must-revalidate, s-maxage=60, stale-while-revalidate=300',
      'content-type': 'application/json; charset=utf-8',
      etag: expect.stringMatching(/^"[\w-]{27}"$/),
      'ratelimit-limit': String(keyedLimit),
      'ratelimit-policy': `${keyedLimit};w=60`,
      'x-content-type-options': 'nosniff',
      vary: expect.stringContaining('Accept-Encoding'),
    })
    expect(Number(again.headers.get('ratelimit-remaining'))).toBe(Number(first.headers.get('ratelimit-remaining')) - 1)
    // The links do not depend on the order either: the same bytes for the other order from Next.
    expect((JSON.parse(firstBody) as { links: { self: string } }).links.self).toMatch(/\/api\/v1\/news\?lang=en&limit=2$/)
    // Anonymous readers get the same answer, from the same entry.
    const anonymous = await get('/api/v1/news?limit=2&lang=en')
    expect([anonymous.headers.get('x-api-cache'), anonymous.headers.get('etag'), await anonymous.text()]).toEqual(['hit', first.headers.get('etag'), firstBody])
  })

  it('answers 304 for a current ETag and HEAD without a body, from the cache', async () => {
    const first = await get('/api/v1/statements?lang=tr', keyed)
    const length = (await first.arrayBuffer()).byteLength
    const etag = first.headers.get('etag')!
    const notModified = await get('/api/v1/statements?lang=tr', { ...keyed, 'If-None-Match': etag })
    expect([notModified.status, notModified.headers.get('x-api-cache'), notModified.headers.get('etag'), await notModified.text()]).toEqual([304, 'hit', etag, ''])
    expect(notModified.headers.get('ratelimit-remaining')).toMatch(/^\d+$/)
    const changed = await get('/api/v1/statements?lang=tr', { ...keyed, 'If-None-Match': '"something-else"' })
    expect([changed.status, changed.headers.get('x-api-cache')]).toEqual([200, 'hit'])
    const head = await get('/api/v1/statements?lang=tr', { ...keyed, 'Accept-Encoding': 'identity' }, 'HEAD')
    expect([head.status, head.headers.get('x-api-cache'), head.headers.get('content-length'), head.headers.get('etag'), await head.text()]).toEqual([
      200,
      'hit',
      String(length),
      etag,
      '',
    ])
  })

  it('still refuses an unknown key with a 401 once a good key’s read is cached', async () => {
    expect((await get('/api/v1/countries?lang=en', keyed)).status).toBe(200)
    expect((await get('/api/v1/countries?lang=en', keyed)).headers.get('x-api-cache')).toBe('hit')
    for (const authorization of [`users API-Key ${apiKey}x`, 'users API-Key not-a-real-key', `Bearer ${apiKey}`]) {
      const refused = await get('/api/v1/countries?lang=en', { Authorization: authorization })
      expect([authorization, refused.status, refused.headers.get('x-api-cache')]).toEqual([authorization, 401, null])
      expect(((await refused.json()) as { error: string }).error).toBe('The credentials were not recognised.')
    }
  })

  it('never keeps the changes feed or a refused query', async () => {
    for (const path of ['/api/v1/changes?limit=1', '/api/v1/news?limit=abc', '/api/v1/nothing', '/api/v1/%E0']) {
      for (let i = 0; i < 2; i++) {
        const response = await get(path, keyed)
        expect([path, response.headers.get('x-api-cache'), response.status < 500]).toEqual([path, null, true])
      }
    }
  })

  it('is emptied by a publish: the next read shows the new document', async () => {
    const path = '/api/v1/news?lang=en&limit=1&fields=title'
    await get(path, keyed)
    expect((await get(path, keyed)).headers.get('x-api-cache')).toBe('hit')
    const { docs } = (await (await fetch(`${base}/api/countries?where[isoCode][equals]=TR&depth=0`, { headers: admin })).json()) as { docs: { id: number }[] }
    const title = `Cached API, published ${Date.now()}`
    const created = await fetch(`${base}/api/news`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ title, excerpt: 'From the API cache test.', publishedDate: new Date().toISOString(), country: docs[0].id, _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const after = await get(path, keyed)
    expect([after.headers.get('x-api-cache'), ((await after.json()) as { data: { title: string }[] }).data[0].title]).toEqual([null, title])
  })

  it('counts every read of a key once, from the cache or from Next, and refuses past the limit with Next’s 429', async () => {
    // A key of its own (the tests above used the partner’s): the admin’s session, recognised like a key.
    const own = { Authorization: admin.Authorization }
    const remaining: number[] = []
    const fromCache: boolean[] = []
    let last: Response | undefined
    for (let i = 0; i < keyedLimit; i++) {
      // Every fourth read a query of its own (Next answers), the others repeats (the cache answers).
      last = await get(i % 4 === 0 ? `/api/v1/programmes?lang=en&limit=${1 + i}` : '/api/v1/programmes?lang=en', own)
      expect([i, last.status]).toEqual([i, 200])
      remaining.push(Number(last.headers.get('ratelimit-remaining')))
      fromCache.push(last.headers.get('x-api-cache') === 'hit')
    }
    expect(remaining).toEqual(Array.from({ length: keyedLimit }, (_, i) => keyedLimit - 1 - i))
    expect(fromCache.filter(Boolean).length).toBeGreaterThan(keyedLimit / 2)
    for (const path of ['/api/v1/programmes?lang=en', '/api/v1/programmes?lang=en&limit=99']) {
      const refused = await get(path, own)
      expect([path, refused.status, refused.headers.get('x-api-cache'), refused.headers.get('ratelimit-remaining')]).toEqual([path, 429, null, '0'])
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(refused.headers.get('cache-control')).toBe('no-store')
      expect(((await refused.json()) as { error: string }).error).toBe('Too many requests.')
    }
    // Per key: the partner’s key and anonymous readers are not refused.
    expect((await get('/api/v1/programmes?lang=en', keyed)).status).toBe(200)
    expect((await get('/api/v1/programmes?lang=en')).status).toBe(200)
  })

  it('counts anonymous readers per address, from the cache too', async () => {
    const from = { 'X-Forwarded-For': '10.6.6.6' }
    await get('/api/v1/facts?lang=en')
    const statuses: number[] = []
    for (let i = 0; i <= anonymousLimit; i++) statuses.push((await get('/api/v1/facts?lang=en', from)).status)
    expect(statuses).toEqual([...Array(anonymousLimit).fill(200), 429])
    expect((await get('/api/v1/facts?lang=en', { 'X-Forwarded-For': '10.6.6.7' })).headers.get('x-api-cache')).toBe('hit')
  })
})
