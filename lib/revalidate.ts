import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { banProxies } from './cachePurge'
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

export function revalidateCollection(collection: string): void {
  if ((publicCollections as readonly string[]).includes(collection)) {
    expire(collectionTag(collection as TaggedCollection))
    banProxies()
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
    expire(globalTag(global.slug as PublicGlobal))
    banProxies()
  }
  return doc
}
