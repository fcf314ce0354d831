import type { Locale } from '../../i18n/locales'
import { findPublic } from './reader'
import { markTranslated } from './translation'

/** The global facts band, in its editorial order. */
export async function globalFacts(locale: Locale) {
  const { docs } = await findPublic('facts', { locale, where: { scope: { equals: 'global' } }, sort: 'order', limit: 12, depth: 0 })
  return markTranslated('facts', docs, locale, 'label')
}
