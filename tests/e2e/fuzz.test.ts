/**
 * Fuzzing (fast-check) against the production server: thousands of generated addresses with
 * odd parameters — known names with hostile values, unknown names, operators, unicode, huge
 * numbers — over every public route and API. Whatever comes in: never a 5xx, never the draft,
 * never a redirect to another site.
 * A failure prints fast-check's seed and the shrunk address; rerun with that seed to reproduce.
 */
import fc from 'fast-check'

import { base } from '../helpers/e2e'

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
  fc.constantFrom('/.//evil.example', '/a/..//evil.example', '//evil.example', '/\\evil.example', '\\\\evil.example', '/\t/evil.example', 'https://evil.example/', '/%2F%2Fevil.example', '/en/news'),
)

const knownNames = [
  'lang', 'locale', 'fallback-locale', 'page', 'limit', 'depth', 'sort', 'q', 'fields', 'country', 'programme', 'kind', 'year',
  'from', 'to', 'updatedSince', 'status', 'scope', 'type', 'draft', 'select', 'populate', 'trash', 'pagination',
  'where[_status][equals]', 'where[_status][not_equals]', 'where[title][like]', 'where[or][0][_status][equals]',
  'where[slug][in][0]', 'where[title][equals][0][1]', 'where', 'where[reviewComment][exists]', 'sort[0]', 'limit[]',
]

const parameterName = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...knownNames) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) })

/** Percent-encoding as browsers do it (a lone surrogate becomes U+FFFD first). */
const encode = (value: string) => encodeURIComponent(value.toWellFormed())

/** Encoded as a browser or curl would, or raw (malformed percent-encoding included). */
const queryString = fc
  .array(fc.tuple(parameterName, hostileValue), { maxLength: 5 })
  .chain((pairs) =>
    fc.constantFrom(
      pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&'),
      pairs.map(([key, value]) => `${key}=${value}`.replace(/[#\s]/g, '')).join('&'),
    ),
  )
  .map((query) => (query ? `?${query}` : ''))

const segment = fc.oneof(
  fc.constantFrom('draft-awareness-campaign-for-seasonal-workers', 'baku-round-table-on-the-day-against-trafficking', '1', '0', '-1', '99999999999999999999', '0123456789abcdef01234567', '%E0%A4%A', '%00', '..', 'rss'),
  fc.string({ minLength: 1, maxLength: 30 }).map(encode),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }).map(encode),
)

const pagePaths = ['/en', '/tr', '/en/news', '/tr/haberler', '/en/statements', '/tr/aciklamalar', '/en/programmes', '/tr/programlar', '/en/countries', '/tr/ulkeler', '/en/facts', '/tr/rakamlar', '/en/search', '/tr/arama', '/en/news/rss', '/tr/aciklamalar/rss', '/sitemap.xml', '/robots.txt']
const documentPaths = ['/en/news/', '/tr/haberler/', '/en/statements/', '/en/programmes/', '/tr/ulkeler/', '/en/']
const apiPaths = ['/api/v1/news', '/api/v1/statements', '/api/v1/programmes', '/api/v1/facts', '/api/v1/countries', '/api/v1/news.rss', '/api/v1/statements.rss', '/api/v1/docs', '/api/v1', '/api/v1/openapi.json', '/api/health', '/api/preview', '/api/preview/exit']
const restPaths = ['/api/news', '/api/statements', '/api/programmes', '/api/facts', '/api/countries', '/api/search', '/api/media', '/api/users', '/api/globals/navigation', '/api/news/versions']

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

afterAll(() => {
  console.log(`fuzz: ${requests} requests, none a 5xx, none showing the draft, none redirecting off the site`)
})

describe('fuzzing: never a 5xx, never a draft', () => {
  it('public pages with generated query parameters', async () => {
    await holds(fc.tuple(fc.constantFrom(...pagePaths), queryString).map(([path, query]) => path + query), 600)
  })

  it('document pages with generated slugs', async () => {
    await holds(fc.tuple(fc.constantFrom(...documentPaths), segment, queryString).map(([path, slug, query]) => path + slug + query), 400)
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
