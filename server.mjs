/**
 * `npm start`: Next's production server, plus two things for public pages: they go out without
 * Next's client runtime (lib/http/clientRuntime.mjs: 140 KB of JavaScript that nothing on them
 * needs), and with a script policy.
 *
 * App Router pages carry inline scripts (the RSC payload, `self.__next_f.push(...)`). A policy
 * without 'unsafe-inline' must allow exactly those. Next's own way is a per-request nonce, which
 * forces every page to render per request and cannot be cached by Next or by Varnish. Here the
 * finished HTML of each response is hashed instead: `script-src 'self' 'sha256-…'` lists the
 * inline scripts the page really has. Hashes describe content, not a secret, so the header may
 * be cached with the page (Varnish keeps both), and an injected script, whose hash is not in
 * the list, does not run (tests/e2e/xss.test.ts).
 *
 * To hash a page the server needs its uncompressed bytes: for page requests it hides
 * Accept-Encoding from Next, holds the body, then compresses it itself (gzip or brotli, as the
 * client accepts). Everything else (/_next assets, /api, the admin, RSC requests) is Next's
 * response, untouched.
 *
 * A page that may be shared (s-maxage) is kept, finished and compressed, in the page cache
 * (lib/http/pageCache.mjs) and a repeat is answered from it without Next; every content change
 * empties it (lib/cachePurge.ts), on every instance (Redis) when there are several.
 *
 * Only Node built-ins, `next` and @redis/client (which the cache handler brings): the file also
 * runs in the Docker image's standalone output.
 */
import fs from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { withoutClientRuntime } from './lib/http/clientRuntime.mjs'
import { cacheableRequest, compress, createPageCache, expireHook, isPreview, sharedMaxAge } from './lib/http/pageCache.mjs'
import { scriptPolicy } from './lib/http/scriptPolicy.mjs'

const dir = path.dirname(fileURLToPath(import.meta.url))
const port = Number(process.env.PORT ?? 3000)
// Every interface, IPv4 and IPv6, like `next start` (HOSTNAME is often the machine's name).
const hostname = 'localhost'

/**
 * The build's own config (next.config.ts as built), as Next's standalone server.js passes it:
 * nothing is compiled at start, and the Docker image (standalone output, no next.config.ts)
 * runs this same file.
 */
function builtConfig() {
  const file = path.join(dir, '.next', 'required-server-files.json')
  if (!fs.existsSync(file)) throw new Error('No production build: run `npm run build` first.')
  const { config } = JSON.parse(fs.readFileSync(file, 'utf8'))
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(config)
  return config
}

/** Page requests: not an asset, not an API, not the admin, not a client navigation's RSC fetch. */
function isPageRequest(req) {
  if (req.method !== 'GET') return false
  if (req.headers.rsc || req.headers['next-router-prefetch'] || (req.url ?? '').includes('_rsc=')) return false
  return !/^\/(?:_next|api|admin)(?:\/|$|\?)/.test(req.url ?? '/')
}

const compressible = /^(?:text\/|application\/(?:json|xml|rss\+xml|atom\+xml|javascript|ld\+json))/

/** The encoding to send a body in: the client's best, for a compressible type over 1 KB. */
function encodingFor(acceptEncoding, type, length) {
  if (!compressible.test(type) || length <= 1024) return undefined
  if (/\bbr\b/.test(acceptEncoding)) return 'br'
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip'
  return undefined
}

function toBuffer(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
}

/** If-None-Match against an ETag, as Next compares them (weak comparison, a list, or "*"). */
function matches(ifNoneMatch, etag) {
  if (!ifNoneMatch || !etag) return false
  const bare = (tag) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(String(etag)))
}

/** Sends a page from the page cache; false when it holds none for this request. */
function serveCached(req, res) {
  if (!cacheableRequest(req)) return false
  const entry = pages.lookup(req.url)
  if (!entry) return false
  for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value)
  res.setHeader('X-Page-Cache', 'hit')
  if (matches(req.headers['if-none-match'], entry.headers.etag)) {
    res.removeHeader('Content-Security-Policy')
    res.statusCode = 304
    res.end()
    return true
  }
  const encoding = encodingFor(String(req.headers['accept-encoding'] ?? ''), String(entry.headers['content-type'] ?? ''), entry.body.length)
  const body = pages.body(entry, encoding)
  if (encoding) res.setHeader('Content-Encoding', encoding)
  res.setHeader('Content-Length', body.length)
  res.end(body)
  return true
}

