import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { itemSchemas, type ApiCollection } from '@/lib/api/v1/schemas'
import { seed } from '@/lib/seed'
import { createUser, startPayload } from '@/tests/helpers/payload'

/**
 * The partner API's handlers, in process on the seeded demo content: shapes, filters,
 * pagination, the language a document is served in, errors, ETags, keys and limits.
 * (The same API over HTTP, against the OpenAPI document, is tested in tests/e2e/partner-api.)
 */

type Route = {
  GET: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
  POST: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
  OPTIONS: () => Promise<Response>
}
type Envelope = { data: Record<string, unknown>[]; totalCount: number; count: number; page: number; totalPages: number; links: Record<string, string | null> }
type ErrorBody = { error: string; details: string[] }

let payload: Payload
let list: Route
let item: Route
let ip = 0

beforeAll(async () => {
  payload = await startPayload()
  await seed(payload, { demo: false })
  list = (await import('@/app/(frontend)/api/v1/[collection]/route')) as unknown as Route
  item = (await import('@/app/(frontend)/api/v1/[collection]/[key]/route')) as unknown as Route
})

afterAll(async () => {
  await payload?.destroy()
})

/** Each call comes from its own address unless one is given, so only the rate-limit tests meet the limit. */
async function call(path: string, headers: Record<string, string> = {}) {
  const url = new URL(`http://localhost:3000/api/v1/${path}`)
  const [collection, key] = url.pathname.replace('/api/v1/', '').split('/').map(decodeURIComponent)
  const request = new Request(url, { headers: { 'x-forwarded-for': `10.0.${Math.floor(ip / 250)}.${(ip++ % 250) + 1}`, ...headers } })
  const response =
    key === undefined ? await list.GET(request, { params: Promise.resolve({ collection }) }) : await item.GET(request, { params: Promise.resolve({ collection, key }) })
  const text = await response.text()
  const json = response.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : undefined
  return { status: response.status, headers: response.headers, text, json }
}

const page = async (path: string, headers?: Record<string, string>) => {
  const result = await call(path, headers)
  expect([path, result.status]).toEqual([path, 200])
  return result.json as Envelope
}

