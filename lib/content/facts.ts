import type { Locale } from '@/i18n/locales'
import { officeClause } from './filters'
import type { SiteOffices } from './lists'
import { findPublic } from './reader'
import { markTranslated } from './translation'

/** The global facts band, in its editorial order. */
export async function globalFacts(site: SiteOffices, locale: Locale) {
  const { docs } = await findPublic('facts', { site, locale, where: { scope: { equals: 'global' } }, sort: 'order', limit: 12, depth: 0 })
  return markTranslated('facts', docs, locale, 'label', site)
}

/** The site's facts (global and its offices') with country and source, for the facts and figures page: global first. */
export async function allFacts(site: SiteOffices, locale: Locale) {
  const { docs } = await findPublic('facts', { site, locale, where: officeClause('facts', site.offices), sort: ['scope', 'order'], limit: 100, depth: 1 })
  return markTranslated('facts', docs, locale, 'label', site)
}
