// @ts-check
/**
 * Which requests are public page requests, and the shape in which they reach Next (server.mjs).
 *
 * Public pages are every address but assets, the APIs and the admin. What makes Next answer a
 * page address with something other than the page as HTML with our policy: a client
 * navigation's RSC fetch and its variants (headers, the `_rsc` cache-buster, `__nextDataReq`,
 * `.rsc` and segment-prefetch addresses). With one, Next sent the page with its client runtime
 * and no script-src (or its flight data). Public pages ship no client runtime, so no reader's
 * browser ever asks for these: for anyone but staff previewing, the headers and parameters are
 * dropped and the request is the plain page (one address, one policy, one cache entry), and
 * the flight-data addresses do not exist (404). Pages are read, never posted to (no form or
 * server action on them): other methods than GET and HEAD get a 405 (Next rendered a POST as
 * the page with its client runtime and no script-src).
 */

/** @typedef {import('node:http').IncomingMessage} IncomingMessage @typedef {import('node:http').ServerResponse} ServerResponse */

/** Public pages: every address but assets, the APIs and the admin. @param {IncomingMessage} req */
export function isPublicPath(req) {
  return !/^\/(?:_next|api|admin)(?:\/|$|\?)/.test(req.url ?? '/')
}

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

/**
 * Answers a page request that is not a read of a page (405), or a flight-data address (404)
 * unless staff are previewing; true when it answered.
 * @param {IncomingMessage} req @param {ServerResponse} res @param {boolean} previewing
 */
export function refuseNonPage(req, res, previewing) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    // The body is not read: the connection closes after the answer (as Node would anyway).
    req.resume()
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' })
    res.end('Method not allowed: pages are read with GET. / İzin verilmeyen yöntem: sayfalar GET ile okunur.')
    return true
  }
  if (!previewing && flightAddress.test(req.url ?? '')) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end('Not found. / Bulunamadı.')
    return true
  }
  return false
}

/** Drops the client router's headers and parameters: the request is the plain page. @param {IncomingMessage} req */
export function asPlainPage(req) {
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

/** @param {string} text */
function decodeSafely(text) {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
