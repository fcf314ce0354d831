/**
 * `npm start`: Next's production server, plus two things for public pages: they go out without
 * Next's client runtime (lib/http/clientRuntime.mjs: 140 KB of JavaScript that nothing on them
 * needs), and with a script policy.
 *
 * App Router pages carry inline scripts (the RSC payload, `self.__next_f.push(...)`). A policy
 * without 'unsafe-inline' must allow exactly those. Next's own way is a per-request nonce, which
 * forces every page to render per request and cannot be cached by Next or by the proxy. Here the
 * finished HTML of each response is hashed instead: `script-src 'self' 'sha256-…'` lists the
 * inline scripts the page really has. Hashes describe content, not a secret, so the header may
 * be cached with the page (the proxy keeps both), and an injected script, whose hash is not in
 * the list, does not run (tests/e2e/xss.test.ts).
 *
 * To hash a page the server needs its uncompressed bytes: for page requests it hides
 * Accept-Encoding from Next, holds the body, then compresses it itself (gzip or brotli, as the
 * client accepts). Everything else (/_next assets, /api, the admin) is Next's response,
 * untouched. A client navigation's RSC variants of a page get the plain page (`asPlainPage`),
 * except for staff previewing; other methods than GET and HEAD get a 405.
 *
 * A page that may be shared (s-maxage) is kept, finished and compressed, in the page cache
 * (lib/cache/pageCache.mjs) and a repeat is answered from it without Next; every content change
 * empties it (lib/cache/purge.ts), on every instance (Redis) when there are several.
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
import { cacheableRequest, createPageCache, isPreview, sharedMaxAge } from './lib/cache/pageCache.mjs'
import { registerPageCacheExpiry } from './lib/cache/registry.mjs'
import { timed } from './lib/cache/requestClock.mjs'
import { backgroundCompressionBytes, compress, compressInBackground, encodingFor } from './lib/http/compression.mjs'
import { matchesEtag } from './lib/http/etag.mjs'
import { scriptPolicy } from './lib/http/scriptPolicy.mjs'
import { servedOverHttps, strictTransportSecurity } from './lib/http/transport.mjs'
import { believeForwarding, parseTrustedProxies } from './lib/http/trustedProxies.mjs'

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

/** Public pages: every address but assets, the APIs and the admin. */
function isPublicPath(req) {
  return !/^\/(?:_next|api|admin)(?:\/|$|\?)/.test(req.url ?? '/')
}

/**
 * What makes Next answer a page address with something other than the page as HTML with our
 * policy: a client navigation's RSC fetch and its variants (headers, the `_rsc` cache-buster,
 * `__nextDataReq`, `.rsc` and segment-prefetch addresses). With one, Next sent the page with
 * its client runtime and no script-src (or its flight data). Public pages ship no client
 * runtime, so no reader's browser ever asks for these: for anyone but staff previewing, the
 * headers and parameters are dropped and the request is the plain page (one address, one
 * policy, one cache entry), and the flight-data addresses do not exist (404).
 */
