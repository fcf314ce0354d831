// @ts-check
/**
 * server.mjs's page cache: finished public pages, ready to send, in front of Next's handler.
 *
 * Next serves a cached page in ~3 ms of CPU here (routing, the proxy, its cache lookup, an ETag
 * over the whole page, then our script policy and compression): ~300 pages/s on two cores. This
 * holds what server.mjs last sent for an address, compressed once per encoding, and answers a
 * repeat in a few tens of microseconds, without Next.
 *
 * What it keeps: a GET of a page that answered 200 with a shared Cache-Control (s-maxage, not
 * private or no-store) and no Set-Cookie, for a request that is not a preview (draft-mode
 * cookie) and carries no Authorization; and the 404 page at its own address (server.mjs shows
 * it for every missing page), with its status. For at most s-maxage seconds, and only until
 * content changes: server.mjs registers `expire()` (registerPageCacheExpiry, lib/cache/registry.mjs)
 * and lib/cache/purge.ts calls it (expirePageCache) each time Next has applied a tag expiry
 * (lib/cache/handler.mjs), with the hosts of the sites the change reaches (none named: every
 * site's). A render that began before an expiry of its site is not stored (generation check).
 *
 * It keeps the partner API's answers too (/api/v1, lib/http/apiResponses.mjs), under a
 * pseudo-host of their own (lib/cache/apiCache.mjs) that every expiry drops, in the same
 * PAGE_CACHE_MB.
 *
 * Several instances (REDIS_URL): an expiry is published on a Redis channel, with its hosts, and
 * every instance clears those of its own cache. While this instance is not subscribed (Redis down, reconnecting), it
 * stores nothing and serves nothing from here: Next's shared cache answers, as without it.
 *
 * Only Node built-ins (and @redis/client, which the cache handler already brings): the file
 * runs in the Docker image's standalone output, outside Next's file tracing. For the same
 * reason the LRU below is ours: a Map in recency order, bounded in bytes.
 */
import crypto from 'node:crypto'

import { backgroundCompressionBytes, compress, compressInBackground, decompressInBackground } from '../http/compression.mjs'
import { apiHost } from './apiCache.mjs'
import { redisOptions } from '../redisOptions.mjs'
import { requestHost } from '../sites/hosts.mjs'

const channel = 'kopru:pages-expired'

/**
 * `body` is the page's bytes; a large entry (over backgroundCompressionBytes: a sitemap child is
 * 5.6 MB) drops them once it holds a compressed copy, and `length` stays their length. Readers
 * take it in their encoding, and a reader who takes none gets it decompressed on libuv's pool.
 * @typedef {{ status: number, headers: Record<string, string | string[] | number>, body: Buffer | null, length: number, variants: Map<string, Buffer>, expires: number, size: number }} Entry
 */

/** A preview (Next's draft mode): private, and it keeps React for live preview. @param {import('node:http').IncomingMessage} req */
export function isPreview(req) {
  return /(?:^|;\s*)__prerender_bypass=/.test(String(req.headers.cookie ?? ''))
}

/**
 * A page's key: the site's host and the address. Each site has its own pages at the same
 * addresses ("/en/news"), so a copy is kept and found per host (lib/sites/hosts.mjs).
 * @param {import('node:http').IncomingMessage} req
 */
export function pageKey(req) {
  return `${requestHost(req.headers)}|${req.url ?? '/'}`
}

/** The host of a page key. @param {string} key */
const hostOfKey = (key) => key.slice(0, Math.max(0, key.indexOf('|')))

/** @param {import('node:http').IncomingMessage} req */
export function cacheableRequest(req) {
  return req.method === 'GET' && !req.headers.authorization && !isPreview(req)
}

/** Seconds a shared cache may keep the response, or 0. @param {unknown} cacheControl */
export function sharedMaxAge(cacheControl) {
  const value = String(cacheControl ?? '')
  if (/\b(?:private|no-store|no-cache)\b/.test(value)) return 0
  const seconds = /\bs-maxage=(\d+)/.exec(value)
  return seconds ? Number(seconds[1]) : 0
}

/**
 * @param {{ maxBytes: number, redisUrl?: string, log?: (message: string) => void }} options
 */
