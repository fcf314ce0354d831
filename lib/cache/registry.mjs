// @ts-check
/**
 * The one process-wide slot of Köprü's caches, and the named functions that use it.
 *
 * Why a slot on globalThis at all: one process holds several copies of the cache modules.
 * server.mjs and what it imports are plain Node modules; the cache handler is loaded by Next at
 * run time (lib/cache/handler.mjs); the code that saves content (collections' hooks,
 * lib/cache/revalidate.ts, lib/cache/purge.ts) is bundled by Next, with module instances of its
 * own. A module-level variable in any of them is invisible to the others; this one object,
 * under one Symbol.for key, is shared by all copies of this file.
 *
 * What it holds (each registered by its owner, called by name from elsewhere):
 * - the page cache's expiry: server.mjs registers its page cache (lib/cache/pageCache.mjs);
 *   lib/cache/purge.ts calls `expirePageCache()`.
 * - the purge of every cache in front of Next: lib/cache/purge.ts registers it; the cache
 *   handler calls `purgeFrontCaches()` once Next has applied a revalidation.
 * - the request clock (lib/cache/requestClock.mjs): when the request being served began.
 * - the partner API's callers: server.mjs registers where it keeps them (lib/cache/apiCache.mjs);
 *   lib/api/v1/http.ts reports each Authorization header it checked (`apiCallerIdentified()`).
 * - the partner API's rate limit: lib/api/v1/http.ts registers its limiters (lib/api/rateLimit.ts,
 *   one per process) as it loads; server.mjs counts the reads it answers from its cache with them
 *   (`apiRateLimit()`), and hands the decision of one it leaves to Next along with the request
 *   (`withRateDecision()`, read back by `decidedRate()`), so that each read counts once.
 * - which requests' reads take turns of the event loop: server.mjs runs a read of the APIs or the
 *   admin (GET, HEAD under /api/ or /admin: lib/http/readTurns.mjs) inside `withReadTurns()`; the SQLite client's turns (lib/db/turns.ts) ask `readTurns()`.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * @typedef {object} Registry
 * @property {((hosts?: string[] | null) => void) | undefined} [expirePageCache]  Empties server.mjs's page cache, or these hosts' pages in it (and tells the other instances).
 * @property {((tags?: string[]) => void) | undefined} [purgeFrontCaches]  Purges the page cache and the caching proxies of what these tags cover.
 * @property {AsyncLocalStorage<number> | undefined} [requestClock]  The start of the request being served.
 * @property {((authorization: string, client: string | null) => void) | undefined} [apiCallerIdentified]  Keeps who an Authorization header is (null: nobody).
 * @property {ApiRateLimit | undefined} [apiRateLimit]  Counts one read of the partner API.
 * @property {AsyncLocalStorage<unknown> | undefined} [rateDecision]  The rate decision server.mjs made for the request being served.
 * @property {AsyncLocalStorage<{ epoch?: number, start?: number }> | undefined} [readTurns]  The slice of the read being served, when its statements may take turns.
 */

/**
 * Counts one read of a caller (lib/api/rateLimit.ts's consume): the decision, whether it may go
 * on, and its RateLimit-* headers.
 * @typedef {(tier: 'anonymous' | 'keyed', client: string) => Promise<{ allowed: boolean, decision: unknown, headers: Record<string, string> }>} ApiRateLimit
 */

const slot = Symbol.for('kopru.cache.registry')
const holder = /** @type {{ [slot]?: Registry }} */ (/** @type {unknown} */ (globalThis))
/** @type {Registry} */
const registry = (holder[slot] ??= {})

/**
 * Registers how to empty the page cache in front of Next (server.mjs, with its page cache's
 * `expire`); undefined unregisters it. Outside server.mjs (`next dev`, scripts, tests) none is set.
 * @param {((hosts?: string[] | null) => void) | undefined} expire
 */
export function registerPageCacheExpiry(expire) {
  registry.expirePageCache = expire
}

/** Empties the page cache, or these hosts' pages, when this process has one (see registerPageCacheExpiry). @param {string[] | null} [hosts] */
export function expirePageCache(hosts) {
  registry.expirePageCache?.(hosts)
}

/**
 * Registers how to purge every cache in front of Next (lib/cache/purge.ts, as it loads);
 * undefined unregisters it.
 * @param {((tags?: string[]) => void) | undefined} purge
 */
export function registerFrontCachePurge(purge) {
  registry.purgeFrontCaches = purge
}

/**
 * Purges the caches in front of Next of what the expired tags cover (lib/cache/tags.ts: the
 * sites of their offices), when the code that knows them is loaded (see registerFrontCachePurge).
 * @param {string[]} [tags]
 */
export function purgeFrontCaches(tags) {
  registry.purgeFrontCaches?.(tags)
}

/** The process's one request clock (lib/cache/requestClock.mjs), made on first use. @returns {AsyncLocalStorage<number>} */
export function requestClock() {
  return (registry.requestClock ??= new AsyncLocalStorage())
}

/**
 * Registers where server.mjs keeps the partner API's callers (lib/cache/apiCache.mjs); undefined
 * unregisters it. Outside server.mjs nothing keeps them.
 * @param {((authorization: string, client: string | null) => void) | undefined} identified
 */
export function registerApiCallers(identified) {
  registry.apiCallerIdentified = identified
}

/** What lib/api/v1/http.ts found for an Authorization header: a client id, or null (refused). @param {string} authorization @param {string | null} client */
export function apiCallerIdentified(authorization, client) {
  registry.apiCallerIdentified?.(authorization, client)
}

/** Registers the partner API's rate limit (lib/api/v1/http.ts, as it loads). @param {ApiRateLimit | undefined} limit */
export function registerApiRateLimit(limit) {
  registry.apiRateLimit = limit
}

/** The partner API's rate limit, once Next has loaded it (undefined before the first /api/v1 read). @returns {ApiRateLimit | undefined} */
export function apiRateLimit() {
  return registry.apiRateLimit
}

/**
 * Runs `serve` (Next's handling of a request) with the rate decision server.mjs already made for
 * it: the handler uses it instead of counting the read again.
 * @template T @param {unknown} decision @param {() => T} serve @returns {T}
 */
export function withRateDecision(decision, serve) {
  return (registry.rateDecision ??= new AsyncLocalStorage()).run(decision, serve)
}

/** The rate decision server.mjs made for the request being served, if any. @returns {unknown} */
export function decidedRate() {
  return registry.rateDecision?.getStore()
}

/**
 * Runs `serve` (Next's handling of a request) as a read whose statements may let other requests
 * go first (lib/db/turns.ts). An editor's save is never run inside it.
 * @template T @param {() => T} serve @returns {T}
 */
export function withReadTurns(serve) {
  return (registry.readTurns ??= new AsyncLocalStorage()).run({}, serve)
}

/**
 * The slice of the read being served (when its statements began in this turn of the event loop),
 * or null outside a read that may take turns (see withReadTurns).
 * @returns {{ epoch?: number, start?: number } | null}
 */
export function readTurns() {
  return registry.readTurns?.getStore() ?? null
}
