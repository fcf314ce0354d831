// @ts-check
/**
 * The partner API's reads (/api/v1, lib/cache/apiCache.mjs says which) in server.mjs: a repeat
 * answered from the page cache without Next, and Next's answer held, kept, and sent finished.
 *
 * Next spends milliseconds of CPU on each /api/v1 read even when its data cache has the
 * content (routing, Payload's auth of a key, the handler, serialising and hashing the JSON):
 * ~120-270 reads/s on two cores. A repeat here costs the rate limit's count and a write.
 *
 * From the cache (`serveApiCached`): for a caller server.mjs knows (anonymous by address, or an
 * Authorization header Next recognised lately: lib/cache/apiCache.mjs), the read is counted
 * with the process's limiters (registered by lib/api/v1/http.ts: memory or Redis, the same
 * counters Next's handler uses) and the stored answer is sent with that count's RateLimit-*
 * headers: 304 when If-None-Match names its ETag, else the body in the encoding the client
 * takes, compressed once. A refused read goes to Next with its decision (lib/cache/registry.mjs,
 * withRateDecision), which answers the 429 without counting it again. `X-Api-Cache: hit` says
 * the answer came from here.
 *
 * One read of an address at a time goes to Next: while Next answers one (after an expiry,
 * partners polling the same list arrive together), the others for the same key wait for its
 * answer (at most `flightWaitMs`) and are answered from the cache, instead of each entering Next.
 *
 * From Next (`holdApiResponse`): Accept-Encoding is hidden from Next and the body collected,
 * then sent with a Content-Length, compressed here (br or gzip, lib/http/compression.mjs), and
 * kept when it is a 200 with a shared Cache-Control (s-maxage) and no Set-Cookie, unless an
 * expiry came since the request began (the page cache's generation of the API's pseudo-host).
 * Either way the headers are Next's, but for the count's and the connection's.
 *
 * Only Node built-ins: server.mjs runs this in the Docker image's standalone output.
 */
import { apiKey, hasSessionCookie } from '../cache/apiCache.mjs'
import { sharedMaxAge } from '../cache/pageCache.mjs'
import { apiRateLimit } from '../cache/registry.mjs'
import { clientAddress } from './clientAddress.mjs'
import { backgroundCompressionBytes, compressInBackground, compress, encodingFor } from './compression.mjs'
import { matchesEtag } from './etag.mjs'

/** @typedef {import('node:http').IncomingMessage} IncomingMessage @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {ReturnType<typeof import('../cache/pageCache.mjs').createPageCache>} PageCache */
/** @typedef {ReturnType<typeof import('../cache/apiCache.mjs').createApiCallers>} ApiCallers */
/** @typedef {(error?: Error | null) => void} Callback */

/** Headers not kept with an answer: those of one connection, one encoding, one count. */
const perResponse = new Set([
  'content-length',
  'content-encoding',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'x-nextjs-cache',
  'set-cookie',
  'strict-transport-security',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'ratelimit-policy',
  'retry-after',
])

/** How long a read waits for the same read Next is answering before going to Next itself. */
export const flightWaitMs = 5000

/** The reads Next is answering, by key: resolved once each is sent. @type {Map<string, Promise<void>>} */
const flights = new Map()

/** Waits for the read of this key Next is answering, if any, at most flightWaitMs. @param {string} key */
async function landed(key) {
  const flight = flights.get(key)
  if (!flight) return false
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  await Promise.race([flight, new Promise((resolve) => (timer = setTimeout(resolve, flightWaitMs)))])
  clearTimeout(timer)
  return true
}

/** Whether server.mjs takes this request (GET or HEAD of a kept /api/v1 read). @param {IncomingMessage} req */
export function isApiRead(req) {
  return (req.method === 'GET' || req.method === 'HEAD') && apiKey(req.url) !== undefined
}

/**
 * Who calls, as the rate limits count them, or undefined when only Next can tell (a header not
 * recognised lately, or a session cookie beside it).
 * @param {IncomingMessage} req @param {ApiCallers} callers
 */
function callerOf(req, callers) {
  const authorization = req.headers.authorization
  if (!authorization) return { tier: /** @type {const} */ ('anonymous'), client: `ip:${clientAddress(req.headers['x-forwarded-for'])}` }
  if (hasSessionCookie(req.headers.cookie)) return undefined
  return callers.lookup(authorization)
}

/**
 * Answers an API read from the cache. Resolves 'sent' when it did; otherwise Next answers,
 * with `decision` when the read was counted here (refused, or its answer dropped meanwhile).
 * @param {PageCache} pages @param {ApiCallers} callers @param {IncomingMessage} req @param {ServerResponse} res
 * @returns {Promise<'sent' | { decision?: unknown }>}
 */
export async function serveApiCached(pages, callers, req, res) {
  const key = /** @type {string} */ (apiKey(req.url))
  const limit = apiRateLimit()
  if (!limit) return {}
  const caller = callerOf(req, callers)
  if (!caller) return {}
  if (!pages.lookup(key) && !((await landed(key)) && pages.lookup(key))) return {}
  const counted = await limit(caller.tier, caller.client)
  if (!counted.allowed) return { decision: counted.decision }
  // Looked up again: an expiry may have come while the count was on its way (Redis).
  const entry = pages.lookup(key)
  if (!entry) return { decision: counted.decision }
  for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value)
  for (const [name, value] of Object.entries(counted.headers)) res.setHeader(name, value)
  res.setHeader('X-Api-Cache', 'hit')
  res.statusCode = entry.status
  if (matchesEtag(req.headers['if-none-match'], entry.headers.etag)) {
    res.statusCode = 304
    res.end()
    return 'sent'
  }
  const encoding = encodingFor(String(req.headers['accept-encoding'] ?? ''), String(entry.headers['content-type'] ?? ''), entry.length)
  const body = entry.length > backgroundCompressionBytes ? await pages.bodyInBackground(entry, encoding) : pages.body(entry, encoding)
  if (encoding) res.setHeader('Content-Encoding', encoding)
  res.setHeader('Content-Length', body.length)
  res.end(body)
  return 'sent'
}

