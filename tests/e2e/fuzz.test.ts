/**
 * Fuzzing (fast-check) against the production server: thousands of generated addresses with
 * odd parameters — known names with hostile values, unknown names, operators, unicode, huge
 * numbers — over every public route and API. Whatever comes in: never a 5xx, never the draft,
 * never a redirect to another site. Then Payload's REST API with every method, generated
 * bodies, where clauses and path ids, as anonymous, a partner and each staff role (issue 14):
 * never a 5xx. Writes aim at ids that do not exist (or match none in bulk), and what a create
 * makes is deleted afterwards, so the seeded content stays as the other tests expect it.
 * A failure prints fast-check's seed and the shrunk address; rerun with that seed to reproduce.
 */
import fc from 'fast-check'

import { base } from '@/tests/helpers/e2e'

// The draft's title in either language (its slug may be echoed back from the address itself).
const draftText = /seasonal workers|mevsimlik tarım/i

let ip = 0
let requests = 0

async function probe(path: string): Promise<{ status: number; leaked: boolean; elsewhere: string | null }> {
  requests += 1
  const response = await fetch(`${base()}${path}`, {
    redirect: 'manual',
    headers: { 'X-Forwarded-For': `10.77.${Math.floor(ip / 250) % 250}.${(ip++ % 250) + 1}` },
  })
  const body = await response.text()
  // A redirect goes where a browser would take its Location: it must stay on this site.
  const location = response.headers.get('location')
  const elsewhere = location !== null && new URL(location, base()).origin !== new URL(base()).origin ? location : null
  return { status: response.status, leaked: draftText.test(body), elsewhere }
}

/** Values a careless or hostile client sends. */
const hostileValue = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }).map(String),
  fc.constantFrom('', '0', '-1', '1e9', 'NaN', 'null', 'true', '[]', '{}', '%', '%00', '..', '../..', '*', 'draft', 'published', 'all', 'none'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.date({ min: new Date(-1e14), max: new Date(1e14), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom('2024-02-30', '2024-13-01', '9999-99-99', '2024-07-28T25:00:00Z', 'İSTANBUL', 'göç', 'ǅ', '\u202e', '\ud800', '🇹🇷', 'a'.repeat(3000)),
  // Redirect targets (the preview's exit takes `to`).
  fc.constantFrom(
    '/.//evil.example',
    '/a/..//evil.example',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    'https://evil.example/',
    '/%2F%2Fevil.example',
    '/en/news',
  ),
)

const knownNames = [
  'lang',
  'locale',
  'fallback-locale',
  'page',
  'limit',
  'depth',
  'sort',
  'q',
  'fields',
  'country',
  'programme',
  'kind',
  'year',
  'from',
  'to',
  'updatedSince',
  'status',
  'scope',
  'type',
  'draft',
  'select',
  'populate',
  'trash',
  'pagination',
  'where[_status][equals]',
  'where[_status][not_equals]',
  'where[title][like]',
  'where[or][0][_status][equals]',
  'where[slug][in][0]',
  'where[title][equals][0][1]',
  'where',
  'where[reviewComment][exists]',
  'sort[0]',
  'limit[]',
]

const parameterName = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...knownNames) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) })

/** Percent-encoding as browsers do it (a lone surrogate becomes U+FFFD first). */
const encode = (value: string) => encodeURIComponent(value.toWellFormed())

/** Encoded as a browser or curl would, or raw (malformed percent-encoding included). */
const queryString = fc
  .array(fc.tuple(parameterName, hostileValue), { maxLength: 5 })
  .chain((pairs) =>
    fc.constantFrom(pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&'), pairs.map(([key, value]) => `${key}=${value}`.replace(/[#\s]/g, '')).join('&')),
  )
  .map((query) => (query ? `?${query}` : ''))

const segment = fc.oneof(
  fc.constantFrom(
    'draft-awareness-campaign-for-seasonal-workers',
    'baku-round-table-on-the-day-against-trafficking',
    '1',
    '0',
    '-1',
    '99999999999999999999',
    '0123456789abcdef01234567',
    '%E0%A4%A',
    '%00',
    '..',
    'rss',
  ),
  fc.string({ minLength: 1, maxLength: 30 }).map(encode),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }).map(encode),
)

