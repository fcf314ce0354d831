/**
 * The partner API over HTTP against the production server on the seeded demo content:
 * the OpenAPI document is valid and every documented parameter works, every response
 * validates against its documented schema, the docs page's examples all answer, nothing
 * unpublished or internal leaks through /api, /api/v1, GraphQL or RSS, bad input never gives
 * a 5xx, and the example sync client works.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

import { demoUsers } from '@/lib/seed/data'
import { base } from '@/tests/helpers/e2e'

type Schema = Record<string, unknown>
type Parameter = { name: string; in: 'query' | 'path'; schema: Schema & { enum?: string[]; type?: string; minimum?: number; example?: string } }
type Operation = { parameters?: Parameter[]; responses: Record<string, { content?: Record<string, { schema: Schema }> }> }
type OpenApi = { openapi: string; paths: Record<string, { get: Operation }>; components: { schemas: Record<string, Schema> } }

let doc: OpenApi
let ip = 0
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)

/** Each request from its own address: only the rate-limit test meets the limit. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const url = path.startsWith('http') ? path : `${base()}${path}`
  return fetch(url, { method, headers: { 'X-Forwarded-For': `10.9.${Math.floor(ip / 250)}.${(ip++ % 250) + 1}`, ...headers }, redirect: 'manual' })
}

/** Validates a body against a schema of the document (its $refs resolve in the document). */
function validate(schema: Schema, body: unknown): string[] {
  const check = ajv.compile({ ...schema, components: doc.components })
  return check(body) ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message}`)
}

function jsonSchemaOf(operation: Operation, status: string): Schema {
  const schema = operation.responses[status]?.content?.['application/json']?.schema
  if (!schema) throw new Error(`no JSON schema for ${status}`)
  return schema
}

async function login(email: string, password: string): Promise<string> {
  const result = await fetch(`${base()}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
  const { token } = (await result.json()) as { token: string }
  return token
}

const demo = (role: string) => demoUsers.find((user) => user.roles.includes(role as never)) as (typeof demoUsers)[number]

beforeAll(async () => {
  const response = await get('/api/v1/openapi.json')
  expect(response.status).toBe(200)
  doc = (await response.json()) as OpenApi
})

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document covering every collection, item and feed', async () => {
    const result = await new Validator().validate(doc as never)
    expect(result.errors).toBeUndefined()
    expect(result.valid).toBe(true)
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        ...['news', 'statements', 'programmes', 'facts', 'countries'].flatMap((c) => [`/api/v1/${c}`, `/api/v1/${c}/{key}`]),
        '/api/v1/news.rss',
        '/api/v1/statements.rss',
        '/api/v1/changes',
      ].sort(),
    )
  })
})

/** Values to try for a documented parameter: every enum value, or a valid sample. */
function samples(parameter: Parameter, lang: string): string[] {
  const { schema } = parameter
  if (schema.enum) return schema.enum
  const byName: Record<string, string[]> = {
    page: ['1', '2'],
    limit: ['1', '100'],
    country: ['TR', 'az'],
    programme: ['counter-trafficking'],
    from: ['2022-01-01', '2022-07-28T00:00:00Z'],
    to: ['2030-12-31', '2026-01-01T00:00:00+03:00'],
    updatedSince: ['2000-01-01T00:00:00Z', '2000-01-01'],
    q: [lang === 'tr' ? 'göç' : 'migration', 'GOC'],
    fields: [String(schema.example)],
  }
  const values = byName[parameter.name]
  if (!values) throw new Error(`no sample for the documented parameter ${parameter.name}: add one here`)
  return values
}

