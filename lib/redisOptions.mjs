// @ts-check
/**
 * One set of connection options for every Redis client of the app: the cache handler, the page
 * cache's expiry channel, and the API's rate limits and sign-in throttle (lib/api/redisConnection.ts).
 * A plain module, so server.mjs and Next's cache handler can load it without a TypeScript loader.
 */

/** Connect within 2 s; reconnect after 100 ms, doubling, at most every 2 s. */
export const redisSocket = { connectTimeout: 2000, reconnectStrategy: (/** @type {number} */ retries) => Math.min(100 * 2 ** retries, 2000) }

/**
 * Options for node-redis's `createClient`.
 * @template {Record<string, unknown>} Extra
 * @param {string} url
 * @param {Extra} [extra] the client's own options (a ping interval, the offline queue)
 */
export function redisOptions(url, extra) {
  return { url, ...extra, socket: redisSocket }
}
