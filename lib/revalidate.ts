import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { purgeCaches } from './cachePurge'
import { derivedSecret } from './derivedSecret'
import { selfOrigin } from './selfOrigin'
import { collectionTag, globalTag, publicCollections, publicGlobals, type PublicGlobal, type TaggedCollection } from './cacheTags'

/**
 * Expires the collection's cache tag at once (not stale-while-revalidate), so the next
 * request of every page showing it reads the change. Outside a Next server (seed script, jest)
 * there is no cache to expire and nothing to do.
 */
function expire(tag: string): void {
  try {
    revalidateTag(tag, { expire: 0 })
  } catch (error) {
    if (!/static generation store missing/.test(String(error))) throw error
  }
}

/**
 * A render that started before the change (it read the old data) may finish after the tag
 * expired and store the old page as fresh: the resilience suite caught this under load. So
 * every expiry is repeated once, a little later, by this server's own /api/revalidate (tags
 * can only be expired inside a request), which also purges the proxies again.
 */
export const followUpMs = 1500
const pendingTags = new Set<string>()
let followUp: ReturnType<typeof setTimeout> | undefined

function expireAgainLater(tag: string): void {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  pendingTags.add(tag)
  followUp ??= setTimeout(() => {
    const tags = [...pendingTags]
    pendingTags.clear()
    followUp = undefined
    fetch(`${selfOrigin()}/api/revalidate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${revalidateToken()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    }).catch((error) => console.error('[cache] follow-up revalidation failed:', error instanceof Error ? error.message : error))
  }, followUpMs)
  followUp.unref?.()
}

export const revalidateToken = () => derivedSecret('cache:revalidate')

/** Every tag this server's follow-up may expire. */
export const knownTags = new Set<string>([...publicCollections.map(collectionTag), ...publicGlobals.map(globalTag)])

export function expireTags(tags: string[]): void {
  for (const tag of tags) if (knownTags.has(tag)) expire(tag)
  purgeCaches()
}

export function revalidateCollection(collection: string): void {
  if ((publicCollections as readonly string[]).includes(collection)) {
    const tag = collectionTag(collection as TaggedCollection)
    expire(tag)
    purgeCaches()
    expireAgainLater(tag)
  }
}

export const revalidateAfterChange: CollectionAfterChangeHook = ({ collection, doc }) => {
  revalidateCollection(collection.slug)
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ collection, doc }) => {
  revalidateCollection(collection.slug)
  return doc
}

export const revalidateGlobalAfterChange: GlobalAfterChangeHook = ({ global, doc }) => {
  if ((publicGlobals as readonly string[]).includes(global.slug)) {
    const tag = globalTag(global.slug as PublicGlobal)
    expire(tag)
    purgeCaches()
    expireAgainLater(tag)
  }
  return doc
}
