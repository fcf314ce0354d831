import { z } from 'zod'

import { isStaff } from '@/access/roles'
import { locales } from '@/i18n/locales'
import { publicCollections } from '@/lib/cache/tags'
import { databaseAnswers, guardedRead, isUnavailable, unavailableResponse } from '@/lib/db/availability'
import { getPayloadClient } from '@/lib/payload'
import { etagOf, matchesEtag } from '@/lib/http/etag.mjs'
import { getEnv } from '@/lib/env'
import { documentIdPattern, storedIdPattern } from './ids'
import { garbledProblem, isGarbled, wholeNumber } from './queryValues'
import { clientAddress, consume, rateLimitHeaders, tooManyRequestsDetail } from './rateLimit'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Limits of Payload's REST API for requests that are not a staff session (anonymous readers and
 * API keys): at most 100 documents a page (limit=0, "everything", is refused too), depth at most
 * 2, a known locale. A bad value is a 400 that names the allowed range, before Payload runs.
 */
const publicQuery = z.object({
  limit: wholeNumber('limit', 1, 100).optional(),
  page: wholeNumber('page', 1, 100_000).optional(),
  depth: wholeNumber('depth', 0, 2).optional(),
  locale: z.enum([...locales, 'all'], { message: `locale must be one of ${locales.join(', ')} (or all)` }).optional(),
  'fallback-locale': z.enum([...locales, 'none', 'false'], { message: `fallback-locale must be one of ${locales.join(', ')} or none` }).optional(),
})

/**
 * The signed-in account behind a request, if any: checked, not guessed from the header's
 * presence (a made-up token must not lift the limits). Requests without credentials skip it.
 */
async function requestUser(request: Request): Promise<{ id: string | number; roles?: string[] | null } | null> {
  const authorization = request.headers.get('authorization') ?? ''
  const cookie = request.headers.get('cookie') ?? ''
  if (!authorization && !/(?:^|;\s*)payload-token=/.test(cookie)) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers }).catch(() => ({ user: null }))
  return user
}

/** Fields only staff may see or query, and the draft switch: refused before Payload runs. */
const internalPath = /(?:^|[\[.])(_status|reviewStatus|reviewComment|lastEditedBy|missingTranslations|apiKey|password|hash|salt)(?:[\].]|$)/

