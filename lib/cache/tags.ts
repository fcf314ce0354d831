import { routedCollections } from '@/i18n/paths'

/**
 * Cache tags: per collection, and per office. Every cached public read is tagged with the
 * collection it reads and, when it populates relations, with theirs; every change to a
 * collection expires its tags (lib/cache/revalidate.ts). Coarse on purpose within a site: a
 * change reaches every page that shows the document (article, lists, home, country and
 * programme pages, feeds, sitemap) without tracking which page shows what.
 *
 * Across sites, precise: a read made for a site (its pages, feeds and sitemap: lib/sites) is
 * tagged per office of that site, `kopru:news@3`, plus `kopru:news@*`; a change expires the
 * tags of the offices its document belongs to, before and after the change (`tagsForChange`),
 * so an edit in Baku leaves the Türkiye site's cached pages as they are. A change that every
 * site may show (a global fact, an image, a retraction that other sites' links may name)
 * expires `@*`. Reads for no site (the partner API, REST) carry the plain tag, `kopru:news`,
 * which every change of the collection expires.
 */
export const publicCollections = ['news', 'statements', 'programmes', 'facts', 'countries', 'pages', 'media', 'search', 'sites'] as const

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
  // A page's blocks show documents and figures (collections/Pages/blocks.ts); its parent is a page.
  pages: ['news', 'statements', 'programmes', 'countries', 'facts'],
  // A site's menus link to documents and pages (fields/link.ts).
  sites: ['news', 'statements', 'programmes', 'countries', 'pages'],
}

/** An office's id, or every office ('*'). */
export type OfficeScope = string | number

export function officeTag(collection: TaggedCollection, office: OfficeScope): string {
  return `${collectionTag(collection)}@${office}`
}

/**
 * The tags of a read: for a site (`offices`, the site's), each collection it reads per office
 * and `@*`; for no site, the plain collection tags.
 */
export function tagsForRead(collection: TaggedCollection, depth: number, offices?: readonly OfficeScope[]): string[] {
  const collections = [...new Set<TaggedCollection>([collection, ...(names[collection] ?? []), ...(depth > 0 ? populated : [])])]
  if (!offices) return collections.map(collectionTag)
  return collections.flatMap((read) => [officeTag(read, '*'), ...offices.map((office) => officeTag(read, office))])
}

/**
 * The tags a change expires: the plain tag (reads for no site) and, for the sites' reads,
 * the tags of the document's offices, or `@*` when every site may show it ('everywhere').
 */
export function tagsForChange(collection: TaggedCollection, offices: readonly OfficeScope[] | 'everywhere'): string[] {
  const scoped = offices === 'everywhere' ? ['*' as const] : [...new Set(offices.map(String))]
  return [collectionTag(collection), ...scoped.map((office) => officeTag(collection, office))]
}

/** What a tag names, for the caches in front of Next: the offices whose sites' pages it covers. */
export function scopeOfTag(tag: string): { offices: OfficeScope[] | 'everywhere' } | { api: true } | undefined {
  if (!tag.startsWith('kopru:')) return undefined
  if (tag.startsWith('kopru:global:')) return { offices: 'everywhere' }
  const at = tag.indexOf('@')
  if (at < 0) return { api: true }
  const office = tag.slice(at + 1)
  return { offices: office === '*' ? 'everywhere' : [office] }
}

/** Every tag a follow-up may name: the plain and per-office collection tags, the globals'. */
export function isKnownTag(tag: string): boolean {
  const match = /^kopru:([a-z]+)(?:@(\*|[A-Za-z0-9_-]{1,64}))?$/.exec(tag)
  if (match && (publicCollections as readonly string[]).includes(match[1])) return true
  return (publicGlobals as readonly string[]).some((global) => tag === globalTag(global as PublicGlobal))
}

/** Site-wide settings read by every page (header navigation, footer). */
export const publicGlobals = ['navigation', 'footer'] as const

export type PublicGlobal = (typeof publicGlobals)[number]

export function globalTag(global: PublicGlobal): string {
  return `kopru:global:${global}`
}

/**
 * A global's links populate published documents (of the routed collections: fields/link.ts): its
 * own tag plus theirs, per office when read for a site (see tagsForRead).
 */
export function tagsForGlobal(global: PublicGlobal, offices?: readonly OfficeScope[]): string[] {
  return [
    globalTag(global),
    ...[...routedCollections, 'pages' as const].flatMap((collection) =>
      offices ? [officeTag(collection, '*'), ...offices.map((office) => officeTag(collection, office))] : [collectionTag(collection)],
    ),
  ]
}