describe('contract: every documented parameter works and every response matches its schema', () => {
  const lists = ['news', 'statements', 'programmes', 'facts', 'countries']

  it.each(lists)('/api/v1/%s', async (collection) => {
    const operation = doc.paths[`/api/v1/${collection}`].get
    const ok = jsonSchemaOf(operation, '200')
    let tried = 0
    for (const parameter of operation.parameters ?? []) {
      for (const value of samples(parameter, 'tr')) {
        const query = new URLSearchParams({ [parameter.name]: value })
        if (parameter.name !== 'lang') query.set('lang', 'tr')
        const response = await get(`/api/v1/${collection}?${query}`)
        const body = await response.json()
        expect([query.toString(), response.status]).toEqual([query.toString(), 200])
        expect([query.toString(), validate(ok, body)]).toEqual([query.toString(), []])
        tried += 1
      }
    }
    expect(tried).toBeGreaterThan(8)
    // Without `fields`, every item is complete: check it against the full item schema.
    const full = (await (await get(`/api/v1/${collection}?limit=100&lang=tr`)).json()) as { data: unknown[] }
    const envelope = doc.components.schemas[String(ok.$ref).replace('#/components/schemas/', '')] as { properties: { data: { items: { anyOf: { $ref: string }[] } } } }
    const itemRef = envelope.properties.data.items.anyOf[0].$ref
    for (const item of full.data) expect(validate({ $ref: itemRef }, item)).toEqual([])

    const bad = await get(`/api/v1/${collection}?nope=1`)
    expect(bad.status).toBe(400)
    expect(validate(jsonSchemaOf(operation, '400'), await bad.json())).toEqual([])
  })

  it.each(lists)('/api/v1/%s/{key}', async (collection) => {
    const operation = doc.paths[`/api/v1/${collection}/{key}`].get
    const { data } = (await (await get(`/api/v1/${collection}?limit=1`)).json()) as { data: { id: string; slug?: string }[] }
    const keys = [data[0].id, ...(data[0].slug ? [data[0].slug] : [])]
    for (const key of keys) {
      for (const lang of ['en', 'tr']) {
        const response = await get(`/api/v1/${collection}/${key}?lang=${lang}`)
        expect(response.status).toBe(200)
        expect(validate(jsonSchemaOf(operation, '200'), await response.json())).toEqual([])
      }
    }
    const fields = operation.parameters?.find((parameter) => parameter.name === 'fields')?.schema.example
    expect(validate(jsonSchemaOf(operation, '200'), await (await get(`/api/v1/${collection}/${data[0].id}?fields=${fields}`)).json())).toEqual([])
    const missing = await get(`/api/v1/${collection}/no-such-document`)
    expect(missing.status).toBe(404)
    expect(validate(jsonSchemaOf(operation, '404'), await missing.json())).toEqual([])
  })

  it('/api/v1/changes: every documented parameter works, every page matches its schema to the end, 400 and 410 too', async () => {
    const operation = doc.paths['/api/v1/changes'].get
    const ok = jsonSchemaOf(operation, '200')
    const first = await get('/api/v1/changes?limit=5')
    expect(first.status).toBe(200)
    const firstBody = (await first.json()) as { next: string; hasMore: boolean; data: { type: string; item?: unknown }[] }
    expect(validate(ok, firstBody)).toEqual([])
    expect(firstBody.data.length).toBe(5)
    const byName: Record<string, string[]> = { cursor: [firstBody.next], limit: ['1', '1000'], country: ['TR', 'az'] }
    let tried = 0
    for (const parameter of operation.parameters ?? []) {
      const values = parameter.schema.enum ?? byName[parameter.name]
      if (!values) throw new Error(`no sample for the documented parameter ${parameter.name}: add one here`)
      for (const value of values) {
        const query = new URLSearchParams({ [parameter.name]: value })
        const response = await get(`/api/v1/changes?${query}`)
        expect([query.toString(), response.status]).toEqual([query.toString(), 200])
        expect([query.toString(), validate(ok, await response.json())]).toEqual([query.toString(), []])
        tried += 1
      }
    }
    expect(tried).toBeGreaterThan(8)
    // Followed to its end: the demo's published documents, each upsert with its item.
    let cursor = ''
    let upserts = 0
    for (let pages = 0; pages < 100; pages++) {
      const body = (await (await get(`/api/v1/changes?limit=50${cursor ? `&cursor=${cursor}` : ''}`)).json()) as typeof firstBody
      expect(validate(ok, body)).toEqual([])
      upserts += body.data.filter((entry) => entry.type === 'upsert' && entry.item).length
      cursor = body.next
      if (!body.hasMore) break
    }
    expect(upserts).toBeGreaterThan(20)
    const bad = await get('/api/v1/changes?cursor=made-up')
    expect(bad.status).toBe(400)
    expect(validate(jsonSchemaOf(operation, '400'), await bad.json())).toEqual([])
    const old = await get(`/api/v1/changes?cursor=${Buffer.from(JSON.stringify({ s: 1, t: Date.now() - 100 * 86_400_000 })).toString('base64url')}`)
    expect(old.status).toBe(410)
    expect(validate(jsonSchemaOf(operation, '410'), await old.json())).toEqual([])
  })

  it.each(['news', 'statements'])('/api/v1/%s.rss: every documented parameter works', async (collection) => {
    const operation = doc.paths[`/api/v1/${collection}.rss`].get
    for (const parameter of operation.parameters ?? []) {
      for (const value of samples(parameter, 'en')) {
        const query = new URLSearchParams({ [parameter.name]: value })
        const response = await get(`/api/v1/${collection}.rss?${query}`)
        expect([query.toString(), response.status, response.headers.get('content-type')]).toEqual([query.toString(), 200, 'application/rss+xml; charset=utf-8'])
        expect(await response.text()).toMatch(/<rss version="2.0"/)
      }
    }
  })

  it.each(['news', 'statements'])('/api/v1/%s.rss takes the list filters', async (collection) => {
    const all = (await (await get(`/api/v1/${collection}?lang=tr&country=AZ&limit=100`)).json()) as { data: { url: string }[] }
    const response = await get(`/api/v1/${collection}.rss?lang=tr&country=AZ`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const xml = await response.text()
    expect(xml).toMatch(/^<\?xml[^>]*>\s*<rss version="2.0"/)
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => match[1])
    expect(links).toEqual(all.data.map((item) => item.url))
    expect(links.length).toBeGreaterThan(0)
  })

  it('sends ETag, Cache-Control, CORS and rate-limit headers, and 304 for a current ETag', async () => {
    const first = await get('/api/v1/news?lang=en')
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toContain('max-age=0')
    expect(first.headers.get('access-control-allow-origin')).toBe('*')
    expect(first.headers.get('ratelimit-limit')).toBe('400')
    const again = await get('/api/v1/news?lang=en', { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    const head = await get('/api/v1/news?lang=en', {}, 'HEAD')
    expect([head.status, head.headers.get('etag')]).toEqual([200, etag])
    const preflight = await get('/api/v1/news', { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'POST' }, 'OPTIONS')
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS')
    expect((await get('/api/v1/news', { 'Content-Type': 'application/json' }, 'POST')).status).toBe(405)
  })
})

describe('the index', () => {
  it('links the docs, the OpenAPI document, every collection and feed, each answering 200', async () => {
    const response = await get('/api/v1')
    expect(response.status).toBe(200)
    const { links } = (await response.json()) as { links: Record<string, string> }
    expect(Object.keys(links).sort()).toEqual(['changes', 'countries', 'docs', 'facts', 'news', 'newsFeed', 'openapi', 'programmes', 'statements', 'statementsFeed'])
    for (const url of Object.values(links)) expect([url, (await get(url)).status]).toEqual([url, 200])
  })
})

describe('the docs page', () => {
  it.each(['en', 'tr'])('documents every endpoint in %s, and every example answers with data', async (lang) => {
    const response = await get(`/api/v1/docs?lang=${lang}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await response.text()
    expect(html).toContain(`<html lang="${lang}">`)
    expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)[^"' ]*\.(js|css)/)
    for (const path of Object.keys(doc.paths)) expect(html).toContain(`<code>${path}</code>`)
    const examples = [...html.matchAll(/data-example="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'))
    expect(examples.length).toBeGreaterThanOrEqual(Object.keys(doc.paths).length * 2)
    expect(examples.some((url) => url.includes('lang=tr'))).toBe(true)
    expect(examples.some((url) => url.includes('lang=en'))).toBe(true)
    for (const url of examples) {
      const answer = await get(url)
      expect([url, answer.status]).toEqual([url, 200])
      const text = await answer.text()
      if (answer.headers.get('content-type')?.includes('json')) {
        const { data } = JSON.parse(text) as { data: unknown[] | unknown }
        expect([url, Array.isArray(data) ? data.length > 0 : Boolean(data)]).toEqual([url, true])
      } else {
        expect(text).toContain('<item>')
      }
    }
  })
})

describe('leak probes: nothing unpublished or internal, anywhere', () => {
  const draftText = /seasonal workers|mevsimlik tarım/i
  const internal = /reviewComment|reviewStatus|lastEditedBy|missingTranslations|"_status":"draft"|"apiKey"|"hash"|"salt"|demo-[a-z]+-2026/
  const userEmails = demoUsers.map((user) => user.email)

  it('finds neither the draft nor internal fields through /api, /api/v1, GraphQL or RSS', async () => {
    const token = await login(demo('admin').email, demo('admin').password)
    const staff = { Authorization: `JWT ${token}` }
    const { docs } = (await (await get('/api/news?draft=true&where[slug][equals]=draft-awareness-campaign-for-seasonal-workers&depth=0', staff)).json()) as {
      docs: { id: number }[]
    }
    // Exactly the seeded draft, found by its slug: the probes below are about this id.
    expect(docs.map((doc) => typeof doc.id)).toEqual(['number'])
    const draftId = docs[0].id

    const probes = [
      '/api/news?limit=100&depth=2',
      '/api/news?limit=100&locale=all',
      '/api/news?draft=true',
      `/api/news/${draftId}`,
      `/api/news/${draftId}?draft=true`,
      '/api/news/versions',
      `/api/news/versions?where[parent][equals]=${draftId}`,
      '/api/news?where[_status][equals]=draft',
      '/api/news?where[_status][not_equals]=published',
      '/api/news?where[or][0][_status][equals]=draft&where[or][1][title][like]=seasonal',
      '/api/news?where[title][like]=seasonal',
      '/api/statements?limit=100&depth=2',
      '/api/programmes?limit=100&depth=2',
      '/api/facts?limit=100&depth=2',
      '/api/countries?limit=100&depth=2',
      '/api/search?limit=100&depth=1',
      '/api/search?where[title][like]=seasonal',
      '/api/media?limit=100',
      '/api/users',
      '/api/users/1',
      '/api/users/me',
      '/api/payload-preferences',
      '/api/payload-locked-documents',
      '/api/payload-jobs',
      '/api/payload-migrations',
      '/api/globals/navigation?depth=2',
      '/api/globals/footer?depth=2',
      '/api/graphql',
      '/api/graphql-playground',
      ...['news', 'statements', 'programmes', 'facts', 'countries'].flatMap((c) => [`/api/v1/${c}?limit=100`, `/api/v1/${c}?limit=100&lang=tr`]),
      '/api/v1/news?q=seasonal',
      '/api/v1/news?lang=tr&q=mevsimlik',
      `/api/v1/news/${draftId}`,
      '/api/v1/news/draft-awareness-campaign-for-seasonal-workers',
      '/api/v1/news.rss',
      '/api/v1/news.rss?lang=tr',
      '/en/news/rss',
      '/tr/haberler/rss',
      '/sitemap.xml',
      '/sitemaps/news-1.xml',
      '/sitemaps/statements-1.xml',
    ]
    for (const probe of probes) {
      const response = await get(probe)
      const body = await response.text()
      expect([probe, response.status < 500]).toEqual([probe, true])
      expect([probe, draftText.test(body)]).toEqual([probe, false])
      expect([probe, internal.exec(body)?.[0] ?? null]).toEqual([probe, null])
      for (const email of userEmails) expect([probe, body.includes(email)]).toEqual([probe, false])
    }
    const graphql = await fetch(`${base()}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ allNews(draft: true) { docs { title } } }' }),
    })
    expect(graphql.status).toBeLessThan(500)
    expect(draftText.test(await graphql.text())).toBe(false)
  })
})