const operators = [
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

/** where[field][operator]=value, nested in and/or groups; an array index only for list operators. */
const wherePattern = new RegExp(`^where(?:\\[(?:and|or)\\]\\[\\d{1,3}\\])*\\[[A-Za-z0-9_.]{1,120}\\]\\[(?:${operators.join('|')})\\](?:\\[\\d{1,3}\\])?$`)

/** Second path segments of Payload's collection routes that are not document ids. */
const collectionRoutes = new Set(['versions', 'count', 'access', 'me', 'init'])

/** A path Payload would answer with a 500 rather than a 404 (an id that cannot exist in a content collection). */
function impossibleDocument(slug: string[]): string | null {
  const content = (publicCollections as readonly string[]).includes(slug[0])
  if (content && slug.length === 2 && !collectionRoutes.has(slug[1]) && !documentIdPattern.test(slug[1])) {
    return `There is no document "${slug[1].slice(0, 60)}" in ${slug[0]}: ids are numbers (or 24 hexadecimal digits). To find a document by its slug, use /api/${slug[0]}?where[slug][equals]=… or /api/v1/${slug[0]}/<slug>.`
  }
  return null
}

function publicProblems(params: URLSearchParams): string[] {
  const problems: string[] = []
  // A key given twice becomes a list, which only list operators take (where[id][in]=1&where[id][in]=2).
  for (const key of new Set(params.keys())) {
    const count = params.getAll(key).length
    if (count > 1 && !(key in publicQuery.shape) && !/\[(in|not_in|all)\]$/.test(key)) {
      problems.push(`${key.slice(0, 80)} is given ${count} times; give it once (only the in, not_in and all operators take several values)`)
    }
  }
  for (const [key, value] of params) {
    if (key.length > 200 || value.length > 1000) problems.push(`${key.slice(0, 40)} is too long: keep names under 200 and values under 1000 characters`)
    if (isGarbled(key + value)) problems.push(garbledProblem(key.slice(0, 40)))
    const scalar = /^(limit|page|depth|locale|fallback-locale|draft|pagination|trash)\[/.exec(key)
    if (scalar) problems.push(`${scalar[1]} takes a single value, e.g. ${scalar[1]}=1, not ${key.slice(0, 40)}`)
    if (key === 'draft' && value !== 'false') problems.push('draft is for signed-in staff (preview): leave it out to read published documents')
    if (/^where\b/.test(key) && !wherePattern.test(key)) {
      problems.push(
        `${key.slice(0, 80)} is not a query Payload understands: write where[field][operator]=value (or where[or][0][field][operator]=value), with an operator among ${operators.join(', ')}`,
      )
    }
    // Sorting through a relation (sort=programme.title; SQLite's adapter also reads "__" as
    // ".") orders by the linked documents' fields unfiltered by their access: an unpublished
    // programme's title could be probed. Every form counts: sort=a,b and sort[0]=a.
    const sortFields = /^sort(?:\[|$)/.test(key) ? value.split(',').map((part) => part.trim().replace(/^-/, '')) : []
    if (sortFields.some((field) => field.includes('.') || field.includes('__'))) {
      problems.push(`sort takes top-level fields of the documents themselves (e.g. sort=-publishedDate), not of linked documents or groups: ${value.slice(0, 60)}`)
    }
    // Rich text is stored as JSON holding its links' targets (draft programmes included):
    // a where on it (like, or a path into it) could probe them.
    if (/^where\b/.test(key) && /\[body(?:\.[^\]]*)?\]\[/.test(key)) {
      problems.push(`${key.slice(0, 80)}: the body is rich text and cannot be queried; search its words with q on /api/v1 (see /api/v1/docs) or the site's search`)
    }
    if (/^(where|sort|select|populate)\b/.test(key) && (internalPath.test(key) || sortFields.some((field) => internalPath.test(field)))) {
      problems.push(`${key} refers to an internal field: only published documents and their public fields can be read or queried`)
    }
  }
  return problems
}

/** Payload's own collections for the admin (edit locks, UI preferences): staff only. */
const staffOnlyCollections = new Set(['payload-locked-documents', 'payload-preferences'])

const notReadable = (slug: string[], headers: Record<string, string> = {}) =>
  Response.json(
    { error: 'Not found.', details: [`/api/${slug.join('/').slice(0, 80)} is not a readable endpoint; published content is under /api/v1 (see /api/v1/docs).`] },
    { status: 404, headers: { ...headers, 'Cache-Control': 'no-store' } },
  )

/**
 * A POST that Payload answers as a GET, its query in the body (X-HTTP-Method-Override or
 * X-Payload-HTTP-Method-Override: GET; the admin's relationship fields send it for long
 * queries). It never passes guardPublicGet, so for anyone but staff it would lift the limits
 * and the refused query forms (a nested `contains` reaches unpublished documents' fields).
 */
function overridesMethod(request: Request): boolean {
  return request.method === 'POST' && (request.headers.has('x-http-method-override') || request.headers.has('x-payload-http-method-override'))
}

/**
 * Payload's REST API other than GET (POST, PATCH, PUT, DELETE): writes are Payload's access
 * control's to allow or refuse; this refuses, for anyone but staff, reads disguised as a POST
 * and the admin's internal collections (a partner's key is a signed-in user to Payload, which
 * lets any user read and write edit locks: which drafts are open, and by whom).
 */
export function guardRestWrite(handler: Handler): Handler {
  return async (request, context) => {
    const { slug } = await context.params
    // The admin's permission check of one document (POST /api/<collection>/access/<id>)
    // answered a draft, a private file, a user account and a missing id each differently:
    // anyone but staff gets the same 404 for all of them (and for the collection's own).
    const permissions = request.method === 'POST' && slug[1] === 'access' && slug.length <= 3
    // Restoring a version (POST /api/<collection>/versions/<id>): Payload looks the version up
    // before checking access, so the public got 404 for a missing version and 403 for one that
    // exists. Only staff restore: everyone else gets the same 404.
    const restore = request.method === 'POST' && slug[1] === 'versions' && slug.length === 3
    if (!overridesMethod(request) && !staffOnlyCollections.has(slug[0]) && !permissions && !restore) return handler(request, context)
    if (isStaff(await requestUser(request))) return handler(request, context)
    if (staffOnlyCollections.has(slug[0]) || permissions || restore) return notReadable(slug.slice(0, 2))
    return Response.json(
      {
        error: 'Method override is for the admin.',
        details: [`Read with GET and the query in the address, e.g. GET /api/${slug[0] ?? 'news'}?where[title][like]=migration&limit=10; partners: /api/v1 (see /api/v1/docs).`],
      },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    )
  }
}

/**
 * Links to programmes (news and statements: `programmes`; facts: `programme`), the one linked
 * collection with drafts. Payload applies the programmes' read rules when a query steps into
 * them (programmes.title), not to a bare id: `where[programmes][in]=42` counted the documents
 * linked to draft programme 42, which told the public it exists (an attacker's review).
 */
const programmeLink = /^where(?:\[(?:and|or)\]\[\d{1,3}\])*\[(?:programmes|programme)(?:\.id)?\]\[(\w+)\](?:\[\d{1,3}\])?$/

/** The address with every programme id the public may not read replaced by one no document has: a draft answers as a missing id. */
async function withoutUnreadableProgrammes(request: Request): Promise<Request> {
  const url = new URL(request.url)
  const keys = [...new Set([...url.searchParams.keys()].filter((key) => programmeLink.test(key)))]
  if (keys.length === 0) return request
  const kind = getEnv().databaseKind
  const isId = storedIdPattern(kind)
  const ids = new Set(
    keys
      .flatMap((key) => url.searchParams.getAll(key).flatMap((value) => value.split(',')))
      .map((id) => id.trim())
      .filter((id) => isId.test(id)),
  )
  if (ids.size === 0) return request
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'programmes',
    where: { id: { in: [...ids] } },
    select: { slug: true },
    depth: 0,
    limit: ids.size,
    pagination: false,
    overrideAccess: false,
  })
  const readable = new Set(docs.map((doc) => String(doc.id)))
  if ([...ids].every((id) => readable.has(id))) return request
  const nobody = kind === 'sqlite' ? '0' : '000000000000000000000000'
  for (const key of keys) {
    const values = url.searchParams.getAll(key).map((value) =>
      value
        .split(',')
        .map((id) => (isId.test(id.trim()) && !readable.has(id.trim()) ? nobody : id))
        .join(','),
    )
    url.searchParams.delete(key)
    for (const value of values) url.searchParams.append(key, value)
  }
  return new Request(url, request)
}

/**
 * limit, page and depth once each, as whole numbers for staff, who skip the public query's
 * limits (Payload answered a repeated limit with a 500, and echoed a word back as the limit).
 */
function pagingProblem(params: URLSearchParams): string | undefined {
  for (const name of ['limit', 'page', 'depth']) {
    const values = params.getAll(name)
    if (values.length > 1) return `${name} is given ${values.length} times; give it once`
    if (values.length === 1 && !/^\d{1,9}$/.test(values[0])) return `${name} must be a whole number, e.g. ${name}=${name === 'depth' ? 1 : 10}`
  }
  return undefined
}

export function guardPublicGet(handler: Handler): Handler {
  return async (request, context) => {
    // The server's own jobs runner carries its own token (lib/jobs.ts) and is no reader.
    if ((await context.params).slug[0] === 'payload-jobs') return handler(request, context)
    const user = await requestUser(request)
    if (!isStaff(user)) {
      const params = new URL(request.url).searchParams
      const picked: Record<string, string> = {}
      const repeated: string[] = []
      for (const key of Object.keys(publicQuery.shape)) {
        const values = params.getAll(key)
        if (values.length > 1) repeated.push(`${key} is given ${values.length} times; give it once`)
        if (values.length > 0) picked[key] = values[0]
      }
      const parsed = publicQuery.safeParse(picked)
      const details = [...repeated, ...(parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)), ...publicProblems(params)]
      if (details.length > 0) {
        return Response.json({ error: 'Invalid query parameters.', details }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
      }
      const { slug } = await context.params
      if (staffOnlyCollections.has(slug[0])) return notReadable(slug)
      const impossible = impossibleDocument(slug)
      if (impossible) return Response.json({ error: 'Not found.', details: [impossible] }, { status: 404, headers: { 'Cache-Control': 'no-store' } })
      // The same limits as /api/v1: per key for partners, per address for everyone else.
      const decision = await consume(user ? 'keyed' : 'anonymous', user ? `user:${user.id}` : `ip:${clientAddress(request.headers)}`)
      const limitHeaders = rateLimitHeaders(decision)
      if (!decision.allowed) {
        return Response.json(
          { error: 'Too many requests.', details: [tooManyRequestsDetail(decision)] },
          { status: 429, headers: { ...limitHeaders, 'Cache-Control': 'no-store' } },
        )
      }
      // A database that does not answer within the deadline, or makes Payload fail, is a 503
      // "retry later" for readers (Payload would hold them 10-30 s, then answer 500); Payload
      // answers its own failures, so a 5xx is checked against the database.
      const asked = await guardedRead(() => withoutUnreadableProgrammes(request)).catch((error: unknown) => (isUnavailable(error) ? null : Promise.reject(error)))
      if (!asked) return unavailableResponse(limitHeaders)
      const response = await guardedRead(() => handler(asked, context)).catch((error: unknown) => {
        if (isUnavailable(error)) return unavailableResponse(limitHeaders)
        throw error
      })
      if (response.status >= 500 && response.status !== 503 && !(await databaseAnswers()).up) return unavailableResponse(limitHeaders)
      // Payload answers a missing upload with a 500, a file not public yet (a draft's,
      // access/media.ts) with a 403 that would tell it exists, and a collection
      // without REST routes (payload-migrations) with a 501: for a reader, none is there.
      if ((response.status === 500 || response.status === 403) && slug.length === 3 && slug[1] === 'file') {
        return Response.json(
          { error: 'Not found.', details: [`There is no file "${slug[2].slice(0, 80)}" in ${slug[0]}.`] },
          { status: 404, headers: { ...limitHeaders, 'Cache-Control': 'no-store' } },
        )
      }
      if (response.status === 501) return notReadable(slug, limitHeaders)
      const headers = new Headers(response.headers)
      for (const [name, value] of Object.entries(limitHeaders)) headers.set(name, value)
      // JSON reads get a validator: a reader's If-None-Match gives a 304 while nothing changed.
      if (response.status === 200 && headers.get('content-type')?.includes('application/json')) {
        const body = await response.text()
        const etag = etagOf(body)
        headers.set('ETag', etag)
        headers.set('Cache-Control', 'public, max-age=0, must-revalidate')
        if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
        return new Response(body, { status: 200, statusText: response.statusText, headers })
      }
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    }
    const paging = pagingProblem(new URL(request.url).searchParams)
    if (paging) return Response.json({ error: 'Invalid query parameters.', details: [paging] }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
    const response = await handler(request, context)
    // Staff too: another office's private file (access/media.ts) is a 403 from
    // Payload, a missing one a 500; both are a 404, so neither tells the other apart.
    const { slug } = await context.params
    if ((response.status === 500 || response.status === 403) && slug.length === 3 && slug[1] === 'file') {
      return Response.json(
        { error: 'Not found.', details: [`There is no file "${slug[2].slice(0, 80)}" in ${slug[0]}.`] },
        { status: 404, headers: { 'Cache-Control': 'no-store' } },
      )
    }
    return response
  }
}
