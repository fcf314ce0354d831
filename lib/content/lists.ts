import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { DatedCollection } from '@/i18n/paths'
import type { ListParams } from '@/lib/listParams'
import type { Site } from '@/lib/sites/directory'
import { dateFieldOf, datedSort, filterClauses, officeClause, type DateBound } from './filters'
import { withListImages } from './listImages'
import { findPublic, type PublicSelect } from './reader'
import { markTranslated } from './translation'

export const pageSize = 10

/** Whose content a site's lists show (lib/sites). */
export type SiteOffices = Pick<Site, 'offices'>

/**
 * What a list item shows (lib/content/toListItems.ts), and nothing more: no bodies, no
 * contacts. Lists, feeds, the home page and the related items read only these. Images as ids
 * (depth 0), read for the whole list at once (lib/content/listImages.ts).
 */
export const listFields = {
  news: { title: true, slug: true, excerpt: true, publishedDate: true, dateline: true, hero: { image: true }, meta: { image: true } },
  statements: { title: true, slug: true, kind: true, date: true, dateline: true, meta: { image: true } },
} as const satisfies Record<DatedCollection, PublicSelect>

/** The where clause of a dated list's filters (country ISO code, programme slug, year, kind): lib/content/filters.ts. */
function filtersWhere(collection: DatedCollection, site: SiteOffices, params: ListParams): Where | undefined {
  const and = filterClauses(collection, {
    offices: site.offices,
    country: params.country ? { isoCode: params.country } : undefined,
    programme: params.programme ? { slug: params.programme } : undefined,
    kind: params.kind,
    ...(params.year ? yearRange(params.year) : {}),
  })
  return and.length > 0 ? { and } : undefined
}

/** A year as a range of instants: from its first moment (UTC) to before the next year's. */
function yearRange(year: number): { from: DateBound; to: DateBound } {
  return {
    from: { op: 'greater_than_equal', iso: `${year}-01-01T00:00:00.000Z` },
    to: { op: 'less_than', iso: `${year + 1}-01-01T00:00:00.000Z` },
  }
}

/** A page of news items or statements, newest first, filtered, each marked translated or not. */
async function listDated<C extends DatedCollection>(collection: C, site: SiteOffices, locale: Locale, params: ListParams) {
  const result = await findPublic(collection, {
    site,
    locale,
    where: filtersWhere(collection, site, params),
    sort: datedSort(collection),
    limit: pageSize,
    page: params.page,
    depth: 0,
    select: listFields[collection],
  })
  return { ...result, docs: await withListImages(await markTranslated(collection, result.docs, locale, 'title', site), locale, site) }
}

export const listNews = (site: SiteOffices, locale: Locale, params: ListParams) => listDated('news', site, locale, params)

export const listStatements = (site: SiteOffices, locale: Locale, params: ListParams) => listDated('statements', site, locale, params)

/** The site's country offices, for filters and the countries list. */
export async function listCountries(site: SiteOffices, locale: Locale) {
  const { docs } = await findPublic('countries', { site, locale, where: officeClause('countries', site.offices), sort: 'name', limit: 50, depth: 1 })
  return withListImages(docs, locale, site)
}

/**
 * Years that have documents, newest first: from the newest published one's year to the
 * oldest's. Not up to the clock's year: the lists are cached pages, purged by content changes
 * only, so a year from the clock would be missing from them after New Year until something
 * changed. A document in a new year is such a change.
 */
export async function yearsWithContent(site: SiteOffices, collection: DatedCollection, locale: Locale): Promise<number[]> {
  const dateField = dateFieldOf[collection]
  const yearOf = async (sort: string[]) => {
    const { docs } = await findPublic(collection, {
      site,
      locale,
      where: officeClause(collection, site.offices),
      sort,
      limit: 1,
      depth: 0,
      select: { [dateField]: true },
      pagination: false,
    })
    const doc = docs[0] as { publishedDate?: string; date?: string } | undefined
    const value = doc?.publishedDate ?? doc?.date
    return value ? new Date(value).getUTCFullYear() : undefined
  }
  const [oldest, newest] = await Promise.all([yearOf([dateField, 'createdAt']), yearOf([`-${dateField}`, '-createdAt'])])
  const years: number[] = []
  if (oldest === undefined || newest === undefined) return years
  for (let year = newest; year >= oldest; year -= 1) years.push(year)
  return years
}

export async function listProgrammes(site: SiteOffices, locale: Locale) {
  const { docs } = await findPublic('programmes', { site, locale, where: officeClause('programmes', site.offices), sort: 'title', limit: 50, depth: 0 })
  return withListImages(await markTranslated('programmes', docs, locale, 'title', site), locale, site)
}