const pagePaths = [
  '/en',
  '/tr',
  '/en/news',
  '/tr/haberler',
  '/en/statements',
  '/tr/aciklamalar',
  '/en/programmes',
  '/tr/programlar',
  '/en/countries',
  '/tr/ulkeler',
  '/en/facts',
  '/tr/rakamlar',
  '/en/search',
  '/tr/arama',
  '/en/news/rss',
  '/tr/aciklamalar/rss',
  '/sitemap.xml',
  '/robots.txt',
]
const documentPaths = ['/en/news/', '/tr/haberler/', '/en/statements/', '/en/programmes/', '/tr/ulkeler/', '/en/']
const apiPaths = [
  '/api/v1/news',
  '/api/v1/statements',
  '/api/v1/programmes',
  '/api/v1/facts',
  '/api/v1/countries',
  '/api/v1/news.rss',
  '/api/v1/statements.rss',
  '/api/v1/docs',
  '/api/v1',
  '/api/v1/openapi.json',
  '/api/health',
  '/api/preview',
  '/api/preview/exit',
]
const restPaths = [
  '/api/news',
  '/api/statements',
  '/api/programmes',
  '/api/facts',
  '/api/countries',
  '/api/search',
  '/api/media',
  '/api/users',
  '/api/globals/navigation',
  '/api/news/versions',
]

function holds(arbitrary: fc.Arbitrary<string>, numRuns: number) {
  return fc.assert(
    fc.asyncProperty(arbitrary, async (path) => {
      const { status, leaked, elsewhere } = await probe(path)
      if (status >= 500) throw new Error(`${path} answered ${status}`)
      if (leaked) throw new Error(`${path} showed the draft`)
      if (elsewhere) throw new Error(`${path} redirected off the site, to ${elsewhere}`)
    }),
    { numRuns, endOnFailure: true },
  )
}

afterAll(async () => {
  await removeCreated()
  console.log(`fuzz: ${requests} requests, none a 5xx, none showing the draft, none redirecting off the site`)
})

describe('fuzzing: never a 5xx, never a draft', () => {
  it('public pages with generated query parameters', async () => {
    await holds(
      fc.tuple(fc.constantFrom(...pagePaths), queryString).map(([path, query]) => path + query),
      600,
    )
  })

  it('document pages with generated slugs', async () => {
    await holds(
      fc.tuple(fc.constantFrom(...documentPaths), segment, queryString).map(([path, slug, query]) => path + slug + query),
      400,
    )
  })

  it('the partner API with generated parameters, ids and slugs', async () => {
    const list = fc.tuple(fc.constantFrom(...apiPaths), queryString).map(([path, query]) => path + query)
    const item = fc.tuple(fc.constantFrom(...apiPaths.slice(0, 5)), segment, queryString).map(([path, key, query]) => `${path}/${key}${query}`)
    await holds(fc.oneof(list, item), 1200)
  })

  it('Payload’s REST API with generated parameters and ids', async () => {
    const list = fc.tuple(fc.constantFrom(...restPaths), queryString).map(([path, query]) => path + query)
    const item = fc.tuple(fc.constantFrom(...restPaths.slice(0, 7)), segment, queryString).map(([path, id, query]) => `${path}/${id}${query}`)
    await holds(fc.oneof(list, item), 1200)
  })
})

// ---------------------------------------------------------------------------------------------
// Payload's REST API: every method, bodies, where clauses and path ids, per role (issue 14).

type Role = 'anonymous' | 'partner' | 'admin' | 'editor' | 'contributor' | 'translator'
const roles: Role[] = ['anonymous', 'partner', 'admin', 'editor', 'contributor', 'translator']
const accounts: Record<Exclude<Role, 'anonymous'>, [string, string]> = {
  admin: ['admin@kopru.example', 'demo-admin-2026'],
  editor: ['editor.tr@kopru.example', 'demo-editor-2026'],
  contributor: ['contributor@kopru.example', 'demo-contributor-2026'],
  translator: ['translator@kopru.example', 'demo-translator-2026'],
  partner: ['partner@kopru.example', 'demo-partner-2026'],
}
const tokens = new Map<Role, string>()
const created: { collection: string; id: string | number }[] = []

async function signIn(role: Exclude<Role, 'anonymous'>): Promise<string> {
  const [email, password] = accounts[role]
  const response = await fetch(`${base()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.78.0.${roles.indexOf(role) + 1}` },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error(`sign-in as ${role}: ${response.status}`)
  return body.token
}

async function removeCreated() {
  if (created.length === 0) return
  const token = tokens.get('admin') ?? (await signIn('admin'))
  for (const { collection, id } of created) {
    await fetch(`${base()}/api/${collection}/${id}`, { method: 'DELETE', headers: { Authorization: `JWT ${token}` } })
  }
}

type Call = { role: Role; method: string; path: string; body?: string; type?: string; override?: boolean }