describe('partner API: lists', () => {
  it.each(['news', 'statements', 'programmes', 'facts', 'countries'] as ApiCollection[])('lists published %s in the documented shape', async (collection) => {
    const body = await page(`${collection}?lang=tr&limit=100`)
    expect(body.totalCount).toBeGreaterThan(0)
    expect(body.count).toBe(body.data.length)
    for (const doc of body.data) expect(itemSchemas[collection].strict().safeParse(doc).error).toBeUndefined()
    expect(body.links.self).toBe(`http://localhost:3000/api/v1/${collection}?lang=tr&limit=100`)
  })

  it('never lists a draft, in any language or with any filter', async () => {
    for (const query of ['lang=en', 'lang=tr', 'lang=en&q=seasonal', 'lang=tr&q=mevsimlik', 'lang=en&country=TR&limit=100']) {
      const { data } = await page(`news?${query}`)
      expect(JSON.stringify(data)).not.toMatch(/seasonal workers|mevsimlik/i)
    }
    expect((await call('news/draft-awareness-campaign-for-seasonal-workers')).status).toBe(404)
  })

  it('says which language each item is served in, and whether it fell back', async () => {
    const english = await page('news?lang=en&limit=100')
    expect(english.data.every((doc) => doc.servedLocale === 'en' && doc.fallback === false)).toBe(true)
    const turkish = await page('news?lang=tr&limit=100')
    const translated = turkish.data.filter((doc) => !doc.fallback)
    expect(translated.length).toBeGreaterThan(0)
    expect(translated.every((doc) => doc.servedLocale === 'tr')).toBe(true)
    const baku = turkish.data.find((doc) => String(doc.title).startsWith('Bakü'))
    expect(baku).toMatchObject({ servedLocale: 'tr', fallback: false, dateline: 'Bakü', country: { isoCode: 'AZ' } })
    // Its page is on its office's site, which has no Turkish: the page in that site's default language.
    expect(String(baku?.url)).toBe('http://az.localhost:3000/en/news/baku-round-table-on-the-day-against-trafficking')
    expect(String(baku?.body)).toContain('<p>28 Temmuz 2022’de Bakü ofisimiz')
  })

  it('serves Azerbaijani (lang=az) and links each item to its page on its own office’s site', async () => {
    const azerbaijani = await page('news?lang=az&limit=100')
    const baku = azerbaijani.data.find((doc) => (doc.country as { isoCode?: string } | null)?.isoCode === 'AZ' && !doc.fallback)
    expect(baku).toMatchObject({ servedLocale: 'az', fallback: false })
    expect(String(baku?.url)).toMatch(/^http:\/\/az\.localhost:3000\/az\/xeberler\//)
    const english = await page('news?lang=en&limit=100')
    const urls = english.data.map((doc) => [(doc.country as { isoCode?: string } | null)?.isoCode, new URL(String(doc.url)).origin])
    expect(new Set(urls.map(([office, origin]) => `${office} ${origin}`))).toEqual(new Set(['TR http://localhost:3000', 'AZ http://az.localhost:3000']))
  })

  it('filters by country, programme, kind, date range, update time and full text', async () => {
    const all = (await page('news?limit=100')).data
    const az = (await page('news?country=az&limit=100')).data
    expect(az.length).toBeGreaterThan(0)
    expect(az.length).toBe(all.filter((doc) => (doc.country as { isoCode: string } | null)?.isoCode === 'AZ').length)

    const trafficking = (await page('news?programme=counter-trafficking&limit=100')).data
    expect(trafficking.length).toBe(all.filter((doc) => (doc.programmes as { slug: string }[]).some((p) => p.slug === 'counter-trafficking')).length)
    const bySlugTr = (await page('programmes?limit=100&lang=tr')).data.find((doc) => doc.title && (doc as { slug: string }).slug !== 'counter-trafficking')
    expect(bySlugTr).toBeDefined()

    const speeches = (await page('statements?kind=speech&limit=100')).data
    expect(speeches.length).toBeGreaterThan(0)
    expect(speeches.every((doc) => doc.kind === 'speech')).toBe(true)

    const july2022 = (await page('news?from=2022-07-01&to=2022-07-31&limit=100')).data
    expect(july2022.map((doc) => doc.publishedDate)).toEqual(all.map((doc) => doc.publishedDate).filter((date) => String(date).startsWith('2022-07')))
    expect((await page('news?to=2022-07-28&limit=100')).data.some((doc) => String(doc.publishedDate).startsWith('2022-07-28'))).toBe(true)

    expect((await page('news?updatedSince=2999-01-01T00:00:00Z')).totalCount).toBe(0)
    expect((await page('news?updatedSince=2000-01-01&limit=100')).totalCount).toBe(all.length)

    const gocmen = (await page('news?lang=tr&q=GÖÇMEN&limit=100')).data
    const folded = (await page('news?lang=tr&q=gocmen&limit=100')).data
    expect(folded.map((doc) => doc.id)).toEqual(gocmen.map((doc) => doc.id))
    expect((await page('news?lang=en&q=round%20table')).data.map((doc) => doc.title)).toContain('Baku round table on the Day against Trafficking')

    const facts = (await page('facts?scope=country&country=AZ&limit=100')).data
    expect(facts.length).toBeGreaterThan(0)
    expect(facts.every((doc) => doc.scope === 'country' && (doc.country as { isoCode: string }).isoCode === 'AZ')).toBe(true)
    // Non-empty, so that "every" means something, and the filter must have left something out:
    // the demo's programmes are all active, so one completed is added here.
    const tr = (await payload.find({ collection: 'countries', where: { isoCode: { equals: 'TR' } }, limit: 1, depth: 0 })).docs[0]
    await payload.create({
      collection: 'programmes',
      data: {
        title: 'Earthquake response 2023',
        summary: 'Shelter and protection after the February 2023 earthquakes.',
        status: 'completed',
        countries: [tr.id],
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    const active = (await page('programmes?country=TR&status=active&limit=100')).data
    const everyStatus = (await page('programmes?country=TR&limit=100')).data
    expect(active.length).toBeGreaterThan(0)
    expect(active.every((doc) => doc.status === 'active')).toBe(true)
    expect(everyStatus.filter((doc) => doc.status !== 'active').length).toBeGreaterThan(0)
    expect(active.map((doc) => doc.id).sort()).toEqual(
      everyStatus
        .filter((doc) => doc.status === 'active')
        .map((doc) => doc.id)
        .sort(),
    )
  })

  it('picks fields, keeping id, servedLocale and fallback', async () => {
    const body = await page('news?fields=title,url&lang=tr')
    for (const doc of body.data) expect(Object.keys(doc).sort()).toEqual(['fallback', 'id', 'servedLocale', 'title', 'url'])
  })

  it('walks every page and meets each published document exactly once, in a stable order', async () => {
    for (const sort of ['-date', 'date', 'updatedAt', '-updatedAt']) {
      const seen: unknown[] = []
      let url: string | null = `news?limit=1&sort=${sort}`
      let total = 0
      while (url) {
        const body: Envelope = await page(url)
        total = body.totalCount
        seen.push(...body.data.map((doc) => doc.id))
        url = body.links.next ? body.links.next.replace('http://localhost:3000/api/v1/', '') : null
      }
      expect(new Set(seen).size).toBe(seen.length)
      expect(seen.length).toBe(total)
    }
    const first = await page('news?limit=2&page=1')
    expect(first.links.prev).toBeNull()
    const last = await page(`news?limit=2&page=${first.totalPages}`)
    expect(last.links.next).toBeNull()
    expect(last.links.prev).toBe(`http://localhost:3000/api/v1/news?limit=2${first.totalPages - 1 > 1 ? `&page=${first.totalPages - 1}` : ''}`)
  })
})

describe('partner API: one document', () => {
  it('finds a document by id and by its slug in either language', async () => {
    const [doc] = (await page('news?lang=tr&fields=slug')).data
    const { json: byId } = await call(`news/${doc.id}?lang=tr`)
    const english = (await call(`news/${doc.id}?lang=en`)).json.data
    expect(byId.data.id).toBe(doc.id)
    expect((await call(`news/${english.slug}?lang=tr`)).json.data.id).toBe(doc.id)
    expect((await call(`news/${byId.data.slug}?lang=en`)).json.data.id).toBe(doc.id)
    const [fact] = (await page('facts')).data
    expect((await call(`facts/${fact.id}?fields=value`)).json.data).toEqual({ id: fact.id, servedLocale: 'en', fallback: false, value: fact.value })
  })

  it('answers unknown documents and collections with a 404 that says where to look', async () => {
    for (const path of ['news/no-such-story', 'news/999999', 'news/0123456789abcdef01234567', 'facts/not-an-id', 'users', 'users/1', 'search']) {
      const { status, json } = await call(path)
      expect([path, status]).toEqual([path, 404])
      expect((json as ErrorBody).details[0]).toMatch(/api\/v1|collections are/)
    }
  })
})

describe('partner API: bad input', () => {
  it.each([
    ['news?limit=-1', 'limit must be a whole number from 1 to 100'],
    ['news?limit=101', 'limit must be from 1 to 100'],
    ['news?limit=99999999999', 'limit must be a whole number from 1 to 100'],
    ['news?page=0', 'page must be from 1 to 100000'],
    ['news?depth=50', 'unknown parameter depth'],
    ['news?lang=fr', 'lang must be one of en, tr'],
    ['news?locale=tr', 'unknown parameter locale'],
    ['news?where[title][equals]=x', 'unknown parameter where[title][equals]'],
    ['news?where[_status][not_equals]=published', 'unknown parameter where[_status][not_equals]'],
    ['news?draft=true', 'unknown parameter draft'],
    ['news?country=Turkey', 'country must be a two-letter ISO 3166 code'],
    ['news?country=FR', 'country: no country office has the code FR; the offices are AZ, TR'],
    ['news?programme=nope', 'programme: no published programme has the slug "nope"'],
    ['news?programme=../etc', 'programme must be a programme slug'],
    ['statements?kind=tweet', 'kind must be one of statement, press-release, message, speech'],
    ['news?kind=speech', 'unknown parameter kind'],
    ['news?from=2024-13-45', 'from must be an ISO 8601 date'],
    ['news?to=yesterday', 'to must be an ISO 8601 date'],
    ['news?updatedSince=2024-02-30', 'updatedSince must be an ISO 8601 date'],
    ['news?sort=title', 'sort must be one of -date, date, -updatedAt, updatedAt'],
    ['news?fields=title,reviewComment', 'fields must be a comma-separated list of'],
    ['news?fields=', 'fields must be a comma-separated list of'],
    [`news?q=${'x'.repeat(201)}`, 'q is longer than 200 characters'],
    ['news?q=%00', 'q contains control characters'],
    ['news?q=%ED%A0%80', 'q contains control characters or bytes that are not UTF-8'],
    ['news?q=%FF', 'q contains control characters or bytes that are not UTF-8'],
    ['news?limit=5&limit=6', 'limit is given 2 times; give it once'],
    ['news.rss?fields=title', 'fields does not apply to a feed'],
    [`news/${'a'.repeat(300)}`, 'at most 200 characters'],
  ])('%s → 400 that says how to fix it', async (path, message) => {
    const { status, json, headers } = await call(path)
    expect(status).toBe(400)
    expect(headers.get('cache-control')).toBe('no-store')
    expect((json as ErrorBody).error).toBe('Invalid query parameters.')
    expect((json as ErrorBody).details.join('\n')).toContain(message)
  })

  it('refuses writes with 405 and allows cross-origin reads only', async () => {
    const response = await list.POST(new Request('http://localhost:3000/api/v1/news', { method: 'POST', body: '{}' }), { params: Promise.resolve({ collection: 'news' }) })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    const preflight = await list.OPTIONS()
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS')
    const { headers } = await call('news')
    expect(headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('partner API: HTTP caching', () => {
  it('sends an ETag and Cache-Control, answers If-None-Match with 304, and changes the ETag when content changes', async () => {
    const first = await call('countries?lang=en')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]{20,}"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate, s-maxage=60, stale-while-revalidate=300')
    const again = await call('countries?lang=en', { 'If-None-Match': etag as string })
    expect(again.status).toBe(304)
    expect(again.text).toBe('')
    expect((await call('countries?lang=en', { 'If-None-Match': `W/${etag}, "other"` })).status).toBe(304)
    expect((await call('countries?lang=tr', { 'If-None-Match': etag as string })).status).toBe(200)

    const [country] = (await payload.find({ collection: 'countries', limit: 1, depth: 0 })).docs
    await payload.update({ collection: 'countries', id: country.id, data: { presenceSince: (country.presenceSince ?? 2000) + 1 }, locale: 'en' })
    const changed = await call('countries?lang=en', { 'If-None-Match': etag as string })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
  })
})

describe('partner API: keys and rate limits', () => {
  it('counts anonymous clients per address and answers 429 with Retry-After past the limit', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9' }
    let last = await call('countries?fields=name', headers)
    expect(last.headers.get('ratelimit-limit')).toBe('60')
    expect(last.headers.get('ratelimit-remaining')).toBe('59')
    for (let i = 0; i < 59; i += 1) last = await call('countries?fields=name', headers)
    expect(last.status).toBe(200)
    expect(last.headers.get('ratelimit-remaining')).toBe('0')
    const refused = await call('countries?fields=name', headers)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((refused.json as ErrorBody).details.join(' ')).toMatch(/60 requests every 60 seconds/)
    // Another client is not affected.
    expect((await call('countries?fields=name', { 'x-forwarded-for': '203.0.113.10' })).status).toBe(200)
  })

  it('recognises a partner’s API key (higher rate) and refuses an unknown key with 401', async () => {
    // The first account of a database becomes an admin, and keys are for partner accounts only.
    await createUser(payload, ['admin'], 'first-admin@test.example')
    const partner = await createUser(payload, ['partner'], 'partner@test.example')
    const apiKey = 'a1b2c3d4-partner-test-key-0000000001'
    await payload.update({ collection: 'users', id: partner.id, data: { enableAPIKey: true, apiKey } as never, overrideAccess: true })
    const headers = { 'x-forwarded-for': '203.0.113.9', Authorization: `users API-Key ${apiKey}` }
    const keyed = await call('countries?fields=name', headers)
    expect(keyed.status).toBe(200)
    expect(keyed.headers.get('ratelimit-limit')).toBe('1200')

    const wrong = await call('countries', { Authorization: 'users API-Key not-a-key' })
    expect(wrong.status).toBe(401)
    expect((wrong.json as ErrorBody).details[0]).toMatch(/users API-Key <key>/)
  })
})

describe('partner API: database faults', () => {
  it('answers 503 JSON with Retry-After while the database is unreachable, and recovers', async () => {
    const find = payload.db.find
    const logged = jest.spyOn(console, 'error').mockImplementation(() => {})
    payload.db.find = async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:27017'), { name: 'MongoNetworkError' })
    }
    try {
      // A query no earlier test sent (a cached answer would be served without the database).
      const { status, json, headers, text } = await call('news?updatedSince=2001-02-03T00:00:00Z')
      expect(status).toBe(503)
      expect(headers.get('retry-after')).toBe('5')
      expect((json as ErrorBody).error).toBe('The content database is unavailable.')
      expect(text).not.toMatch(/at .*\.(ts|js):\d+/)
      expect(logged).toHaveBeenCalledWith('[api/v1] database unavailable:', 'connect ECONNREFUSED 127.0.0.1:27017')
      // The breaker: for DATABASE_RETRY_MS (300 ms here) reads fail at once, sending no query.
      let queried = 0
      payload.db.find = (async (...args: Parameters<typeof find>) => {
        queried += 1
        return find.apply(payload.db, args)
      }) as typeof find
      expect((await call('news?updatedSince=2001-02-03T00:00:00Z&page=2')).status).toBe(503)
      expect(queried).toBe(0)
    } finally {
      payload.db.find = find
      logged.mockRestore()
    }
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect((await call('news?updatedSince=2001-02-03T00:00:00Z')).status).toBe(200)
  })
})
