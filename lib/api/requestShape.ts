import type { SanitizedConfig } from 'payload'

import { isStaff } from '@/access/roles'
import { getPayloadClient } from '@/lib/payload'
import { getEnv } from '@/lib/env'
import { storedIdPattern } from './ids'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** The largest upload (payload.config.ts's upload limit) and the largest JSON body. */
export const maxUploadBytes = 20 * 1024 * 1024
const maxJsonBytes = 5 * 1024 * 1024
/** Room for the multipart envelope and the document's fields around the file. */
const multipartSlack = 256 * 1024
/** Multipart bodies up to this size are parsed to check their _payload (undici's parser is slow on big ones). */
const parsedMultipart = 1024 * 1024

const noStore = { 'Cache-Control': 'no-store' }

/** A 4xx in both the shape of our guards ({error, details}) and Payload's ({errors: [{message}]}), which the admin shows. */
export function clientError(status: number, error: string, detail: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error, details: [detail], errors: [{ message: `${error} ${detail}` }] }, { status, headers: { ...noStore, ...headers } })
}

const notFound = (detail: string) => clientError(404, 'Not found.', detail)

/**
 * Where an id stands in Payload's REST routes (/api/<collection>/…), by method: GET /:id,
 * /versions/:id; PATCH and DELETE /:id; POST /:id/duplicate, /versions/:id (restore),
 * /access/:id, /:id/api-key/reveal. Anything in those places that cannot be an id reached the
 * database and came back as a 500.
 */
function idOf(method: string, slug: string[], kind: { auth: boolean; upload: boolean }): string | undefined {
  const [, second, third, fourth] = slug
  if (second === undefined) return undefined
  // Routes that only auth collections (users) or upload collections (media) have.
  const named = ['count', 'versions', ...(kind.auth ? ['me', 'init'] : []), ...(kind.upload ? ['paste-url'] : [])]
  if (method === 'GET' || method === 'HEAD') {
    if (second === 'versions' && slug.length === 3) return third
    if (kind.upload && (second === 'file' || second === 'paste-url') && slug.length > 2) return undefined
    if (named.includes(second) && slug.length === 2) return undefined
    return slug.length === 2 ? second : undefined
  }
  if (method === 'PATCH' || method === 'DELETE' || method === 'PUT') return slug.length === 2 ? second : undefined
  if (method === 'POST') {
    if ((second === 'versions' || second === 'access') && slug.length === 3) return third
    if ((third === 'schedule' || third === 'duplicate') && slug.length === 3) return second
    if (third === 'api-key' && fourth === 'reveal') return second
  }
  return undefined
}

/** Whether a custom endpoint ("/:key", "/:id/schedule") answers this method and path. */
function matches(endpoint: { path: string; method: string }, method: string, segments: string[]): boolean {
  const pattern = endpoint.path.split('/').filter(Boolean)
  if (endpoint.method.toUpperCase() !== method && !(endpoint.method === 'get' && method === 'HEAD')) return false
  return pattern.length === segments.length && pattern.every((part, index) => part.startsWith(':') || part === segments[index])
}

/** Whether the signed-in account has a preference with this key (no account: Payload answers 401). */
async function hasPreference(request: Request, key: string): Promise<boolean> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers }).catch(() => ({ user: null }))
  if (!user) return true
  const found = await payload.find({
    collection: 'payload-preferences',
    where: { and: [{ key: { equals: key } }, { 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs.length > 0
}

async function signedInStaff(request: Request): Promise<boolean> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers }).catch(() => ({ user: null }))
  return isStaff(user)
}

/** Payload's own collection routes (the sanitized config lists them with the custom ones). */
const payloadRoutes = new Set([
  '/',
  '/:id',
  '/count',
  '/versions',
  '/versions/:id',
  '/access/:id?',
  '/:id/duplicate',
  '/distinct',
  '/access',
  '/:id/api-key/reveal',
  '/forgot-password',
  '/init',
  '/login',
  '/logout',
  '/me',
  '/refresh-token',
  '/first-register',
  '/reset-password',
  '/unlock',
  '/verify/:id',
  '/paste-url/:id?',
  '/file/:filename',
])

/** Reads at most `cap` bytes of a body; undefined when it is longer. */
async function readCapped(request: Request, cap: number): Promise<Uint8Array | undefined> {
  const reader = request.clone().body?.getReader()
  if (!reader) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > cap) {
      // Not awaited: a tee'd branch's cancel settles only once the other branch is cancelled too.
      reader.cancel().catch(() => {})
      return undefined
    }
    chunks.push(value)
  }
  const body = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

