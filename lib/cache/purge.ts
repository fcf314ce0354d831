import { getEnv } from '@/lib/env'
import { loadedSites } from '@/lib/sites/directory'

import { expirePageCache, registerFrontCachePurge } from './registry.mjs'
import { scopeOfTag } from './tags'

/**
 * Tells the caches in front of Next that content changed: server.mjs's page cache in this
 * process (which tells the other instances' through Redis), and the caching proxies in front
 * of the app (nginx, deploy/nginx/kopru.conf), where a POST to /_cache/purge drops the cached
 * pages of the hosts it names and the API's answers (`/api/`), one per line, or everything
 * (`*`). The next reader gets the app's fresh render.
 *
 * Per site: the expired tags name the offices a change reached (lib/cache/tags.ts), and only the
 * pages of those offices' sites are dropped; a tag of every site (`@*`, a global), or sites not
 * loaded yet, drop every site's. The API (/api/…, one address for every site) is dropped by every
 * purge: its reads are for no site.
 *
 * Called by the cache handler once Next has applied a revalidation (lib/cache/handler.mjs,
 * through `purgeFrontCaches()` in lib/cache/registry.mjs, registered below): purged before that,
 * they could be filled again from Next's old copies. Never blocks or fails the save: an
 * unreachable proxy is logged (cached pages then age out by their s-maxage).
 */
let lastWarning = 0

async function purge(url: string, hosts: string[] | null): Promise<void> {
  try {
    const response = await fetch(new URL('/_cache/purge', url), {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      // The API answers for every site: dropped by every purge.
      body: hosts ? ['/api/', ...hosts].join('\n') : '*',
      signal: AbortSignal.timeout(2000),
    })
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
  } catch (error) {
    if (Date.now() - lastWarning > 60_000) {
      lastWarning = Date.now()
      console.warn(`[cache] could not purge the proxy at ${url}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

/**
 * The hosts whose pages these tags cover: null for every site's (no tags, a tag of every site,
 * sites not loaded), else those of the sites of the offices they name (possibly none: the API's
 * tags only).
 */
export function hostsOfTags(tags: string[] | undefined, sites = loadedSites()): string[] | null {
  if (!tags) return null
  const offices = new Set<string>()
  for (const tag of tags) {
    const scope = scopeOfTag(tag)
    if (!scope) continue
    if ('api' in scope) continue
    if (scope.offices === 'everywhere') return null
    for (const office of scope.offices) offices.add(String(office))
  }
  if (offices.size === 0) return []
  if (!sites) return null
  return [...new Set(sites.filter((site) => site.offices.some((office) => offices.has(String(office)))).flatMap((site) => site.hosts))]
}

export function purgeCaches(tags?: string[]): void {
  const hosts = hostsOfTags(tags)
  // server.mjs's page cache, in front of Next in this same process (registered there; none in
  // scripts). It holds the API's answers too, which every expiry drops (lib/cache/apiCache.mjs):
  // called even when the tags reach no site's pages.
  expirePageCache(hosts)
  const urls = getEnv().CACHE_PURGE_URLS
  if (urls.length === 0) return
  void Promise.all(urls.map((url) => purge(url, hosts)))
}

registerFrontCachePurge(purgeCaches)
