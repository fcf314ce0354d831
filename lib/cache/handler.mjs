// @ts-check
/**
 * Next's cache (rendered pages, unstable_cache reads) for every Köprü instance, set as
 * `cacheHandler` in next.config.ts. Built on @fortedigital/nextjs-cache-handler.
 *
 * - REDIS_URL set: entries and tag expiries live in Redis, so every instance serves the same
 *   revalidated content. A tag expired by the instance that saved a document is expired for
 *   all of them (tests/resilience/instances.test.ts runs two). Keys carry the build id: a new
 *   deploy never serves pages rendered by the previous code.
 * - REDIS_URL unset, or Redis unreachable when the server starts: an in-process LRU (one
 *   instance, like Next's own memory cache; nothing on disk, so a restart after a reseed never
 *   serves pages of an earlier database).
 *
 * Exact under concurrency. The handlers above drop a tag's entries when it is revalidated, and
 * stamp what is stored with the time it was stored. A render that read the old content before
 * a change and stored after it (a slow page under load) would then be kept as fresh, for good:
 * the resilience suite's home page showed this on CI. So here an entry is stamped with the start
 * of the request that rendered it (lib/cache/requestClock.mjs, set by server.mjs), each tag's
 * last revalidation is recorded (in Redis when shared), and an entry older than a revalidation
 * of one of its tags is a miss. Once Next has applied a revalidation, the caches in front of it
 * (server.mjs's page cache, the proxies) are purged from here: `purgeFrontCaches()`
 * (lib/cache/registry.mjs), which lib/cache/purge.ts registers. Purged any earlier, they could
 * be filled again from what Next had not yet dropped.
 *
 * A plain .mjs file: Next loads it at run time, outside the bundle.
 */
import fs from 'node:fs'
import path from 'node:path'

import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'

import { serverEnv } from '../envSchema.mjs'
import { redisOptions } from '../redisOptions.mjs'

import { purgeFrontCaches } from './registry.mjs'
import { requestStartedAt } from './requestClock.mjs'

/**
 * The in-process cache: up to 2,000 entries (pages and reads) and 8 MB in all, the least
 * recently used going first (the handler's `maxItemSizeBytes` is lru-cache's `maxSize`: the
 * total of the entries' JSON lengths, not a limit per entry). Bounded so that the server's
 * heap does not grow with the amount of content (lib/http/serverCommand.mjs); rendered pages
 * are also kept, finished, by server.mjs's page cache, outside the heap.
 */
const memory = () => {
  revalidations = memoryRevalidations()
  return { handlers: [createLruHandler({ maxItemsNumber: 2000, maxItemSizeBytes: 8 * 1024 * 1024 })] }
}

/**
 * When each tag was last revalidated (ms since the epoch).
 * @typedef {{ record(tags: string[], at: number): Promise<void>, newest(tags: string[]): Promise<number> }} Revalidations
 */

/** In this process: one number per tag ever revalidated (the collections' and globals' tags). @returns {Revalidations} */
function memoryRevalidations() {
  /** @type {Map<string, number>} */
  const times = new Map()
  return {
    async record(tags, at) {
      for (const tag of tags) times.set(tag, Math.max(at, times.get(tag) ?? 0))
    },
    async newest(tags) {
      return Math.max(0, ...tags.map((tag) => times.get(tag) ?? 0))
    },
  }
}

/**
 * In a Redis hash that every instance reads: a render on one instance that straddled a
 * change saved through another is a miss everywhere. Times are each instance's clock.
 * @param {{ hSet(key: string, fields: Record<string, string>): Promise<unknown>, hmGet(key: string, fields: string[]): Promise<unknown[]> }} client
 * @param {string} key @param {number} timeoutMs @returns {Revalidations}
 */
export function redisRevalidations(client, key, timeoutMs) {
  /** @template T @param {Promise<T>} operation @returns {Promise<T>} */
  const inTime = (operation) => {
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs)
    })
    return /** @type {Promise<T>} */ (Promise.race([operation, late]).finally(() => clearTimeout(timer)))
  }
  return {
    async record(tags, at) {
      await inTime(client.hSet(key, Object.fromEntries(tags.map((tag) => [tag, String(at)]))))
    },
    async newest(tags) {
      if (tags.length === 0) return 0
      const values = await inTime(client.hmGet(key, tags))
      return Math.max(0, ...values.map((value) => Number(value) || 0))
    },
  }
}

/** @type {Revalidations} */
let revalidations = memoryRevalidations()

function buildId() {
  try {
    return fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'dev'
  }
}

async function create() {
  // NEXT_PHASE is Next's own; REDIS_URL is ours, read through the one schema (lib/envSchema.mjs).
  if (process.env.NEXT_PHASE === 'phase-production-build') return memory()
  const url = serverEnv().REDIS_URL
  if (!url) return memory()
  const client = createClient(redisOptions(url, { pingInterval: 10_000 }))
  client.on('error', (error) => console.error(`[cache] Redis: ${error.message}`))
  try {
    await client.connect()
  } catch (error) {
    console.error(`[cache] Redis at ${url} unreachable (${error instanceof Error ? error.message : error}): caching in this process only.`)
    return memory()
  }
  // timeoutMs: a Redis that stops answering costs a render, not a hung request.
  const keyPrefix = `kopru:${buildId()}:`
  revalidations = redisRevalidations(client, `${keyPrefix}__tag_revalidations__`, 1000)
  return { handlers: [createRedisHandler({ client, keyPrefix, timeoutMs: 1000 })] }
}

/** @typedef {Parameters<CacheHandler['get']>} GetArgs @typedef {Parameters<CacheHandler['set']>} SetArgs */

export class KopruCacheHandler extends CacheHandler {
  /** @param {GetArgs[0]} key @param {GetArgs[1]} [ctx] */
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (!entry) return null
    /** @type {string[]} */
    const tags = [...(entry.tags ?? []), ...(ctx?.softTags ?? [])]
    try {
      // Rendered by a request that began before one of its tags was revalidated: stale.
      return (await revalidations.newest(tags)) >= entry.lastModified ? null : entry
    } catch (error) {
      console.error(`[cache] revalidation times unknown (${error instanceof Error ? error.message : error}): rendering ${key} again.`)
      return null
    }
  }

  /** @param {SetArgs[0]} key @param {SetArgs[1]} value @param {SetArgs[2]} ctx */
  async set(key, value, ctx) {
    const startedAt = requestStartedAt()
    if (startedAt === undefined) return super.set(key, value, ctx)
    const stamped = Math.min(startedAt, /** @type {{ internal_lastModified?: number }} */ (ctx)?.internal_lastModified ?? Infinity)
    return super.set(key, value, /** @type {SetArgs[2]} */ ({ ...ctx, internal_lastModified: stamped }))
  }

  /** @param {string | string[]} tag */
  async revalidateTag(tag) {
    const tags = typeof tag === 'string' ? [tag] : tag
    try {
      await revalidations.record(tags, Date.now())
    } catch (error) {
      console.error(`[cache] could not record the revalidation of ${tags.join(', ')}: ${error instanceof Error ? error.message : error}`)
    }
    await super.revalidateTag(tag)
    purgeFrontCaches(tags)
  }
}

let config
KopruCacheHandler.onCreation(() => (config ??= create()))

export default KopruCacheHandler
