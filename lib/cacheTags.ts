/**
 * Cache tags: one per collection. Every cached public read is tagged with the collection it
 * reads and, when it populates relations, with theirs; every change to a collection expires
 * its tag (lib/revalidate.ts). Coarse on purpose: a change reaches every page that shows the
 * document (article, lists, home, country and programme pages, feeds, sitemap) without
 * tracking which page shows what.
 */
export const publicCollections = ['news', 'statements', 'programmes', 'facts', 'countries', 'media'] as const

export type TaggedCollection = (typeof publicCollections)[number]

export function collectionTag(collection: TaggedCollection): string {
  return `kopru:${collection}`
}

/** Relations a read at depth > 0 may populate (countries, programmes, images and PDFs). */
const populated: TaggedCollection[] = ['countries', 'programmes', 'media']

export function tagsForRead(collection: TaggedCollection, depth: number): string[] {
  const collections = depth > 0 ? [collection, ...populated.filter((c) => c !== collection)] : [collection]
  return collections.map(collectionTag)
}
