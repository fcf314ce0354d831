import { routedCollections } from '@/i18n/paths'

/**
 * Cache tags: one per collection. Every cached public read is tagged with the collection it
 * reads and, when it populates relations, with theirs; every change to a collection expires
 * its tag (lib/cache/revalidate.ts). Coarse on purpose: a change reaches every page that shows the
 * document (article, lists, home, country and programme pages, feeds, sitemap) without
 * tracking which page shows what.
 */
export const publicCollections = ['news', 'statements', 'programmes', 'facts', 'countries', 'media', 'search', 'sites'] as const

export type TaggedCollection = (typeof publicCollections)[number]

export function collectionTag(collection: TaggedCollection): string {
  return `kopru:${collection}`
}

/** Relations a read at depth > 0 may populate (countries, programmes, images and PDFs). */
const populated: TaggedCollection[] = ['countries', 'programmes', 'media']

/**
 * What a collection's documents name that may be unpublished, and that anyone but staff gets
 * without what they may not see, at any depth: programmes (fields/relations.ts) and the
 * targets of internal links in bodies (fields/richTextLinks.ts). Publishing or unpublishing one
 * changes what reads of the collection return, so they carry those tags at every depth.
 */
const names: Partial<Record<TaggedCollection, TaggedCollection[]>> = {
  news: ['programmes', 'news', 'statements', 'countries'],
  statements: ['programmes', 'news', 'statements', 'countries'],
  programmes: ['news', 'statements', 'countries'],
  countries: ['news', 'statements', 'programmes'],
  facts: ['programmes'],
  // A site's menus link to documents (fields/link.ts).
  sites: ['news', 'statements', 'programmes', 'countries'],
}

export function tagsForRead(collection: TaggedCollection, depth: number): string[] {
  const collections = new Set<TaggedCollection>([collection, ...(names[collection] ?? []), ...(depth > 0 ? populated : [])])
  return [...collections].map(collectionTag)
}

/** Site-wide settings read by every page (header navigation, footer). */
export const publicGlobals = ['navigation', 'footer'] as const

export type PublicGlobal = (typeof publicGlobals)[number]

export function globalTag(global: PublicGlobal): string {
  return `kopru:global:${global}`
}

/** A global's links populate published documents (of the routed collections: fields/link.ts): its own tag plus theirs. */
export function tagsForGlobal(global: PublicGlobal): string[] {
  return [globalTag(global), ...routedCollections.map(collectionTag)]
}