async function send({ role, method, path, body, type, override }: Call) {
  requests += 1
  const headers: Record<string, string> = { 'X-Forwarded-For': `10.79.${Math.floor(ip / 250) % 250}.${(ip++ % 250) + 1}` }
  const token = tokens.get(role)
  if (token) headers.Authorization = `JWT ${token}`
  if (type) headers['Content-Type'] = type
  if (override) headers['X-HTTP-Method-Override'] = 'GET'
  const response = await fetch(`${base()}${path}`, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body, redirect: 'manual' })
  const text = await response.text()
  if (response.status === 201 && method === 'POST') {
    const id = (JSON.parse(text) as { doc?: { id?: string | number } }).doc?.id
    const collection = /^\/api\/([^/?]+)/.exec(path)?.[1]
    if (id !== undefined && collection) created.push({ collection, id })
  }
  return { status: response.status, text }
}

const restCollections = ['news', 'statements', 'programmes', 'facts', 'countries', 'media', 'users', 'search', 'payload-preferences', 'payload-locked-documents']
const creatable = ['news', 'statements', 'programmes', 'facts', 'countries', 'media', 'users', 'payload-preferences']

/** Path ids that are never a seeded document (writes must not touch the shared content). */
const pathId = fc.oneof(
  fc.constantFrom(
    '999999',
    '999998',
    '0',
    '-1',
    'abc',
    'access',
    'versions',
    'count',
    'me',
    'init',
    'null',
    'undefined',
    '%00',
    '0123456789abcdef01234567',
    '1e3',
    '..',
    '%2e%2e',
    '999999999999999999999',
    ' 1',
    '1.5',
    'true',
    '[]',
  ),
  fc
    .string({ minLength: 1, maxLength: 20 })
    .filter((id) => !/^\s*[+-]?\d+(\.\d*)?\s*$/.test(id))
    .map(encode),
)

const fieldNames = [
  'title',
  'slug',
  'country',
  'countries',
  'programme',
  'programmes',
  'publishedDate',
  'date',
  'value',
  'scope',
  'order',
  'id',
  '_status',
  'reviewStatus',
  'lastEditedBy',
  'lastEditedBy.email',
  'country.name',
  'programmes.title',
  'version.title',
  'parent',
  'hero.image',
  'pdf',
  'email',
  'roles',
  'user',
  'user.email',
  'createdAt',
  'updatedAt',
  'partners.url',
  'source.url',
  'isoCode',
  'asOf',
  'public',
  'filename',
  'mimeType',
  'filesize',
  'doc',
  'doc.value',
]
const operatorNames = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
]

const whereClause = fc
  .tuple(fc.constantFrom(...fieldNames), fc.constantFrom(...operatorNames), hostileValue, fc.boolean())
  .map(([field, operator, value, nested]) => `${nested ? 'where[or][0]' : 'where'}[${field}][${operator}]=${encode(value)}`)

const extraQuery = fc
  .array(
    fc.oneof(
      whereClause,
      fc
        .tuple(
          fc.constantFrom('draft', 'depth', 'locale', 'fallback-locale', 'limit', 'page', 'sort', 'select[title]', 'populate', 'trash', 'publishSpecificLocale', 'autosave'),
          hostileValue,
        )
        .map(([key, value]) => `${key}=${encode(value)}`),
    ),
    { maxLength: 4 },
  )
  .map((parts) => (parts.length > 0 ? `?${parts.join('&')}` : ''))

/** JSON a careless or hostile client sends as a document. */
const documentBody = fc.oneof(
  fc.constantFrom('null', '"a string"', '42', '[]', '[{}]', 'true', '{', '{"title":', '', ' ', '{}', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}'),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc
    .dictionary(
      fc.constantFrom(...fieldNames, 'partners', 'donors', 'body', 'excerpt', 'alt', 'password', 'apiKey', 'enableAPIKey', 'key', 'value', 'document', 'at', 'type'),
      fc.oneof(hostileValue, fc.jsonValue({ maxDepth: 2 })),
      { maxKeys: 6 },
    )
    .map((value) => JSON.stringify(value)),
)

const bodyType = fc.constantFrom(
  'application/json',
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
)

/** A form-encoded or multipart version of a body, as browsers and curl send them. */
const asType = (body: string, type: string) =>
  type.startsWith('application/x-www-form-urlencoded')
    ? `_payload=${encode(body)}`
    : type.startsWith('multipart/')
      ? `--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${body}\r\n--x--\r\n`
      : body

const role = fc.constantFrom(...roles)