const tooLarge = (what: string, cap: number) =>
  clientError(
    413,
    'Too large.',
    `${what} may be at most ${Math.round(cap / 1024 / 1024)} MB; make the file smaller (e.g. export the image at a lower resolution, or compress the PDF).`,
  )

/** Problems with a write's body that Payload answered with a 500; undefined when it is fine. */
/** A file is uploaded, never fetched by the server from an address a client names (Payload's `url` on create: a 500 when it failed, and a fetch on the client's behalf). */
const fetchedUpload = () =>
  clientError(
    400,
    'Invalid body.',
    'Upload the file itself: multipart/form-data with the file in a "file" field and the document as JSON in a _payload field. Files are not fetched from an address ("url").',
  )

/** A document naming an address to fetch (the admin's own forms send none, or an empty one). */
const namesAddress = (document: unknown) => {
  const url = (document as { url?: unknown } | null)?.url
  return typeof url === 'string' && url.trim() !== ''
}

/** An account's credentials (Payload lower-cases `email` before any hook of ours: another type was a 500, found by the e2e fuzz test). */
const credentials = ['email', 'password', 'username']

async function bodyProblem(request: Request, overridden: boolean, needsDocument: boolean, uploadCreate = false, auth = false): Promise<Response | undefined> {
  if (!['POST', 'PATCH', 'PUT'].includes(request.method)) return undefined
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  const length = Number(request.headers.get('content-length') ?? '0')
  if (type === 'multipart/form-data') {
    if (length > maxUploadBytes + multipartSlack) return tooLarge('An upload', maxUploadBytes)
    const bytes = await readCapped(request, maxUploadBytes + multipartSlack)
    if (!bytes) return tooLarge('An upload', maxUploadBytes)
    if (bytes.byteLength > parsedMultipart) return undefined
    const form = await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData().catch(() => undefined)
    if (!form) return clientError(400, 'Invalid body.', 'The multipart body could not be read: send a file field and the document as JSON in a _payload field.')
    const problem = payloadField(form.get('_payload'))
    if (problem || !uploadCreate) return problem
    const document = form.get('_payload')
    return typeof document === 'string' && namesAddress(JSON.parse(document)) ? fetchedUpload() : undefined
  }
  if (type === 'application/x-www-form-urlencoded' && overridden) return undefined // the admin's long queries (restGuard.ts)
  if (length > maxJsonBytes) return tooLarge('A body', maxJsonBytes)
  const bytes = await readCapped(request, maxJsonBytes)
  if (!bytes) return tooLarge('A body', maxJsonBytes)
  const text = new TextDecoder().decode(bytes).trim()
  if (text === '') return needsDocument ? clientError(400, 'Invalid body.', 'Send the document as a JSON object (Content-Type: application/json), e.g. {"title": "…"}.') : undefined
  // Payload reads JSON and multipart bodies only: anything else reached it as no document at all.
  if (type !== 'application/json') return unsupported()
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return clientError(400, 'Invalid body.', 'The body is not valid JSON: send the document as a JSON object, e.g. {"title": "…"}.')
  }
  if (!isObject(parsed))
    return clientError(400, 'Invalid body.', 'The body must be a JSON object with the document’s fields, e.g. {"title": "…"}, not null, a list, a string or a number.')
  if (uploadCreate && namesAddress(parsed)) return fetchedUpload()
  for (const name of auth ? credentials : []) {
    const value = (parsed as Record<string, unknown>)[name]
    if (value !== undefined && value !== null && typeof value !== 'string')
      return clientError(400, 'Invalid body.', `${name} must be text (a JSON string)${name === 'email' ? ', e.g. "name@example.org"' : ''}, or left out.`)
  }
  // Payload keeps these as given, unvalidated, and the database fails on anything but a date.
  for (const stamp of ['createdAt', 'updatedAt']) {
    const value = (parsed as Record<string, unknown>)[stamp]
    if (value !== undefined && value !== null && !(typeof value === 'string' && !Number.isNaN(Date.parse(value)))) {
      return clientError(400, 'Invalid body.', `${stamp} must be a date such as 2026-01-31T09:00:00Z, or left out (Payload sets it).`)
    }
  }
  return undefined
}

