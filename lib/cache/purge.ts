import { getEnv } from '@/lib/env'

import { expirePageCache, registerFrontCachePurge } from './registry.mjs'

/**
 * Tells the caches in front of Next that content changed: server.mjs's page cache in this
 * process (which tells the other instances' through Redis), and the caching proxies in front
 * of the app (nginx, deploy/nginx/kopru.conf), where a POST to /_cache/purge drops every cached
 * page and API answer. The next reader gets the app's fresh render.
 *
 * Called by the cache handler once Next has applied a revalidation (lib/cache/handler.mjs,
 * through `purgeFrontCaches()` in lib/cache/registry.mjs, registered below): purged before that,
 * they could be filled again from Next's old copies. Never blocks or fails the save: an
 * unreachable proxy is logged (cached pages then age out by their s-maxage).
 */
let lastWarning = 0

async function purge(url: string): Promise<void> {
  try {
    const response = await fetch(new URL('/_cache/purge', url), { method: 'POST', signal: AbortSignal.timeout(2000) })
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
  } catch (error) {
    if (Date.now() - lastWarning > 60_000) {
      lastWarning = Date.now()
      console.warn(`[cache] could not purge the proxy at ${url}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

export function purgeCaches(): void {
  // server.mjs's page cache, in front of Next in this same process (registered there; none in scripts).
  expirePageCache()
  const urls = getEnv().CACHE_PURGE_URLS
  if (urls.length === 0) return
  void Promise.all(urls.map((url) => purge(url)))
}

registerFrontCachePurge(purgeCaches)