/** Headers a stored page is sent with again (not those of one connection or one encoding). */
const perResponse = new Set(['content-length', 'content-encoding', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'x-nextjs-cache', 'set-cookie'])

/**
 * Holds a page's body, then sends it hashed (CSP) and compressed, and keeps it in the page
 * cache when it may be shared. A page that rendered (200) goes out without Next's client
 * runtime (lib/http/clientRuntime.mjs): nothing on it needs React in the browser. Error pages
 * keep it (a missing document's 404 is rendered by React on the client), and so do previews.
 */
function holdPage(req, res) {
  const acceptEncoding = String(req.headers['accept-encoding'] ?? '')
  // A preview keeps React: its live-preview listener re-renders on each save.
  const previewing = isPreview(req)
  const shareable = cacheableRequest(req)
  const since = pages.generation()
  delete req.headers['accept-encoding']
  const { write, end, writeHead } = res
  const chunks = []
  // Headers go out with the body: Next's writeHead is applied at the end, after ours are known.
  res.flushHeaders = () => {}
  res.writeHead = (status, reason, headers) => {
    if (typeof reason !== 'string') [headers, reason] = [reason, undefined]
    res.statusCode = status
    if (reason) res.statusMessage = reason
    const pairs = Array.isArray(headers) ? headers.flatMap((value, i) => (i % 2 === 0 ? [[value, headers[i + 1]]] : [])) : Object.entries(headers ?? {})
    for (const [name, value] of pairs) if (value !== undefined) res.setHeader(name, value)
    return res
  }
  res.write = (chunk, encoding, callback) => {
    chunks.push(toBuffer(chunk, encoding))
    ;(typeof encoding === 'function' ? encoding : callback)?.()
    return true
  }
  res.end = (chunk, encoding, callback) => {
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined]
    else if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
    if (chunk) chunks.push(toBuffer(chunk, encoding))
    let body = Buffer.concat(chunks)
    const type = String(res.getHeader('content-type') ?? '')
    if (type.startsWith('text/html') && body.length > 0) {
      let html = body.toString('utf8')
      if (res.statusCode === 200 && !previewing) body = Buffer.from((html = withoutClientRuntime(html)), 'utf8')
      res.setHeader('Content-Security-Policy', scriptPolicy(html))
    }
    // A 304 updates the headers the browser stored with the page: it must not replace the
    // page's policy with the body-less default one.
    if (res.statusCode === 304) res.removeHeader('Content-Security-Policy')
    const vary = String(res.getHeader('vary') ?? '')
    if (!/\baccept-encoding\b/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    const maxAge = sharedMaxAge(res.getHeader('cache-control'))
    const entry =
      shareable && res.statusCode === 200 && maxAge > 0 && !res.hasHeader('set-cookie')
        ? pages.store(req.url, { headers: Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !perResponse.has(name))), body, maxAge }, since)
        : undefined
    const encodingToUse = encodingFor(acceptEncoding, type, body.length)
    body = entry ? pages.body(entry, encodingToUse) : compress(body, encodingToUse)
    if (encodingToUse) res.setHeader('Content-Encoding', encodingToUse)
    if (res.statusCode !== 204 && res.statusCode !== 304) res.setHeader('Content-Length', body.length)
    res.writeHead = writeHead // Node's own, which writing calls to send the headers
    write.call(res, body)
    return end.call(res, callback)
  }
}

const app = next({ dev: false, dir, hostname, port, conf: builtConfig() })
const handle = app.getRequestHandler()
await app.prepare()

const pageCacheMb = Number(process.env.PAGE_CACHE_MB || 64)
if (!Number.isFinite(pageCacheMb) || pageCacheMb < 0) {
  console.error(`PAGE_CACHE_MB must be a number of megabytes (0 turns the page cache off), not "${process.env.PAGE_CACHE_MB}".`)
  process.exit(1)
}
const pages = createPageCache({ maxBytes: pageCacheMb * 1024 * 1024, redisUrl: process.env.REDIS_URL || undefined })
// lib/cachePurge.ts (bundled by Next, so it cannot import this file) expires it through this.
globalThis[expireHook] = pages.expire

createServer((req, res) => {
  if (isPageRequest(req)) {
    if (serveCached(req, res)) return
    holdPage(req, res)
  }
  handle(req, res).catch((error) => {
    console.error(error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
}).listen(port, () => {
  console.log(`Köprü ready on http://localhost:${port}`)
})