function payloadField(value: FormDataEntryValue | null): Response | undefined {
  if (value === null) return undefined
  if (typeof value !== 'string') return clientError(400, 'Invalid body.', 'The _payload field must be the document as JSON text, not a file.')
  try {
    if (isObject(JSON.parse(value))) return undefined
  } catch {
    // below
  }
  return clientError(400, 'Invalid body.', 'The _payload field must be the document as a JSON object, e.g. {"alt": "…"}.')
}

const unsupported = () =>
  clientError(
    415,
    'Unsupported body.',
    'Send the document as JSON (Content-Type: application/json), or a file as multipart/form-data with the document as JSON in a _payload field.',
  )

/**
 * Every method of Payload's REST API, for everyone: ids that cannot be ids and routes that do
 * not exist are a 404, bodies that are not a JSON object (null, a string, broken JSON,
 * form-encoded fields) a 400 or 415, uploads over 20 MB a 413, instead of Payload's 500.
 */
export function guardRequestShape(config: Promise<SanitizedConfig> | SanitizedConfig, handler: Handler): Handler {
  return async (request, context) => {
    const { slug } = await context.params
    const method = request.method.toUpperCase()
    // Email verification is off (accounts are created by admins): the route only ever failed.
    if (slug[0] === 'users' && slug[1] === 'verify') return notFound('/api/users/verify is not used: accounts are created by an administrator.')
    // Ids only in a collection's own routes: not in globals, nor in its custom endpoints
    // (/api/payload-jobs/run), whose first segment is a word.
    const collection = (await config).collections.find((candidate) => candidate.slug === slug[0])
    const custom = collection?.endpoints ? collection.endpoints.some((endpoint) => !payloadRoutes.has(endpoint.path) && matches(endpoint, method, slug.slice(1))) : false
    const id = collection && !custom ? idOf(method, slug, { auth: Boolean(collection.auth), upload: Boolean(collection.upload) }) : undefined
    if (id !== undefined && !storedIdPattern(getEnv().databaseKind).test(id)) {
      return notFound(
        `There is no document "${id.slice(0, 60)}" in ${slug[0].slice(0, 40)}: ids here are ${getEnv().databaseKind === 'sqlite' ? 'whole numbers' : '24 hexadecimal digits'}.`,
      )
    }
    // Versions routes of a collection or a global that keeps no versions.
    if (collection && !custom && !collection.versions && slug[1] === 'versions') return notFound(`${slug[0].slice(0, 40)} keeps no versions.`)
    const global = slug[0] === 'globals' ? (await config).globals.find((candidate) => candidate.slug === slug[1]) : undefined
    if (global && !global.versions && slug[2] === 'versions') return notFound(`${slug[1].slice(0, 40)} keeps no versions.`)
    // A preference is deleted by its key, and Payload's database adapter fails on a key the
    // account has none for.
    if (slug[0] === 'payload-preferences' && slug.length === 2 && method === 'DELETE' && !(await hasPreference(request, slug[1]))) {
      return notFound(`You have no preference "${slug[1].slice(0, 60)}".`)
    }
    const overridden = request.headers.has('x-http-method-override') || request.headers.has('x-payload-http-method-override')
    // The admin saves preferences by key (POST /api/payload-preferences/<key>); a create through
    // the collection route took any body to the database, which failed on odd values.
    // Staff only: to others the collection does not exist (404, lib/api/restGuard.ts).
    if (slug[0] === 'payload-preferences' && slug.length === 1 && method === 'POST' && !overridden && (await signedInStaff(request))) {
      return clientError(405, 'Method not allowed.', 'Preferences are saved by key: POST /api/payload-preferences/<key> with {"value": …}.', { Allow: 'GET' })
    }
    // A create (POST /api/<collection>) and an update (PATCH, PUT) carry the document.
    const needsDocument = Boolean(collection) && !custom && ((method === 'POST' && slug.length === 1) || method === 'PATCH' || method === 'PUT')
    const uploadCreate = Boolean(collection?.upload) && !custom && method === 'POST' && slug.length === 1
    const problem = await bodyProblem(request, overridden, needsDocument, uploadCreate, Boolean(collection?.auth) && !custom)
    if (problem) return problem
    return handler(request, context)
  }
}