describe('bad input: every row a 4xx, none a 5xx', () => {
  const long = 'x'.repeat(5000)
  const rows = [
    '/api/news?limit=-1',
    '/api/news?limit=1000000',
    '/api/news?page=0',
    '/api/news?depth=50',
    '/api/news?locale=xx',
    '/api/news?where[title][equals][0][1]=x',
    '/api/news?where[title][nope]=x',
    '/api/news?where=notanobject',
    '/api/news?where[_status][not_equals]=published',
    '/api/news?sort=-_status',
    `/api/news?where[title][like]=${long}`,
    '/api/news?where[title][like]=%00',
    '/api/news/not-an-id',
    '/api/news/%E0%A4%A',
    '/api/news/versions/abc',
    '/api/media/file/no-such-file.png',
    '/api/news?where[or]=x',
    '/api/v1/news?limit=-1',
    '/api/v1/news?limit=1000000',
    '/api/v1/news?page=0',
    '/api/v1/news?depth=50',
    '/api/v1/news?lang=xx',
    '/api/v1/news?where[title][equals]=x',
    '/api/v1/news?where[_status][not_equals]=published',
    `/api/v1/news?q=${long}`,
    '/api/v1/news?from=2024-02-30',
    '/api/v1/news?updatedSince=tomorrow',
    '/api/v1/news?q=%00',
    '/api/v1/news?q=%ED%A0%80',
    '/api/v1/news?country=%F0%9F%87%B9%F0%9F%87%B7',
    '/api/v1/news?fields=title,reviewComment',
    '/api/v1/news/%E0%A4%A',
    `/api/v1/news/${long}`,
    '/api/v1/nope',
    '/api/v1/docs?lang=fr',
    '/api/v1/openapi.json?x=1',
  ]
  it.each(rows)('%s', async (row) => {
    const response = await get(row)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const body = await response.text()
    expect(body).not.toMatch(/\bat [\w.<>]+ \(|node_modules/)
  })
})

describe('keys and limits over HTTP', () => {
  it('answers 429 with Retry-After past the anonymous limit of one address', async () => {
    const address = { 'X-Forwarded-For': '198.51.100.77' }
    let last: Response | undefined
    for (let i = 0; i < 400; i += 1) {
      last = await get('/api/v1/countries?fields=name', address)
      if (last.status !== 200) break
    }
    expect(last?.status).toBe(200)
    expect(last?.headers.get('ratelimit-remaining')).toBe('0')
    const refused = await get('/api/v1/countries?fields=name', address)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = (await refused.json()) as { error: string }
    expect(body.error).toBe('Too many requests.')
    expect(validate(jsonSchemaOf(doc.paths['/api/v1/countries'].get, '429'), body)).toEqual([])
  })

  it('reads with a partner’s API key at the keyed rate, and refuses an unknown key with 401', async () => {
    const admin = { Authorization: `JWT ${await login(demo('admin').email, demo('admin').password)}`, 'Content-Type': 'application/json' }
    const { docs } = (await (await fetch(`${base()}/api/users?where[email][equals]=${demo('partner').email}`, { headers: admin })).json()) as { docs: { id: number }[] }
    const apiKey = 'e2e-partner-key-0123456789abcdef'
    const update = await fetch(`${base()}/api/users/${docs[0].id}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ enableAPIKey: true, apiKey }) })
    expect(update.status).toBe(200)
    const keyed = await get('/api/v1/news?limit=1', { Authorization: `users API-Key ${apiKey}` })
    expect(keyed.status).toBe(200)
    expect(keyed.headers.get('ratelimit-limit')).toBe('100000')
    const unknown = await get('/api/v1/news?limit=1', { Authorization: 'users API-Key not-a-real-key' })
    expect(unknown.status).toBe(401)
    expect(validate(jsonSchemaOf(doc.paths['/api/v1/news'].get, '401'), await unknown.json())).toEqual([])
    // A key does not open drafts: the partner reads what everyone reads.
    const drafts = await get('/api/v1/news?q=seasonal', { Authorization: `users API-Key ${apiKey}` })
    expect(((await drafts.json()) as { totalCount: number }).totalCount).toBe(0)
  })
})

describe("Payload's REST API beyond GET", () => {
  const form = (headers: Record<string, string>, body: string) => ({ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body })
  const post = (path: string, init: RequestInit) =>
    fetch(`${base()}${path}`, { ...init, headers: { 'X-Forwarded-For': `10.8.${Math.floor(ip / 250)}.${(ip++ % 250) + 1}`, ...(init.headers as Record<string, string>) } })

  async function partnerKey(): Promise<string> {
    const admin = { Authorization: `JWT ${await login(demo('admin').email, demo('admin').password)}`, 'Content-Type': 'application/json' }
    const { docs } = (await (await fetch(`${base()}/api/users?where[email][equals]=${demo('partner').email}`, { headers: admin })).json()) as { docs: { id: number }[] }
    const apiKey = 'e2e-partner-key-0123456789abcdef'
    expect((await fetch(`${base()}/api/users/${docs[0].id}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ enableAPIKey: true, apiKey }) })).status).toBe(200)
    return apiKey
  }

  it('answers a read disguised as a POST (method override) for staff only: it would skip the limits and refused queries', async () => {
    const key = await partnerKey()
    // A nested `contains` query reaches linked documents' fields unfiltered, and limit/depth are uncapped.
    const body = 'limit=1000&depth=5&where[programmes][contains][title][like]=a'
    for (const [who, credentials] of [
      ['anonymous', {}],
      ['partner', { Authorization: `users API-Key ${key}` }],
    ] as const) {
      for (const override of ['X-HTTP-Method-Override', 'X-Payload-HTTP-Method-Override']) {
        const response = await post('/api/news', form({ ...credentials, [override]: 'GET' }, body))
        const answer = (await response.json()) as { error: string; details: string[]; docs?: unknown }
        expect([who, override, response.status, answer.docs]).toEqual([who, override, 400, undefined])
        expect(answer.details[0]).toMatch(/Read with GET and the query in the address/)
      }
    }
    const staff = { Authorization: `JWT ${await login(demo('admin').email, demo('admin').password)}` }
    const forStaff = await post('/api/news', form({ ...staff, 'X-Payload-HTTP-Method-Override': 'GET' }, 'limit=2&depth=0'))
    expect([forStaff.status, ((await forStaff.json()) as { docs: unknown[] }).docs.length]).toEqual([200, 2])
  })

  it("keeps the admin's edit locks and preferences from partners and the public (which drafts are open, and by whom)", async () => {
    const key = await partnerKey()
    for (const collection of ['payload-locked-documents', 'payload-preferences']) {
      for (const [who, credentials] of [
        ['anonymous', {}],
        ['partner', { Authorization: `users API-Key ${key}` }],
      ] as const) {
        const read = await get(`/api/${collection}?depth=0`, credentials)
        const write = await post(`/api/${collection}`, {
          method: 'POST',
          headers: { ...credentials, 'Content-Type': 'application/json' },
          body: JSON.stringify({ globalSlug: 'navigation' }),
        })
        expect([collection, who, read.status, write.status]).toEqual([collection, who, 404, 404])
      }
    }
    const staff = { Authorization: `JWT ${await login(demo('admin').email, demo('admin').password)}` }
    expect((await get('/api/payload-locked-documents?depth=0', staff)).status).toBe(200)
  })
})

