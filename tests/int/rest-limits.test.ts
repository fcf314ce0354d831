import type { Payload } from 'payload'

import { startPayload } from '@/tests/helpers/payload'

let payload: Payload
let GET: (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

beforeAll(async () => {
  payload = await startPayload()
  ;({ GET } = (await import('@/app/(payload)/api/[...slug]/route')) as unknown as { GET: typeof GET })
})

afterAll(async () => {
  await payload?.destroy()
})

const get = async (query: string, headers: Record<string, string> = {}) => {
  const response = await GET(new Request(`http://localhost:3000/api/news${query}`, { headers }), { params: Promise.resolve({ slug: ['news'] }) })
  return { status: response.status, body: (await response.json()) as { error?: string; details?: string[]; docs?: unknown[] } }
}

describe('limits of the public REST API', () => {
  it.each([
    ['?limit=101', 'limit must be from 1 to 100'],
    ['?limit=0', 'limit must be from 1 to 100'],
    ['?limit=-5', 'limit must be a whole number from 1 to 100'],
    ['?limit=99999999999', 'limit must be a whole number from 1 to 100'],
    ['?page=0', 'page must be from 1 to 100000'],
    ['?depth=50', 'depth must be from 0 to 2'],
    ['?locale=xx', 'locale must be one of en, tr, az (or all)'],
    ['?limit=5&limit=6', 'limit is given 2 times; give it once'],
    ['?draft=true', 'draft is for signed-in staff (preview): leave it out to read published documents'],
    ['?where[_status][not_equals]=published', 'where[_status][not_equals] refers to an internal field: only published documents and their public fields can be read or queried'],
    [
      '?where[or][0][reviewComment][exists]=true',
      'where[or][0][reviewComment][exists] refers to an internal field: only published documents and their public fields can be read or queried',
    ],
    ['?sort=-_status', 'sort refers to an internal field: only published documents and their public fields can be read or queried'],
    ['?sort=country.name', 'sort takes top-level fields of the documents themselves (e.g. sort=-publishedDate), not of linked documents or groups: country.name'],
    ['?sort=title,-programmes.title', 'sort takes top-level fields of the documents themselves'],
    ['?sort[0]=programmes.title', 'sort takes top-level fields of the documents themselves'],
    ['?sort=programmes__title', 'sort takes top-level fields of the documents themselves'],
    ['?sort[0]=-_status', 'sort[0] refers to an internal field'],
    ['?sort=title,reviewStatus', 'sort refers to an internal field'],
    ['?select[lastEditedBy]=true', 'select[lastEditedBy] refers to an internal field: only published documents and their public fields can be read or queried'],
    [`?where[title][like]=${'x'.repeat(1001)}`, 'where[title][like] is too long: keep names under 200 and values under 1000 characters'],
    ['?where[title][like]=a&where[title][like]=b', 'where[title][like] is given 2 times; give it once'],
    ['?where=notanobject', 'where is not a query Payload understands: write where[field][operator]=value'],
    ['?where[title][equals][0][1]=x', 'where[title][equals][0][1] is not a query Payload understands'],
    ['?where[title][like]=%00', 'where[title][like] contains control characters or bytes that are not UTF-8'],
  ])('answers %s with 400 and says how to fix it', async (query, message) => {
    const { status, body } = await get(query)
    expect(status).toBe(400)
    expect(body.error).toBe('Invalid query parameters.')
    expect(body.details?.join('\n')).toContain(message)
  })

  it('answers ids that cannot exist with 404, and leaves other collections’ routes alone', async () => {
    const at = async (slug: string[]) => (await GET(new Request(`http://localhost:3000/api/${slug.join('/')}`), { params: Promise.resolve({ slug }) })).status
    expect(await at(['news', 'not-an-id'])).toBe(404)
    expect(await at(['news', 'count'])).toBe(200)
    // The jobs runner's own route: its token check decides (none: 401), not the id check.
    expect(await at(['payload-jobs', 'run'])).toBe(401)
  })

  it('gives public reads an ETag and answers a current If-None-Match with 304', async () => {
    const first = await GET(new Request('http://localhost:3000/api/news?limit=5'), { params: Promise.resolve({ slug: ['news'] }) })
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/^"[\w-]{20,}"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const again = await GET(new Request('http://localhost:3000/api/news?limit=5', { headers: { 'If-None-Match': etag } }), { params: Promise.resolve({ slug: ['news'] }) })
    expect(again.status).toBe(304)
    const other = await GET(new Request('http://localhost:3000/api/news?limit=4', { headers: { 'If-None-Match': etag } }), { params: Promise.resolve({ slug: ['news'] }) })
    expect(other.status).toBe(200)
  })

  it.each([
    ['news', '?where[excerpt][like]=migrant', 'where[excerpt]: news cannot be filtered by this field here (it has no index'],
    ['news', '?where[excerpt][equals]=x', 'where[excerpt]: news cannot be filtered by this field here'],
    ['news', '?where[or][0][dateline][exists]=true', 'where[dateline]: news cannot be filtered'],
    ['news', '?where[slug][contains]=goc', 'where[slug]: like and contains search the title only here'],
    ['news', '?sort=-excerpt', 'sort=-excerpt: news cannot be sorted by this field here'],
    ['news', '?where[country.summary][like]=x', 'where[country.summary]: news cannot be filtered'],
    ['news', '?where[excerpt.tr][equals]=x', 'where[excerpt.tr]: news cannot be filtered'],
    ['statements', '?where[occasion][like]=x', 'where[occasion]: statements cannot be filtered'],
    ['search', '?where[title][like]=x', 'where[title]: search cannot be filtered by this field here'],
    ['search', '?where[text_en][contains]=goc', 'where[text_en]: search cannot be filtered'],
  ])('refuses %s%s for anyone but staff: no index, every document read whole (~320 ms at 50,000 news)', async (collection, query, message) => {
    const response = await GET(new Request(`http://localhost:3000/api/${collection}${query}`), { params: Promise.resolve({ slug: [collection] }) })
    const text = await response.text()
    expect([response.status, text]).toEqual([400, expect.stringContaining(message)])
    expect(text).toContain('q on /api/v1')
  })

  it('answers what an index serves, other collections, and staff', async () => {
    const at = async (collection: string, query: string, headers: Record<string, string> = {}) =>
      (await GET(new Request(`http://localhost:3000/api/${collection}${query}`, { headers }), { params: Promise.resolve({ slug: [collection] }) })).status
    for (const query of [
      '?where[title][like]=migrant',
      '?where[slug][equals]=x',
      '?where[publishedDate][greater_than]=2020-01-01',
      '?where[country][in]=1,2',
      '?where[programmes][in]=1',
      '?where[id][in]=1,2',
      '?where[or][0][slug.en][equals]=x&where[or][1][slug.tr][equals]=x',
      '?where[country.isoCode][equals]=TR',
      '?where[updatedAt][greater_than]=2020-01-01&sort=-updatedAt',
      '?sort=-publishedDate,title',
    ]) {
      expect([query, await at('news', query)]).toEqual([query, 200])
    }
    expect(await at('statements', '?where[kind][equals]=speech&sort=-date')).toBe(200)
    expect(await at('facts', '?where[source.text][like]=x')).toBe(200)
    expect(await at('media', '?where[mimeType][contains]=image')).toBe(200)
    await payload.create({ collection: 'users', data: { email: 'staff-index@test.example', password: 'staff-password-2026', roles: ['editor'] } })
    const { token } = await payload.login({ collection: 'users', data: { email: 'staff-index@test.example', password: 'staff-password-2026' } })
    expect(await at('news', '?where[excerpt][like]=migrant', { Authorization: `JWT ${token}` })).toBe(200)
  })

  it('serves valid public queries', async () => {
    for (const query of ['', '?limit=100&depth=2&page=1&locale=tr', '?locale=all&fallback-locale=none', '?sort=-publishedDate,title']) {
      expect([query, (await get(query)).status]).toEqual([query, 200])
    }
  })

  it('leaves real staff sessions (the admin) to Payload’s own limits, and ignores made-up tokens', async () => {
    expect((await get('?limit=0', { Authorization: 'JWT not-a-valid-token' })).status).toBe(400)
    await payload.create({ collection: 'users', data: { email: 'staff@test.example', password: 'staff-password-2026', roles: ['admin'] } })
    const { token } = await payload.login({ collection: 'users', data: { email: 'staff@test.example', password: 'staff-password-2026' } })
    expect((await get('?limit=0', { Authorization: `JWT ${token}` })).status).toBe(200)
  })
})