const itemWrite = fc
  .tuple(role, fc.constantFrom('PATCH', 'PUT', 'DELETE'), fc.constantFrom(...restCollections), pathId, extraQuery, documentBody, bodyType)
  .map(([who, method, collection, id, query, body, type]): Call => ({ role: who, method, path: `/api/${collection}/${id}${query}`, body: asType(body, type), type }))

const postRoutes = fc
  .tuple(role, fc.constantFrom(...restCollections), pathId, fc.constantFrom('duplicate', 'versions', 'access', 'schedule', 'reveal'), extraQuery, documentBody)
  .map(([who, collection, id, route, query, body]): Call => {
    const path =
      route === 'versions' || route === 'access'
        ? `/api/${collection}/${route}/${id}`
        : route === 'reveal'
          ? `/api/users/${id}/api-key/reveal`
          : `/api/${collection}/${id}/${route}`
    return { role: who, method: 'POST', path: path + query, body, type: 'application/json' }
  })

const creates = fc
  .tuple(role, fc.constantFrom(...creatable), extraQuery, documentBody, bodyType)
  .map(([who, collection, query, body, type]): Call => ({ role: who, method: 'POST', path: `/api/${collection}${query}`, body: asType(body, type), type }))

/** Bulk writes whose where matches nothing (id 999999), whatever else it says. */
const bulkWrites = fc
  .tuple(role, fc.constantFrom('PATCH', 'DELETE'), fc.constantFrom(...restCollections), whereClause, documentBody)
  .map(([who, method, collection, clause, body]): Call => ({
    role: who,
    method,
    path: `/api/${collection}?where[and][0][id][equals]=999999&${clause.replace(/^where(\[or\]\[0\])?/, 'where[and][1]')}`,
    body,
    type: 'application/json',
  }))

const reads = fc
  .tuple(
    role,
    fc.constantFrom('GET', 'HEAD', 'OPTIONS'),
    fc.constantFrom(...restCollections, 'globals/navigation', 'globals/footer', 'access', 'news/versions', 'news/count', 'users/me'),
    fc.option(pathId, { nil: undefined }),
    extraQuery,
  )
  .map(([who, method, collection, id, query]): Call => ({ role: who, method, path: `/api/${collection}${id ? `/${id}` : ''}${query}` }))

const overrides = fc.tuple(role, fc.constantFrom(...restCollections), fc.array(whereClause, { minLength: 1, maxLength: 3 })).map(([who, collection, clauses]): Call => ({
  role: who,
  method: 'POST',
  path: `/api/${collection}`,
  body: clauses.join('&'),
  type: 'application/x-www-form-urlencoded',
  override: true,
}))

/** Sign-in and account routes (no logout: it would end the role's session for the rest). */
const accountRoutes = fc
  .tuple(role, fc.constantFrom('login', 'forgot-password', 'reset-password', 'unlock', 'first-register', 'verify/abc', 'refresh-token'), documentBody, bodyType)
  .map(([who, route, body, type]): Call => ({ role: who, method: 'POST', path: `/api/users/${route}`, body: asType(body, type), type }))

function holdsForRest(arbitrary: fc.Arbitrary<Call>, numRuns: number) {
  return fc.assert(
    fc.asyncProperty(arbitrary, async (call) => {
      const { status, text } = await send(call)
      if (status >= 500) throw new Error(`${call.role} ${call.method} ${call.path} ${call.type ?? ''} ${(call.body ?? '').slice(0, 200)} answered ${status}: ${text.slice(0, 200)}`)
      if (call.role === 'anonymous' || call.role === 'partner') {
        if (draftText.test(text)) throw new Error(`${call.role} ${call.method} ${call.path} showed the draft`)
      }
    }),
    { numRuns, endOnFailure: true },
  )
}

describe('fuzzing Payload’s REST API: every method, body, where clause and id, per role, never a 5xx', () => {
  beforeAll(async () => {
    for (const who of roles) if (who !== 'anonymous') tokens.set(who, await signIn(who))
  })

  it('reads with generated where clauses, sorts and ids', async () => {
    await holdsForRest(reads, 700)
  })

  it('writes to ids that are not there, with generated bodies', async () => {
    await holdsForRest(itemWrite, 500)
  })

  it('duplicate, restore, permissions, schedule and key routes', async () => {
    await holdsForRest(postRoutes, 400)
  })

  it('creates with generated bodies', async () => {
    await holdsForRest(creates, 400)
  })

  it('bulk writes and method overrides with generated where clauses', async () => {
    await holdsForRest(fc.oneof(bulkWrites, overrides), 400)
  })

  it('sign-in and account routes with generated bodies', async () => {
    await holdsForRest(accountRoutes, 150)
  })
})