describe('the example sync client (examples/sync-news.mjs)', () => {
  it('mirrors the published news in a folder by following the changes feed, deletions included, and goes on from its cursor', async () => {
    const run = promisify(execFile)
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-sync-'))
    const sync = () => run('node', ['examples/sync-news.mjs', '--base', base(), '--out', out])
    const files = () => fs.readdirSync(out).filter((name) => name.endsWith('.json'))
    const first = await sync()
    expect(first.stderr).toMatch(/^\d+ upserts, \d+ deletions; cursor \S+/m)
    // Exactly what the API publishes: every item in English, those with their own Turkish text in Turkish.
    const published = async (lang: string) => {
      const ids: string[] = []
      for (let page = 1; ; page++) {
        const body = (await (await get(`/api/v1/news?lang=${lang}&limit=100&page=${page}&fields=title`)).json()) as {
          data: { id: string; fallback: boolean }[]
          totalPages: number
        }
        ids.push(...body.data.filter((item) => !item.fallback).map((item) => `news-${item.id}.${lang}.json`))
        if (page >= body.totalPages) return ids
      }
    }
    const expected = async () => [...(await published('en')), ...(await published('tr'))].sort()
    expect(files().sort()).toEqual(await expected())

    // A news item published, then unpublished: each next run (from its cursor) follows it.
    const editor = { Authorization: `JWT ${await login('editor.tr@kopru.example', 'demo-editor-2026')}`, 'Content-Type': 'application/json' }
    const countries = (await (await get('/api/v1/countries?fields=isoCode')).json()) as { data: { id: string; isoCode: string }[] }
    const turkiye = countries.data.find((country) => country.isoCode === 'TR')!.id
    const created = await fetch(`${base()}/api/news`, {
      method: 'POST',
      headers: editor,
      body: JSON.stringify({ title: `Synced by the example ${Date.now()}`, country: Number(turkiye), publishedDate: '2026-12-04T09:00:00.000Z', _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const newId = String(((await created.json()) as { doc: { id: number } }).doc.id)
    const second = await sync()
    expect(second.stderr).toMatch(/^[1-9]\d* upserts, 0 deletions/m)
    expect(files()).toContain(`news-${newId}.en.json`)
    expect(files().sort()).toEqual(await expected())
    const unpublished = await fetch(`${base()}/api/news/${newId}`, { method: 'PATCH', headers: editor, body: JSON.stringify({ _status: 'draft' }) })
    expect(unpublished.status).toBe(200)
    const third = await sync()
    expect(third.stderr).toMatch(/^0 upserts, 1 deletions/m)
    expect(files()).not.toContain(`news-${newId}.en.json`)
    expect(files().sort()).toEqual(await expected())
    await fetch(`${base()}/api/news/${newId}`, { method: 'DELETE', headers: editor })
    fs.rmSync(out, { recursive: true, force: true })
  })
})
