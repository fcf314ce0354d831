// @ts-check
/**
 * Holds a page's response until Next has written all of it, then sends it finished: hashed
 * (the script policy, lib/http/scriptPolicy.mjs), without Next's client runtime when it
 * rendered (200; lib/http/clientRuntime.mjs: nothing on it needs React in the browser;
 * previews keep it), compressed (lib/http/compression.mjs), and kept in the page cache when it
 * may be shared (lib/cache/pageCache.mjs). A 404 or 5xx that Next sends as its empty error
 * shell goes out as the server-rendered stand-in page of its language instead
 * (lib/http/standIns.mjs), with the same status.
 *
 * To hash a page the server needs its uncompressed bytes: Accept-Encoding is hidden from Next,
 * and res.write/writeHead/end are replaced on this one response to collect the body.
 */
import { cacheableRequest, isPreview, pageKey, sharedMaxAge } from '../cache/pageCache.mjs'
import { requestHost } from '../sites/hosts.mjs'
import { withoutClientRuntime } from './clientRuntime.mjs'
import { backgroundCompressionBytes, compress, compressInBackground, encodingFor } from './compression.mjs'
import { scriptPolicy } from './scriptPolicy.mjs'
import { isErrorShell, localeOf, standInAt, standInFor, statusOf } from './standIns.mjs'

/** @typedef {import('node:http').IncomingMessage} IncomingMessage @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {ReturnType<typeof import('../cache/pageCache.mjs').createPageCache>} PageCache */
/** @typedef {ReturnType<typeof import('./standIns.mjs').createStandIns>} StandIns */
/** @typedef {(error?: Error | null) => void} Callback */

/** Headers a stored page is sent with again (not those of one connection or one encoding). */
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
])

/** @param {string | Uint8Array} chunk @param {unknown} [encoding] @returns {Buffer} */
function toBuffer(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8')
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
}

/**
 * Takes over the response's writing for a page request (see above); Next then handles the
 * request as usual.
 * @param {IncomingMessage} req @param {ServerResponse} res @param {{ pages: PageCache, standIns: StandIns }} options
 */
export function holdPage(req, res, { pages, standIns }) {
  const acceptEncoding = String(req.headers['accept-encoding'] ?? '')
  // A preview keeps React: its live-preview listener re-renders on each save.
  const previewing = isPreview(req)
  const shareable = cacheableRequest(req)
  const since = pages.generation(requestHost(req.headers))
  // A stand-in at its own address: rendered (200 from Next), sent with its status.
  const standIn = standInAt(req.url ?? '')
  delete req.headers['accept-encoding']
  const { writeHead } = res
  // Node's own writing, for the finished body.
  const write = /** @type {(chunk: Buffer) => boolean} */ (res.write)
  const end = /** @type {(callback?: Callback) => ServerResponse} */ (res.end)
  /** @type {Buffer[]} */
  const chunks = []
  // Headers go out with the body: Next's writeHead is applied at the end, after ours are known.
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

  /** Sends the finished body: policy, Vary, page cache, compression. @param {Buffer} body @param {Callback} [callback] */
  function send(body, callback) {
    const type = String(res.getHeader('content-type') ?? '')
    if (type.startsWith('text/html') && body.length > 0) {
      let html = body.toString('utf8')
      if (res.statusCode === 200 && !previewing) body = Buffer.from((html = withoutClientRuntime(html)), 'utf8')
      res.setHeader('Content-Security-Policy', scriptPolicy(html))
    }
    // Payload asks every response for the colour-scheme client hint (for the admin's theme),
    // as Critical-CH: a browser without it fetches the page a second time to send it. Public
    // pages do not use it, nor vary on it.
    res.removeHeader('Accept-CH')
    res.removeHeader('Critical-CH')
    // A redirect Next replays from its cache (a renamed item's old address, lib/content/redirects.ts)
    // carries its Location twice, the stored one and the redirect's own ("/a, /a"): a browser
    // would go to "/a,%20/a". One is what it means.
    const location = res.getHeader('location')
    const locations = (Array.isArray(location) ? location : typeof location === 'string' ? location.split(', ') : []).filter(Boolean)
    if (locations.length > 1 && new Set(locations).size === 1) res.setHeader('Location', locations[0])
    const vary = String(res.getHeader('vary') ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name && !/^sec-ch-prefers-color-scheme$/i.test(name))
    if (!vary.some((name) => /^accept-encoding$/i.test(name))) vary.push('Accept-Encoding')
    res.setHeader('Vary', vary.join(', '))
    const stored = res.statusCode === 200
    if (standIn && stored) res.statusCode = statusOf(standIn)
    // A permanent redirect (an old address of a renamed item or page, lib/content/redirects.ts) is
    // kept like a page: the same tags expire it (a rename, a redirect's edit, a page taking the address back).
    const keptRedirect = res.statusCode === 308 && !standIn
    // A 304 updates the headers the browser stored with the page: it must not replace the
    // page's policy with the body-less default one.
    if (res.statusCode === 304) res.removeHeader('Content-Security-Policy')
    const maxAge = sharedMaxAge(res.getHeader('cache-control'))
    const entry =
      shareable && (stored || keptRedirect) && maxAge > 0 && !res.hasHeader('set-cookie')
        ? pages.store(
            pageKey(req),
            {
              status: res.statusCode,
              headers: /** @type {Record<string, string | string[] | number>} */ (Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !perResponse.has(name)))),
              body,
              maxAge,
            },
            since,
          )
        : undefined
    const encodingToUse = encodingFor(acceptEncoding, type, body.length)
    const finish = (/** @type {Buffer} */ payload) => {
      if (encodingToUse) res.setHeader('Content-Encoding', encodingToUse)
      if (res.statusCode !== 204 && res.statusCode !== 304) res.setHeader('Content-Length', payload.length)
      res.writeHead = writeHead // Node's own, which writing calls to send the headers
      write.call(res, payload)
      const sent = end.call(res, callback)
      // A page of this language rendered: its stand-ins are made ready before a failure needs them.
      if (stored && !standIn && type.startsWith('text/html')) {
        const locale = localeOf(req.url ?? '')
        if (locale) standIns.freshen(requestHost(req.headers), locale)
      }
      return sent
    }
    // A large body (a sitemap child: 5.6 MB) is compressed off the event loop.
    if (encodingToUse && body.length > backgroundCompressionBytes) {
      const compressed = entry ? pages.bodyInBackground(entry, encodingToUse) : compressInBackground(body, encodingToUse)
      compressed.then(finish, (error) => {
        console.error(`[compress] ${req.url}: ${error.message}`)
        res.destroy()
      })
      return res
    }
    return finish(entry ? pages.body(entry, encodingToUse) : compress(body, encodingToUse))
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
      const body = Buffer.concat(chunks)
      const replacement = standIn || previewing ? undefined : standInFor(res.statusCode)
      if (!replacement || !isErrorShell(body)) return send(body, callback)
      standIns
        .page(requestHost(req.headers), req.url ?? '/', replacement)
        .then((page) => {
          if (page) res.removeHeader('etag') // Next's tag names the shell
          send(page ?? body, callback)
        })
        .catch((error) => {
          console.error(`[stand-in] ${req.url}: ${error.message}`)
          if (!res.headersSent) send(body, callback)
          else res.destroy()
        })
      return res
    }
  )
}
