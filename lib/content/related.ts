import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { DatedCollection } from '@/i18n/paths'
import { idOf } from '@/lib/relationValues'
import { officeClause } from './filters'
import { withListImages } from './listImages'
import { listFields, type SiteOffices } from './lists'
import { findPublic } from './reader'
import { markTranslated } from './translation'

const latest = 5

/** What a programme page shows beside the programme: its news, statements and facts. */
export async function relatedToProgramme(site: SiteOffices, id: number | string, locale: Locale) {
  // A programme of several offices: only this site's offices' items.
  const [news, statements, facts] = await Promise.all([
    findPublic('news', {
      site,
      locale,
      where: { and: [{ programmes: { in: [id] } }, officeClause('news', site.offices)] },
      sort: '-publishedDate',
      limit: latest,
      depth: 0,
      select: listFields.news,
      pagination: false,
    }),
    findPublic('statements', {
      site,
      locale,
      where: { and: [{ programmes: { in: [id] } }, officeClause('statements', site.offices)] },
      sort: '-date',
      limit: latest,
      depth: 0,
      select: listFields.statements,
      pagination: false,
    }),
    findPublic('facts', {
      site,
      locale,
      where: { and: [{ programme: { equals: id } }, officeClause('facts', site.offices)] },
      sort: 'order',
      limit: 12,
      depth: 0,
      pagination: false,
    }),
  ])
  return {
    news: await withListImages(await markTranslated('news', news.docs, locale, 'title', site), locale, site),
    statements: await withListImages(await markTranslated('statements', statements.docs, locale, 'title', site), locale, site),
    facts: await markTranslated('facts', facts.docs, locale, 'label', site),
  }
}

/** What a country page shows: its programmes, facts, latest news and statements. */
export async function relatedToCountry(site: SiteOffices, id: number | string, locale: Locale) {
  const [programmes, news, statements, facts] = await Promise.all([
    findPublic('programmes', { site, locale, where: { countries: { in: [id] } }, sort: 'title', limit: 20, depth: 0, pagination: false }),
    findPublic('news', { site, locale, where: { country: { equals: id } }, sort: '-publishedDate', limit: latest, depth: 0, select: listFields.news, pagination: false }),
    findPublic('statements', { site, locale, where: { country: { equals: id } }, sort: '-date', limit: latest, depth: 0, select: listFields.statements, pagination: false }),
    findPublic('facts', { site, locale, where: { country: { equals: id } }, sort: 'order', limit: 12, depth: 0, pagination: false }),
  ])
  return {
    programmes: await markTranslated('programmes', programmes.docs, locale, 'title', site),
    news: await withListImages(await markTranslated('news', news.docs, locale, 'title', site), locale, site),
    statements: await withListImages(await markTranslated('statements', statements.docs, locale, 'title', site), locale, site),
    facts: await markTranslated('facts', facts.docs, locale, 'label', site),
  }
}

type Ref = number | string | { id: number | string } | null | undefined

/**
 * What an article (news item or statement) shows below it: the latest other news and
 * statements of its programmes or its country office.
 */
export async function relatedToArticle(
  site: SiteOffices,
  self: { collection: DatedCollection; id: number | string; country?: Ref; programmes?: Ref[] | null },
  locale: Locale,
  limit = 3,
) {
  const programmeIds = (self.programmes ?? []).map(idOf).filter((id): id is number | string => id != null)
  const countryId = idOf(self.country)
  const or: Where[] = []
  if (programmeIds.length > 0) or.push({ programmes: { in: programmeIds } })
  if (countryId != null) or.push({ country: { equals: countryId } })
  if (or.length === 0) return { news: [], statements: [] }
  // Only this site's offices' items (a shared programme's other offices are on their own sites).
  const notSelf = (collection: DatedCollection): Where[] => [officeClause(collection, site.offices), ...(collection === self.collection ? [{ id: { not_equals: self.id } }] : [])]
  const [news, statements] = await Promise.all([
    findPublic('news', { site, locale, where: { and: [{ or }, ...notSelf('news')] }, sort: '-publishedDate', limit, depth: 0, select: listFields.news, pagination: false }),
    findPublic('statements', {
      site,
      locale,
      where: { and: [{ or }, ...notSelf('statements')] },
      sort: '-date',
      limit,
      depth: 0,
      select: listFields.statements,
      pagination: false,
    }),
  ])
  return {
    news: await withListImages(await markTranslated('news', news.docs, locale, 'title', site), locale, site),
    statements: await withListImages(await markTranslated('statements', statements.docs, locale, 'title', site), locale, site),
  }
}