export function createPageCache({ maxBytes, redisUrl, log = console.error }) {
  /** @type {Map<string, Entry>} */
  const entries = new Map()
  let bytes = 0
  // Raised by every expiry of every site, and per host by the expiries of its site: a host's
  // generation is their sum, which any expiry reaching it raises.
  let generation = 0
  /** @type {Map<string, number>} */
  const hostGenerations = new Map()
  /** @param {string} [host] */
  const generationOf = (host = '') => generation + (hostGenerations.get(host) ?? 0)
  // Without Redis this process sees every change; with it, only while subscribed.
  let live = maxBytes > 0 && !redisUrl
  const instance = crypto.randomUUID()
  /** @type {import('@redis/client').RedisClientType | undefined} */
  let publisher
  /** @type {import('@redis/client').RedisClientType | undefined} */
  let subscriber
  let subscribed = false
  let closed = false

  /** Drops every page, or those of these hosts, and the API's answers either way (lib/cache/apiCache.mjs). @param {string[] | null} [hosts] */
  function clear(hosts) {
    if (!hosts) {
      generation++
      entries.clear()
      bytes = 0
      return
    }
    const reached = new Set([...hosts, apiHost])
    for (const host of reached) hostGenerations.set(host, (hostGenerations.get(host) ?? 0) + 1)
    for (const [key, entry] of entries) {
      if (!reached.has(hostOfKey(key))) continue
      entries.delete(key)
      bytes -= entry.size
    }
  }

  /** Every site's pages, or those of these hosts (normalized, lib/sites/hosts.mjs), here and on every instance. @param {string[] | null} [hosts] */
  function expire(hosts) {
    clear(hosts)
    publisher?.publish(channel, JSON.stringify({ from: instance, hosts: hosts ?? null })).catch((error) => log(`[page cache] could not publish an expiry: ${error.message}`))
  }

  /** An expiry another instance published: every page when it cannot be read. @param {string} message */
  function heard(message) {
    try {
      const { from, hosts } = JSON.parse(message)
      if (from === instance) return
      clear(Array.isArray(hosts) && hosts.every((host) => typeof host === 'string') ? hosts : null)
    } catch {
      clear()
    }
  }

  async function connect() {
    const { createClient } = await import('@redis/client')
    const options = redisOptions(/** @type {string} connect() runs only with a URL */ (redisUrl))
    const pub = createClient(options)
    const sub = createClient(options)
    publisher = pub
    subscriber = sub
    if (closed) return
    for (const client of [pub, sub]) client.on('error', (error) => log(`[page cache] Redis: ${error.message}`))
    // Whatever was published while not subscribed is unknown: start empty on every
    // resubscription (node-redis subscribes again when it reconnects).
    sub.on('ready', () => {
      clear()
      live = subscribed
    })
    for (const event of ['end', 'reconnecting', 'error'])
      sub.on(event, () => {
        live = false
        clear()
      })
    await Promise.all([pub.connect(), sub.connect()])
    await sub.subscribe(channel, heard)
    subscribed = true
    clear()
    live = true
  }

  /** A compressed copy kept with its entry; a large entry then drops its bytes (Entry). @param {Entry} entry @param {string} encoding @param {Buffer} variant */
  function keep(entry, encoding, variant) {
    if (entry.variants.has(encoding)) return
    entry.variants.set(encoding, variant)
    entry.size += variant.length
    bytes += variant.length
    if (entry.body && entry.length > backgroundCompressionBytes) {
      entry.size -= entry.body.length
      bytes -= entry.body.length
      entry.body = null
    }
  }

  /** A large entry's compressed copy and its encoding. @param {Entry} entry @returns {[Buffer, string]} */
  const firstVariant = (entry) => {
    const [encoding, variant] = /** @type {[string, Buffer]} */ (entry.variants.entries().next().value)
    return [variant, encoding]
  }

  if (maxBytes > 0 && redisUrl) connect().catch((error) => log(`[page cache] off until Redis answers: ${error.message}`))

  return {
    expire,
    get live() {
      return live
    },
    get size() {
      return entries.size
    },
    /** A host's current generation: a response is stored only if no expiry of its site came since its request began. @param {string} [host] */
    generation: (host) => generationOf(host),

    /** @param {string} key @returns {Entry | undefined} */
    lookup(key) {
      if (!live) return undefined
      const entry = entries.get(key)
      if (!entry) return undefined
      if (entry.expires <= Date.now()) {
        entries.delete(key)
        bytes -= entry.size
        return undefined
      }
      entries.delete(key) // most recently used last
      entries.set(key, entry)
      return entry
    },

    /**
     * @param {string} key @param {{ status?: number, headers: Entry['headers'], body: Buffer, maxAge: number }} response @param {number} since
     * @returns {Entry | undefined} the stored entry
     */
    store(key, { status = 200, headers, body, maxAge }, since) {
      if (!live || since !== generationOf(hostOfKey(key)) || maxAge <= 0 || body.length > maxBytes / 8) return undefined
      const previous = entries.get(key)
      if (previous) {
        entries.delete(key)
        bytes -= previous.size
      }
      /** @type {Entry} */
      const entry = { status, headers, body, length: body.length, variants: new Map(), expires: Date.now() + maxAge * 1000, size: body.length + 1024 }
      entries.set(key, entry)
      bytes += entry.size
      for (const [oldest, old] of entries) {
        if (bytes <= maxBytes) break
        entries.delete(oldest)
        bytes -= old.size
      }
      return entries.get(key)
    },

    /**
     * The entry's body in an encoding, compressed once, on the event loop: for small entries
     * (large ones: bodyInBackground). @param {Entry} entry @param {string | undefined} encoding @returns {Buffer}
     */
    body(entry, encoding) {
      const known = encoding ? entry.variants.get(encoding) : entry.body
      if (known) return known
      if (!entry.body) throw new Error('A large page cache entry is read with bodyInBackground.')
      const variant = compress(entry.body, encoding)
      keep(entry, /** @type {string} */ (encoding), variant)
      return variant
    },

    /** The same, compressed (or decompressed) on libuv's thread pool: large bodies. @param {Entry} entry @param {string | undefined} encoding @returns {Promise<Buffer>} */
    async bodyInBackground(entry, encoding) {
      const known = encoding ? entry.variants.get(encoding) : entry.body
      if (known) return known
      const plain = entry.body ?? (await decompressInBackground(...firstVariant(entry)))
      if (!encoding) return plain
      keep(entry, encoding, await compressInBackground(plain, encoding))
      return /** @type {Buffer} */ (entry.variants.get(encoding))
    },

    close() {
      closed = true
      live = false
      clear()
      for (const client of [publisher, subscriber]) if (client?.isOpen) client.destroy()
    },
  }
}
