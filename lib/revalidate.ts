import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { collectionTag, publicCollections, type TaggedCollection } from './cacheTags'

/**
 * Expires the collection's cache tag at once (not stale-while-revalidate), so the next
 * request of every page showing it reads the change. Outside a Next server (seed script, jest)
 * there is no cache to expire and nothing to do.
 */
export function revalidateCollection(collection: string): void {
  if (!(publicCollections as readonly string[]).includes(collection)) return
  try {
    revalidateTag(collectionTag(collection as TaggedCollection), { expire: 0 })
  } catch (error) {
    if (!/static generation store missing/.test(String(error))) throw error
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
