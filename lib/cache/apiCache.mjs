// @ts-check
/**
 * What server.mjs needs to answer /api/v1 reads from its page cache (lib/cache/pageCache.mjs),
 * without Next: which reads are kept and under which key, and who a caller is.
 *
 * The key: the path and the query with its parameters sorted by name (the order of a name's
 * values kept), so `?limit=5&lang=tr` and `?lang=tr&limit=5` are one entry. The handlers build
 * their links from the same sorted query (lib/api/v1/handlers.ts), so both orders get the
 * same bytes, the same ETag. Every key is under one pseudo-host, `apiHost`, that no site has:
 * the page cache drops it on every expiry, whichever sites the change reaches (the API reads for
 * every site; lib/cache/purge.ts).
 *
 * What is kept: GET and HEAD of /api/v1 (the index, lists, items, feeds, the OpenAPI document,
 * the docs page), never /api/v1/changes: its log is written after the save's transaction,
 * possibly after the purge (lib/sync/changes.ts), and a changes page kept from in between would
 * hide the new entries. Every handler reads as an anonymous visitor (lib/api/v1/query.ts), so
 * one body serves every caller; who calls only decides the rate limit.
 *
 * Who calls: anonymous, by the address server.mjs believes (lib/http/clientAddress.mjs), or an
 * Authorization header that Next's handler recognised in the last `ttlMs` (30 s): it reports
 * each header it checked (lib/api/v1/http.ts, through lib/cache/registry.mjs). Only a sha256
 * of the header is kept. A header not recognised lately goes to Next, which checks it with
 * Payload (a 401 when unknown); a key revoked keeps reading from here up to `ttlMs`.
 *
 * Only Node built-ins: server.mjs runs this in the Docker image's standalone output.
 */
import crypto from 'node:crypto'

/** The page cache's pseudo-host of the API's answers: no site's host contains a slash. */
export const apiHost = '/api'

/**
 * Whether the answer at a path may be kept: /api/v1, and below it a collection, a feed, a
 * document or the docs, never the changes feed, judged on the decoded path as Next routes it
 * (`/api/v1/%63hanges` is the feed too).
 * @param {string} pathname
 */
function kept(pathname) {
  if (pathname === '/api/v1') return true
  if (!pathname.startsWith('/api/v1/')) return false
  let segments
  try {
    segments = pathname.slice('/api/v1/'.length).split('/').map(decodeURIComponent)
  } catch {
    return false
  }
  if (segments.length > 2 || segments.some((segment) => segment === '' || segment === '.' || segment === '..' || /[\\/]/.test(segment))) return false
  return /^[a-z][a-z0-9-]*(?:\.rss|\.json)?$/.test(segments[0]) && !segments[0].startsWith('changes')
}

/**
 * The cache key of a request URL, or undefined when its answer is not kept.
 * @param {string | undefined} url
 * @returns {string | undefined}
 */
export function apiKey(url) {
  if (!url || !url.startsWith('/api/v1')) return undefined
  const at = url.indexOf('?')
  const pathname = at === -1 ? url : url.slice(0, at)
  if (!kept(pathname)) return undefined
  if (at === -1) return `${apiHost}|${pathname}`
  const params = new URLSearchParams(url.slice(at + 1))
  params.sort()
  const query = params.toString()
  return `${apiHost}|${pathname}${query ? `?${query}` : ''}`
}

/** @typedef {{ tier: 'anonymous' | 'keyed', client: string }} Caller */

/**
 * Whether a request's cookies hold a Payload session: with one, Payload may recognise the
 * session rather than the Authorization header, so the header alone says nobody.
 * @param {string | string[] | null | undefined} cookie
 */
export function hasSessionCookie(cookie) {
  return /(?:^|[;,]\s*)payload-token=/.test(String(cookie ?? ''))
}

/** sha256 of an Authorization header: what is kept instead of the key. @param {string} authorization */
const digest = (authorization) => crypto.hash('sha256', authorization, 'base64url')

/**
 * The callers Next's handler recognised lately, by a hash of their Authorization header.
 * @param {{ ttlMs?: number, max?: number, now?: () => number }} [options]
 */
export function createApiCallers({ ttlMs = 30_000, max = 10_000, now = Date.now } = {}) {
  /** @type {Map<string, { client: string, until: number }>} */
  const known = new Map()
  return {
    /**
     * What Next's handler found for this header: a client id (`user:12`), or null (refused: forgotten).
     * @param {string} authorization @param {string | null} client
     */
    identified(authorization, client) {
      const hash = digest(authorization)
      known.delete(hash)
      if (!client) return
      known.set(hash, { client, until: now() + ttlMs })
      // The oldest first: a Map keeps insertion order.
      for (const oldest of known.keys()) {
        if (known.size <= max) break
        known.delete(oldest)
      }
    },
    /**
     * The keyed caller of this header when recognised within ttlMs, else undefined (ask Next).
     * @param {string} authorization @returns {Caller | undefined}
     */
    lookup(authorization) {
      const hash = digest(authorization)
      const entry = known.get(hash)
      if (!entry) return undefined
      if (entry.until <= now()) {
        known.delete(hash)
        return undefined
      }
      return { tier: 'keyed', client: entry.client }
    },
    get size() {
      return known.size
    },
    clear() {
      known.clear()
    },
  }
}
