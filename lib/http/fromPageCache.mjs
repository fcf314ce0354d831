// @ts-check
/**
 * Answers a page request from the page cache (lib/cache/pageCache.mjs), without Next: the
 * stored headers, a 304 when the reader's copy is current (lib/http/etag.mjs), else the body
 * in the encoding the reader takes, compressed once per encoding.
 */
import { cacheableRequest, pageKey } from '../cache/pageCache.mjs'
import { backgroundCompressionBytes, encodingFor } from './compression.mjs'
import { matchesEtag } from './etag.mjs'

/**
 * Sends a page from the page cache; false when it holds none for this request.
 * @param {ReturnType<typeof import('../cache/pageCache.mjs').createPageCache>} pages
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 */
export function serveCached(pages, req, res) {
  if (!cacheableRequest(req)) return false
  const entry = pages.lookup(pageKey(req))
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
  const encoding = encodingFor(String(req.headers['accept-encoding'] ?? ''), String(entry.headers['content-type'] ?? ''), entry.length)
  const send = (/** @type {Buffer} */ body) => {
    if (encoding) res.setHeader('Content-Encoding', encoding)
    res.setHeader('Content-Length', body.length)
    res.end(body)
  }
  // A large body (a sitemap child: 5.6 MB) in an encoding not yet kept, or decompressed for a reader who takes none, off the event loop.
  if (entry.length > backgroundCompressionBytes) {
    pages.bodyInBackground(entry, encoding).then(send, (error) => {
      console.error(`[page cache] ${req.url}: ${error.message}`)
      res.destroy()
    })
    return true
  }
  send(pages.body(entry, encoding))
  return true
}
