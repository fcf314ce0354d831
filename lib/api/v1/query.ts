import type { Where } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { filterClauses, type DateBound, type Filters } from '@/lib/content/filters'
import { findPublic, findPublicInAllLocales, type PublicDoc } from '@/lib/content/reader'
import { getEnv } from '@/lib/env'
import { storedIdPattern } from '@/lib/api/ids'
import { matchingIds } from '@/lib/content/search'
import { markTranslated } from '@/lib/content/translation'
import { pick, titleField, toItem, type Served as ServedAs } from './serialize'
import { siteOriginsFor } from './siteOrigins'
import { defaultLimit, sorts, type ApiCollection, type ItemQuery, type ListQuery } from './schemas'

/**
 * The partner API's reads: validated parameters → `Where` clauses → the safe reader (published
 * documents only, as an anonymous visitor) → flat items. Nothing here can ask for a draft.
 */

export class BadRequest extends Error {
  constructor(readonly details: string[]) {
    super('Invalid query parameters.')
  }
}

/** `to=2024-07-28` means the whole day; an instant means that instant. */
function rangeBound(value: string, end: boolean): DateBound {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = new Date(`${value}T00:00:00.000Z`)
    if (!end) return { op: 'greater_than_equal', iso: day.toISOString() }
    day.setUTCDate(day.getUTCDate() + 1)
    return { op: 'less_than', iso: day.toISOString() }
  }
  return { op: end ? 'less_than_equal' : 'greater_than_equal', iso: new Date(value).toISOString() }
}

export async function countryId(isoCode: string): Promise<string | number> {
  const { docs } = await findPublic('countries', { site: null, locale: locales[0], limit: 100, depth: 0, select: { isoCode: true } })
  const match = docs.find((doc) => doc.isoCode === isoCode)
  if (!match) {
    const known = docs
      .map((doc) => doc.isoCode)
      .sort()
      .join(', ')
    throw new BadRequest([`country: no country office has the code ${isoCode}; the offices are ${known}`])
  }
  return match.id
}

async function programmeId(slug: string): Promise<string | number> {
  const { docs } = await findPublic('programmes', {
    site: null,
    locale: locales[0],
    where: { or: locales.map((locale) => ({ [`slug.${locale}`]: { equals: slug } })) },
    limit: 1,
    depth: 0,
    select: { slug: true },
  })
  if (!docs[0]) throw new BadRequest([`programme: no published programme has the slug "${slug}"; see /api/v1/programmes for the slugs`])
  return docs[0].id
}

/**
 * The where clause of the API's filters (lib/content/filters.ts, shared with the site's lists).
 * Unlike the site, the API resolves a country ISO code and a programme slug to a published
 * document first, and answers 400 naming what exists when there is none; it filters by id.
 */
async function filtersWhere(collection: ApiCollection, query: ListQuery): Promise<{ where: Where; empty: boolean }> {
  const filters: Filters = {
    country: query.country ? { id: await countryId(query.country) } : undefined,
    programme: query.programme ? { id: await programmeId(query.programme) } : undefined,
    kind: query.kind,
    status: query.status,
    scope: query.scope,
    from: query.from ? rangeBound(query.from, false) : undefined,
    to: query.to ? rangeBound(query.to, true) : undefined,
    updatedSince: query.updatedSince ? new Date(query.updatedSince).toISOString() : undefined,
  }
  let empty = false
  if (query.q) {
    filters.ids = await matchingIds(collection, query.q, query.lang)
    empty = filters.ids.length === 0
  }
  return { where: { and: filterClauses(collection, filters) }, empty }
}

type Served = { docs: PublicDoc<ApiCollection>[]; locale: Locale }

