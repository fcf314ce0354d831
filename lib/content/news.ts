import type { Locale } from '@/i18n/locales'
import { officeClause } from './filters'
import { withListImages } from './listImages'
import { listFields, type SiteOffices } from './lists'
import { findPublic } from './reader'
import { markTranslated } from './translation'

/** The site's newest published news items in a locale, each marked translated or shown in English. */
export async function latestNews(site: SiteOffices, locale: Locale, limit = 10) {
  const { docs } = await findPublic('news', {
    site,
    locale,
    where: officeClause('news', site.offices),
    sort: '-publishedDate',
    limit,
    depth: 0,
    select: listFields.news,
    pagination: false,
  })
  return withListImages(await markTranslated('news', docs, locale, 'title', site), locale, site)
}

/** The site's newest published statements in a locale, each marked translated or shown in English. */
export async function latestStatements(site: SiteOffices, locale: Locale, limit = 4) {
  const { docs } = await findPublic('statements', {
    site,
    locale,
    where: officeClause('statements', site.offices),
    sort: '-date',
    limit,
    depth: 0,
    select: listFields.statements,
    pagination: false,
  })
  return withListImages(await markTranslated('statements', docs, locale, 'title', site), locale, site)
}