/** @param {string | Uint8Array} chunk @param {unknown} [encoding] @returns {Buffer} */
function toBuffer(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8')
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
}

/**
 * Takes over the writing of Next's answer to an API read (see above); Next then handles the
 * request as usual.
 * @param {IncomingMessage} req @param {ServerResponse} res @param {{ pages: PageCache, since: number }} options
 *   `since`: the API's generation when the request began (pages.generation(apiHost), lib/cache/apiCache.mjs).
 */
export function holdApiResponse(req, res, { pages, since }) {
  const key = /** @type {string} */ (apiKey(req.url))
  const acceptEncoding = String(req.headers['accept-encoding'] ?? '')
  delete req.headers['accept-encoding']
  // The first of simultaneous reads of the key: the others wait for its answer (see above).
  if (!flights.has(key)) {
    /** @type {() => void} */
    let land = () => {}
    const flight = new Promise((resolve) => {
      land = () => resolve(undefined)
    })
    flights.set(key, /** @type {Promise<void>} */ (flight))
    const landing = () => {
      if (flights.get(key) === flight) flights.delete(key)
      land()
    }
    res.once('finish', landing)
    res.once('close', landing)
  }
  const { writeHead } = res
  const write = /** @type {(chunk: Buffer) => boolean} */ (res.write)
  const end = /** @type {(callback?: Callback) => ServerResponse} */ (res.end)
  /** @type {Buffer[]} */
  const chunks = []
  res.flushHeaders = () => {}
  res.writeHead = /** @type {ServerResponse['writeHead']} */ (
    /** @param {number} status @param {unknown} [reason] @param {unknown} [headers] */
    (status, reason, headers) => {
      if (typeof reason !== 'string') [headers, reason] = [reason, undefined]
      res.statusCode = status
      if (reason) res.statusMessage = /** @type {string} */ (reason)
      /** @type {[string, import('node:http').OutgoingHttpHeader | undefined][]} */
      const pairs = Array.isArray(headers)
        ? headers.flatMap((value, i) => (i % 2 === 0 ? [[value, headers[i + 1]]] : []))
        : Object.entries(/** @type {import('node:http').OutgoingHttpHeaders} */ (headers ?? {}))
      for (const [name, value] of pairs) if (value !== undefined) res.setHeader(name, value)
      return res
    }
  )
  res.write = /** @type {ServerResponse['write']} */ (
    /** @param {string | Uint8Array} chunk @param {unknown} [encoding] @param {Callback} [callback] */
    (chunk, encoding, callback) => {
      chunks.push(toBuffer(chunk, encoding))
      ;(typeof encoding === 'function' ? /** @type {Callback} */ (encoding) : callback)?.()
      return true
    }
  )

  /** @param {Buffer} body @param {Callback} [callback] */
  function send(body, callback) {
    const type = String(res.getHeader('content-type') ?? '')
    const maxAge = sharedMaxAge(res.getHeader('cache-control'))
    const entry =
      res.statusCode === 200 && maxAge > 0 && !res.hasHeader('set-cookie')
        ? pages.store(
            key,
            {
              headers: /** @type {Record<string, string | string[] | number>} */ (Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !perResponse.has(name)))),
              body,
              maxAge,
            },
            since,
          )
        : undefined
    // The answer varies with Accept-Encoding, whichever this client sent (Next's compression says so too).
    const vary = String(res.getHeader('vary') ?? '')
    if (!/(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    const encoding = encodingFor(acceptEncoding, type, body.length)
    const finish = (/** @type {Buffer} */ payload) => {
      if (encoding) res.setHeader('Content-Encoding', encoding)
      if (res.statusCode !== 204 && res.statusCode !== 304) res.setHeader('Content-Length', payload.length)
      res.writeHead = writeHead
      write.call(res, payload)
      return end.call(res, callback)
    }
    if (encoding && body.length > backgroundCompressionBytes) {
      const compressed = entry ? pages.bodyInBackground(entry, encoding) : compressInBackground(body, encoding)
      compressed.then(finish, (error) => {
        console.error(`[compress] ${req.url}: ${error.message}`)
        res.destroy()
      })
      return res
    }
    return finish(entry ? pages.body(entry, encoding) : compress(body, encoding))
  }

  let ended = false
  res.end = /** @type {ServerResponse['end']} */ (
    /** @param {unknown} [chunk] @param {unknown} [encoding] @param {Callback} [callback] */
    (chunk, encoding, callback) => {
      if (ended) return res
      ended = true
      if (typeof chunk === 'function') [callback, chunk] = [/** @type {Callback} */ (chunk), undefined]
      else if (typeof encoding === 'function') [callback, encoding] = [/** @type {Callback} */ (encoding), undefined]
      if (chunk) chunks.push(toBuffer(/** @type {string | Uint8Array} */ (chunk), encoding))
      return send(Buffer.concat(chunks), callback)
    }
  )
}