async function itemsOf(collection: ApiCollection, { docs, locale }: Served, fields: string[] | undefined) {
  const marked = await markTranslated(collection, docs, locale, titleField[collection] as never, null)
  const map = toItem[collection] as (doc: unknown, served: ServedAs) => Record<string, unknown>
  const originOf = await siteOriginsFor(collection, locale)
  const pages = marked.map((doc) => originOf(doc))
  // An item whose site lacks the served language links to its page in the site's language: its slug there.
  const elsewhere = marked.filter((_, i) => pages[i].pageLocale !== locale).map((doc) => doc.id)
  const slugs =
    elsewhere.length > 0 && collection !== 'facts'
      ? new Map(
          (
            await findPublicInAllLocales(collection, {
              site: null,
              where: { id: { in: elsewhere } },
              limit: elsewhere.length,
              select: { slug: true },
              pagination: false,
              cache: false,
            })
          ).map((doc) => [String(doc.id), doc.slug as Partial<Record<Locale, string>> | undefined]),
        )
      : new Map<string, Partial<Record<Locale, string>> | undefined>()
  return marked.map(({ translated, ...doc }, i) => {
    const { origin, pageLocale } = pages[i]
    const pageSlug = pageLocale === locale ? undefined : slugs.get(String(doc.id))?.[pageLocale]
    return pick(map(doc, { locale, translated, origin, pageLocale, pageSlug }), fields)
  })
}

export type ListResult = { items: Record<string, unknown>[]; totalCount: number; page: number; totalPages: number; limit: number }

export async function listItems(collection: ApiCollection, query: ListQuery): Promise<ListResult> {
  const limit = query.limit ?? defaultLimit
  const page = query.page ?? 1
  const { where, empty } = await filtersWhere(collection, query)
  if (empty) return { items: [], totalCount: 0, page, totalPages: 0, limit }
  const sortTable: Record<string, readonly string[]> = sorts[collection]
  const sort = [...sortTable[query.sort ?? Object.keys(sortTable)[0]]]
  const result = await findPublic(collection, {
    site: null,
    locale: query.lang,
    where,
    sort,
    limit,
    page,
    depth: 1,
    // Past the read cache: server.mjs's page cache (and the proxy) keep the API's answer whole
    // (lib/cache/apiCache.mjs). Cached here too, a page of 100 whole documents was up to a megabyte
    // of JSON to write, and a partner's walk pushed every page's reads out of the 8 MB in-process
    // cache: the bench's deep list page then rendered cold, 77-107 ms of event-loop delay (7-9 ms since).
    cache: false,
  })
  return {
    items: await itemsOf(collection, { docs: result.docs, locale: query.lang }, query.fields),
    totalCount: result.totalDocs,
    page,
    totalPages: result.totalPages,
    limit,
  }
}

/** One published document by id or by its slug in either language, or null. */
export async function findItem(collection: ApiCollection, key: string, query: ItemQuery): Promise<Record<string, unknown> | null> {
  const byId: Where[] = storedIdPattern(getEnv().databaseKind).test(key) ? [{ id: { equals: key } }] : []
  // One lookup per locale: each is served by the slug index, an `or` across locales is not.
  const bySlug: Where[] = collection === 'facts' ? [] : locales.map((locale) => ({ [`slug.${locale}`]: { equals: key } }))
  for (const where of [...byId, ...bySlug]) {
    const { docs } = await findPublic(collection, { site: null, locale: query.lang, where, limit: 1, depth: 1, pagination: false })
    if (docs[0]) return (await itemsOf(collection, { docs, locale: query.lang }, query.fields))[0]
  }
  return null
}

/** Published documents by id in one language, as the API's items (past the read cache: the changes feed names what just changed). */
export async function itemsByIds(collection: ApiCollection, ids: string[], lang: Locale): Promise<Record<string, unknown>[]> {
  if (ids.length === 0) return []
  const { docs } = await findPublic(collection, { site: null, locale: lang, where: { id: { in: ids } }, limit: ids.length, depth: 1, pagination: false, cache: false })
  return itemsOf(collection, { docs, locale: lang }, undefined)
}
