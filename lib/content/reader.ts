import { unstable_cache } from 'next/cache'
import type { CollectionSlug, PaginatedDocs, Sort, Where } from 'payload'

import type { Config } from '@/payload-types'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { tagsForGlobal, tagsForRead, type PublicGlobal, type TaggedCollection } from '@/lib/cache/tags'
import { guardedRead } from '@/lib/db/availability'
import { nextTurn } from '@/lib/eventLoop'
import { getPayloadClient } from '@/lib/payload'

/**
 * Inside the Next server every public read is cached under its arguments and tagged with the
 * collections it reads (lib/cache/tags.ts); collection hooks expire the tags on every change, so
 * a cache hit runs no database query and a change is visible on the next request. Scripts and
 * tests (no Next server) read directly.
 */
function cachedRead<T>(collection: PublicCollection, depth: number, key: unknown[], unguarded: () => Promise<T>, cache: boolean, site: ReadSite | null): Promise<T> {
  // Under the database deadline and breaker (lib/db/availability.ts); a failed read is not cached.
  const read = () => guardedRead(unguarded)
  if (!cache || process.env.NEXT_RUNTIME !== 'nodejs') return read()
  const offices = site ? site.offices.map(String) : undefined
  return unstable_cache(read, ['kopru-read', collection, JSON.stringify([offices, ...key])], { tags: tagsForRead(collection, depth, offices), revalidate: false })()
}

/**
 * The site a read is made for (its pages, feeds, sitemap): its cache entry is tagged per office
 * of that site (lib/cache/tags.ts), so a change elsewhere leaves it. Leave it out only for reads
 * for no site (the partner API).
 */
export type ReadSite = { offices: readonly (string | number)[] }

/**
 * The one safe door for everything public (pages, feeds, sitemap, search, /api/v1).
 * It always reads as an anonymous visitor: no user, access control applied, published
 * versions only. Callers cannot widen it: there is no parameter for a user, for
 * overrideAccess or for drafts. Preview is the only other door (authenticated, draft mode).
 */
export type PublicCollection = Extract<CollectionSlug, TaggedCollection>

export type PublicDoc<C extends PublicCollection> = Config['collections'][C]

/** Fields to read: `true`, or a group's own fields (`{ hero: { image: true } }`). */
export type PublicSelect = { [field: string]: true | PublicSelect }

export type PublicQuery = {
  locale: Locale
  where?: Where
  sort?: Sort
  limit?: number
  page?: number
  depth?: number
  /** `false` disables falling back to the default locale (to detect missing translations). */
  fallback?: boolean
  /** Only the listed fields (and id). */
  select?: PublicSelect
  /**
   * `false` reads past the cache: for reads keyed by free text (search), whose variety would
   * only fill the cache. Never widens what is read.
   */
  cache?: boolean
  /** `false` skips counting every match (totalDocs): for reads that show a few and no pages. */
  pagination?: boolean
  /** The site it is read for, or null for no site (see ReadSite). Required, so that no page read goes untagged. */
  site: ReadSite | null
}

/** Documents read in one piece; a longer page is read in slices of this many (findPublic). */
const sliceSize = 25

