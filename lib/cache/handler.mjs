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
 * A plain .mjs file: Next loads it at run time, outside the bundle.
 */
import fs from 'node:fs'
import path from 'node:path'

import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'

/**
 * The in-process cache: up to 2,000 entries (pages and reads) and 8 MB in all, the least
 * recently used going first (the handler's `maxItemSizeBytes` is lru-cache's `maxSize`: the
 * total of the entries' JSON lengths, not a limit per entry). Bounded so that the server's
 * heap does not grow with the amount of content (lib/http/serverCommand.mjs); rendered pages
 * are also kept, finished, by server.mjs's page cache, outside the heap.
 */
const memory = () => ({ handlers: [createLruHandler({ maxItemsNumber: 2000, maxItemSizeBytes: 8 * 1024 * 1024 })] })

function buildId() {
  try {
    return fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'dev'
  }
}

async function create() {
  const url = process.env.REDIS_URL
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') return memory()
  const client = createClient({
    url,
    pingInterval: 10_000,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  })
  client.on('error', (error) => console.error(`[cache] Redis: ${error.message}`))
  try {
    await client.connect()
  } catch (error) {
    console.error(`[cache] Redis at ${url} unreachable (${error instanceof Error ? error.message : error}): caching in this process only.`)
    return memory()
  }
  // timeoutMs: a Redis that stops answering costs a render, not a hung request.
  return { handlers: [createRedisHandler({ client, keyPrefix: `kopru:${buildId()}:`, timeoutMs: 1000 })] }
}

let config
CacheHandler.onCreation(() => (config ??= create()))

export default CacheHandler
