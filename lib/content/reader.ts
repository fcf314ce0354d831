import type { CollectionSlug, PaginatedDocs, Sort, Where } from 'payload'

import type { Config } from '../../payload-types'
import { defaultLocale, type Locale } from '../../i18n/locales'
import { getPayloadClient } from '../payload'

/**
 * The one safe door for everything public (pages, feeds, sitemap, search, /api/v1).
 * It always reads as an anonymous visitor: no user, access control applied, published
 * versions only. Callers cannot widen it: there is no parameter for a user, for
 * overrideAccess or for drafts. Preview is the only other door (authenticated, draft mode).
 */
export type PublicCollection = Extract<CollectionSlug, 'news' | 'statements' | 'programmes' | 'facts' | 'countries' | 'media'>

export type PublicDoc<C extends PublicCollection> = Config['collections'][C]

export type PublicQuery = {
  locale: Locale
  where?: Where
  sort?: Sort
  limit?: number
  page?: number
  depth?: number
  /** `false` disables falling back to the default locale (to detect missing translations). */
  fallback?: boolean
}

export async function findPublic<C extends PublicCollection>(
  collection: C,
  { locale, where, sort, limit = 10, page = 1, depth = 1, fallback = true }: PublicQuery,
): Promise<PaginatedDocs<PublicDoc<C>>> {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection,
    where,
    sort,
    limit,
    page,
    depth,
    locale,
    fallbackLocale: fallback ? defaultLocale : false,
    draft: false,
    overrideAccess: false,
    user: undefined,
  })
  return result as unknown as PaginatedDocs<PublicDoc<C>>
}

/**
 * A published document by its slug in the given locale, or null. A document not yet
 * translated has only its default-locale slug (pages link to it with that slug, shown in the
 * fallback language), so that slug is tried second.
 */
export async function findPublicBySlug<C extends PublicCollection>(
  collection: C,
  slug: string,
  locale: Locale,
  depth = 1,
): Promise<PublicDoc<C> | null> {
  const own = await findPublic(collection, { locale, where: { slug: { equals: slug } }, limit: 1, depth })
  if (own.docs[0] || locale === defaultLocale) return own.docs[0] ?? null
  const untranslated = await findPublic(collection, { locale: defaultLocale, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  const id = untranslated.docs[0]?.id
  if (id == null) return null
  const { docs } = await findPublic(collection, { locale, where: { id: { equals: id } }, limit: 1, depth })
  return docs[0] ?? null
}

/** A published document's own slug in every locale that has one (no fallback). */
export async function findPublicSlugs(collection: PublicCollection, id: number | string): Promise<Partial<Record<Locale, string>>> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    where: { id: { equals: id } },
    locale: 'all',
    depth: 0,
    limit: 1,
    draft: false,
    overrideAccess: false,
    user: undefined,
  })
  const slug = (docs[0] as { slug?: unknown } | undefined)?.slug
  if (!slug || typeof slug !== 'object') return {}
  return Object.fromEntries(Object.entries(slug as Record<string, unknown>).filter(([, value]) => typeof value === 'string' && value !== '')) as Partial<
    Record<Locale, string>
  >
}