export async function findPublic<C extends PublicCollection>(
  collection: C,
  { locale, where, sort, limit = 10, page = 1, depth = 1, fallback = true, select, cache = true, pagination = true, site }: PublicQuery,
): Promise<PaginatedDocs<PublicDoc<C>>> {
  const result = await cachedRead(
    collection,
    depth,
    [where, sort, limit, page, depth, locale, fallback, select, pagination],
    async () => {
      const payload = await getPayloadClient()
      const as = { collection, locale, fallbackLocale: fallback ? defaultLocale : false, draft: false, overrideAccess: false, user: undefined } as const
      if (limit <= sliceSize) return payload.find({ ...as, where, sort, limit, page, depth, select, pagination })
      // A long page (the partner API's 100): its ids first, then its documents a slice at a time with a
      // turn of the event loop between slices. Read at once, turning 100 documents' rows into documents
      // held the event loop 60-80 ms in one piece at 50,000 news (docs/scaling.md).
      const page_ = await payload.find({ ...as, where, sort, limit, page, depth: 0, select: { id: true } as PublicSelect, pagination })
      const ids = page_.docs.map((doc) => doc.id)
      const byId = new Map<unknown, unknown>()
      for (let start = 0; start < ids.length; start += sliceSize) {
        await nextTurn()
        const slice = ids.slice(start, start + sliceSize)
        // By id: with the default sort (-createdAt), SQLite walked a whole index of the collection for each
        // slice. The caller's where is not asked again (the access rule is): with it, the planner walked the
        // where's range instead (an office's filter or an updatedSince), so a document moved to another office
        // in the turn before its slice would still be listed once.
        const { docs } = await payload.find({ ...as, where: { id: { in: slice } }, sort: 'id', limit: slice.length, depth, select, pagination: false })
        for (const doc of docs) byId.set(doc.id, doc)
      }
      // In the page's order; one unpublished in between is left out.
      return { ...page_, docs: ids.flatMap((id) => (byId.has(id) ? [byId.get(id)] : [])) }
    },
    cache,
    site,
  )
  return result as unknown as PaginatedDocs<PublicDoc<C>>
}

/**
 * A published document by its slug in the given locale, or null. A document not yet
 * translated has only its default-locale slug (lists link to it with that slug, shown in the
 * fallback language), so that slug matches too; slugs are unique across locales, so at most
 * one document can match.
 */
export async function findPublicBySlug<C extends PublicCollection>(
  collection: C,
  slug: string,
  locale: Locale,
  depth: number,
  site: ReadSite | null,
): Promise<PublicDoc<C> | null> {
  // One lookup per slug's locale, each served by the slug index: an `or` across two locales'
  // rows cannot be, and read every published document (94 ms at 8,000 news).
  for (const slugLocale of locale === defaultLocale ? [locale] : [locale, defaultLocale]) {
    const where: Where = { [`slug.${slugLocale}`]: { equals: slug } }
    const { docs } = await findPublic(collection, { locale, where, limit: 1, depth, pagination: false, site })
    if (docs[0]) return docs[0]
  }
  return null
}

/**
 * Published documents with every localized field as `{ en, tr }` and no fallback: their own
 * slug per locale, and what each locale really has (to tell translated text from fallback).
 * `pagination: false` skips the count (MongoDB then ignores `page`: page by a `where` instead).
 */
export async function findPublicInAllLocales(
  collection: PublicCollection,
  {
    where,
    limit = 1,
    page = 1,
    sort,
    select,
    pagination = true,
    cache = true,
    site,
  }: {
    where?: Where
    limit?: number
    page?: number
    sort?: Sort
    select?: Record<string, true>
    pagination?: boolean
    /** As findPublic's `cache`. */
    cache?: boolean
    site: ReadSite | null
  },
): Promise<Record<string, unknown>[]> {
  const { docs } = await cachedRead(
    collection,
    0,
    ['all', where, sort, limit, page, select, pagination],
    async () => {
      const payload = await getPayloadClient()
      return payload.find({
        collection,
        where,
        sort,
        locale: 'all',
        depth: 0,
        limit,
        page,
        pagination,
        select,
        draft: false,
        overrideAccess: false,
        user: undefined,
      })
    },
    cache,
    site,
  )
  return docs as unknown as Record<string, unknown>[]
}

/**
 * A site-wide global (navigation, footer) as an anonymous visitor sees it: links to documents
 * that are not published are left unpopulated (their id only), so callers drop them.
 */
export async function findPublicGlobal<G extends PublicGlobal>(global: G, locale: Locale, site: ReadSite | null): Promise<Config['globals'][G]> {
  const offices = site?.offices.map(String)
  const read = () =>
    guardedRead(async () => {
      const payload = await getPayloadClient()
      return payload.findGlobal({
        slug: global,
        locale,
        fallbackLocale: defaultLocale,
        depth: 1,
        draft: false,
        overrideAccess: false,
        user: undefined,
      })
    })
  const result =
    process.env.NEXT_RUNTIME === 'nodejs'
      ? await unstable_cache(read, ['kopru-global', global, locale, JSON.stringify(offices)], { tags: tagsForGlobal(global, offices), revalidate: false })()
      : await read()
  return result as Config['globals'][G]
}
