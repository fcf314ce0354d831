import type { Locale } from '@/i18n/locales'
import { listFields } from './lists'
import { findPublic } from './reader'
import { markTranslated } from './translation'

/** The newest published news items in a locale, each marked translated or shown in English. */
export async function latestNews(locale: Locale, limit = 10) {
  const { docs } = await findPublic('news', { locale, sort: '-publishedDate', limit, depth: 0, select: listFields.news, pagination: false })
  return markTranslated('news', docs, locale, 'title')
}

/** The newest published statements in a locale, each marked translated or shown in English. */
export async function latestStatements(locale: Locale, limit = 4) {
  const { docs } = await findPublic('statements', { locale, sort: '-date', limit, depth: 0, select: listFields.statements, pagination: false })
  return markTranslated('statements', docs, locale, 'title')
}