const routerHeaders = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-hmr-refresh',
  'next-url',
  'next-action',
  'x-nextjs-data',
  'x-middleware-prefetch',
  'purpose',
]
const routerParams = ['_rsc', '__nextDataReq', '__nextLocale', '__nextDefaultLocale']
const flightAddress = /^[^?#]*(?:\.rsc|\.segments\/|\.prefetch\.rsc|\.segment\.rsc)(?:[?#]|$)/

function asPlainPage(req) {
  for (const name of routerHeaders) delete req.headers[name]
  const url = req.url ?? '/'
  const query = url.indexOf('?')
  if (query === -1) return
  const params = url
    .slice(query + 1)
    .split('&')
    .filter((pair) => pair !== '' && !routerParams.includes(decodeSafely(pair.split('=')[0])))
  req.url = url.slice(0, query) + (params.length > 0 ? `?${params.join('&')}` : '')
}

function decodeSafely(text) {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function toBuffer(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
}

/** Sends a page from the page cache; false when it holds none for this request. */
function serveCached(req, res) {
  if (!cacheableRequest(req)) return false
  const entry = pages.lookup(req.url)
  if (!entry) return false
  for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value)
  res.statusCode = entry.status
  res.setHeader('X-Page-Cache', 'hit')
  if (matchesEtag(req.headers['if-none-match'], entry.headers.etag)) {
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

/**
 * Server-rendered stand-ins (app/(frontend)/[locale]/page-not-found, page-error) for Next's
 * empty error shell: `notFound()` and a failed render answer `<html id="__next_error__">` with
 * no `lang` and no body, the page drawn by React in the browser (vercel/next.js#62228). Each
 * answers with its status at its own address too: it is never a 200 page.
 */
const standIns = { 'page-not-found': 404, 'page-error': 500 }
const localePattern = '[a-z]{2}(?:-[A-Za-z]{2})?'
const localePrefix = new RegExp(`^/(${localePattern})(?:[/?#]|$)`)
const standInRoute = new RegExp(`^/${localePattern}/(${Object.keys(standIns).join('|')})(?:[?#]|$)`)
const errorShell = /^\s*(?:<!DOCTYPE html>)?\s*<html id="__next_error__"/i

/** The stand-in for a shell with this status, or undefined. */
function standInFor(status) {
  if (status === 404) return 'page-not-found'
  if (status >= 500) return 'page-error'
  return undefined
}

/**
 * The last rendering of each stand-in, by address ("/tr/page-error"), and the page-cache
 * generation it was rendered in. Never emptied: when a page fails because the database is
 * down, its stand-in cannot be rendered either (its layout reads the navigation), so the copy
 * answers; a copy from before the latest content change is rendered again in the background.
 * Only a real stand-in is kept (its status, no redirect): an address under a locale the site
 * does not have is redirected by the locale routing, so the copies stay a handful.
 */
const standInCopies = new Map()
/** When each address was last rendered or tried (the 64 latest): one try per 5 s at most. */
const standInAttempts = new Map()
const standInRenders = new Map()

/** Renders the stand-in at `address` by a request to this server; resolves to its body or undefined. */
function renderStandIn(address, name) {
  const inFlight = standInRenders.get(address)
  if (inFlight) return inFlight
  if (Date.now() - (standInAttempts.get(address) ?? 0) < 5000) return Promise.resolve(undefined)
  standInAttempts.delete(address)
  standInAttempts.set(address, Date.now())
  if (standInAttempts.size > 64) standInAttempts.delete(standInAttempts.keys().next().value)
  const since = pages.generation()
  const render = fetch(`http://localhost:${port}${address}`, {
    headers: { 'accept-encoding': 'identity' },
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  })
    .then(async (response) => {
      const html = Buffer.from(await response.arrayBuffer())
      if (response.status !== standIns[name] || errorShell.test(html.subarray(0, 200).toString('utf8'))) throw new Error(`answered ${response.status}`)
      standInCopies.set(address, { body: html, generation: since })
      return html
    })
    .catch((error) => {
      console.error(`[stand-in] could not render ${address}: ${error.message}`)
      return undefined
    })
    .finally(() => standInRenders.delete(address))
  standInRenders.set(address, render)
  return render
}

/** The stand-ins of a locale, rendered ahead (in the background) when missing or out of date. */
function freshenStandIns(locale) {
  for (const name of Object.keys(standIns)) {
    const address = `/${locale}/${name}`
    if (standInCopies.get(address)?.generation !== pages.generation()) void renderStandIn(address, name)
  }
}

/**
 * The stand-in page in the address's language (its first segment, which the locale routing
 * guarantees for every page that reaches Next): its last copy, or rendered now when there is
 * none. Undefined when it cannot be had: the caller keeps Next's shell.
 */
async function standInPage(url, name) {
  const locale = localePrefix.exec(url)?.[1]
  if (!locale) return undefined
  const address = `/${locale}/${name}`
  const copy = standInCopies.get(address)
  if (!copy) return renderStandIn(address, name)
  freshenStandIns(locale)
  return copy.body
}

/**
 * Holds a page's body, then sends it hashed (CSP) and compressed, and keeps it in the page
 * cache when it may be shared. A page that rendered (200) goes out without Next's client
 * runtime (lib/http/clientRuntime.mjs): nothing on it needs React in the browser; previews keep
 * it. A 404 or 5xx that Next sends as its empty error shell goes out as the server-rendered
 * stand-in page of its language instead (`standIns`), with the same status.
 */
function holdPage(req, res) {
  const acceptEncoding = String(req.headers['accept-encoding'] ?? '')
  // A preview keeps React: its live-preview listener re-renders on each save.
  const previewing = isPreview(req)
  const shareable = cacheableRequest(req)
  const since = pages.generation()
  // A stand-in at its own address: rendered (200 from Next), sent with its status.
  const standIn = standInRoute.exec(req.url ?? '')?.[1]
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

  /** Sends the finished body: policy, Vary, page cache, compression. */
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
    const vary = String(res.getHeader('vary') ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name && !/^sec-ch-prefers-color-scheme$/i.test(name))
    if (!vary.some((name) => /^accept-encoding$/i.test(name))) vary.push('Accept-Encoding')
    res.setHeader('Vary', vary.join(', '))
    const stored = res.statusCode === 200
    if (standIn && stored) res.statusCode = standIns[standIn]
    // A 304 updates the headers the browser stored with the page: it must not replace the
    // page's policy with the body-less default one.
    if (res.statusCode === 304) res.removeHeader('Content-Security-Policy')
    const maxAge = sharedMaxAge(res.getHeader('cache-control'))
    const entry =
      shareable && stored && maxAge > 0 && !res.hasHeader('set-cookie')
        ? pages.store(
            req.url,
            { status: res.statusCode, headers: Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !perResponse.has(name))), body, maxAge },
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
        const locale = localePrefix.exec(req.url ?? '')?.[1]
        if (locale) freshenStandIns(locale)
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
  res.end = (chunk, encoding, callback) => {
    if (ended) return res
    ended = true
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined]
    else if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
    if (chunk) chunks.push(toBuffer(chunk, encoding))
    const body = Buffer.concat(chunks)
    const replacement = standIn || previewing ? undefined : standInFor(res.statusCode)
    if (!replacement || !errorShell.test(body.subarray(0, 200).toString('utf8'))) return send(body, callback)
    standInPage(req.url ?? '/', replacement)
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
}

const app = next({ dev: false, dir, hostname, port, conf: builtConfig() })
const handle = app.getRequestHandler()
await app.prepare()

const pageCacheMb = Number(process.env.PAGE_CACHE_MB || 64)
if (!Number.isFinite(pageCacheMb) || pageCacheMb < 0) {
  console.error(`PAGE_CACHE_MB must be a number of megabytes (0 turns the page cache off), not "${process.env.PAGE_CACHE_MB}".`)
  process.exit(1)
}
// Who may say who the client is (X-Forwarded-For, -Proto, -Host): lib/http/trustedProxies.mjs.
const proxies = parseTrustedProxies(process.env.TRUSTED_PROXIES || undefined)
if (!proxies.ok) {
  console.error(`TRUSTED_PROXIES ${proxies.problem}.`)
  process.exit(1)
}
const pages = createPageCache({ maxBytes: pageCacheMb * 1024 * 1024, redisUrl: process.env.REDIS_URL || undefined })
// lib/cache/purge.ts (bundled by Next, so it cannot import this file) expires it through this.
registerPageCacheExpiry(pages.expire)

createServer((req, res) => {
  // Before anything reads them: forwarding headers only as far as a trusted proxy vouches.
  believeForwarding(req, proxies.trusts)
  // Per request, never stored with a page: it depends on how this reader connected.
  if (servedOverHttps(req)) res.setHeader('Strict-Transport-Security', strictTransportSecurity)
  if (isPublicPath(req)) {
    // Pages are read, never posted to (no form or server action on them): Next rendered a
    // POST as the page with its client runtime and no script-src.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // The body is not read: the connection closes after the answer (as Node would anyway).
      req.resume()
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' })
      res.end('Method not allowed: pages are read with GET. / İzin verilmeyen yöntem: sayfalar GET ile okunur.')
      return
    }
    if (!isPreview(req)) {
      if (flightAddress.test(req.url ?? '')) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
        res.end('Not found. / Bulunamadı.')
        return
      }
      asPlainPage(req)
    }
    // HEAD is answered as the GET it stands for (status, length, policy); Node sends no body
    // for it, as it decided when it made the response.
    if (req.method === 'HEAD') req.method = 'GET'
    if (serveCached(req, res)) return
    // Staff previewing keep React (and its RSC fetches), held like any page: whatever comes
    // back as HTML gets the policy.
    holdPage(req, res)
  }
  // What Next's cache stores for this request is stamped with its start (lib/cache/handler.mjs).
  timed(() => handle(req, res)).catch((error) => {
    console.error(error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
}).listen(port, () => {
  console.log(`Köprü ready on http://localhost:${port}`)
})
