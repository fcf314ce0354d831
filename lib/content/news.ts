import type { Locale } from '../../i18n/locales'
import { findPublic, findPublicBySlug } from './reader'

/** The newest published news items in a locale (falling back to English where untranslated). */
export async function latestNews(locale: Locale, limit = 10) {
  const { docs } = await findPublic('news', { locale, sort: '-publishedDate', limit, depth: 1 })
  return docs
}

export function newsBySlug(slug: string, locale: Locale) {
  return findPublicBySlug('news', slug, locale, 2)
}
