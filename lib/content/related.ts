import type { Locale } from '../../i18n/locales'
import { findPublic } from './reader'
import { markTranslated } from './translation'

const latest = 5

/** What a programme page shows beside the programme: its news, statements and facts. */
export async function relatedToProgramme(id: number | string, locale: Locale) {
  const [news, statements, facts] = await Promise.all([
    findPublic('news', { locale, where: { programmes: { in: [id] } }, sort: '-publishedDate', limit: latest, depth: 0 }),
    findPublic('statements', { locale, where: { programmes: { in: [id] } }, sort: '-date', limit: latest, depth: 0 }),
    findPublic('facts', { locale, where: { programme: { equals: id } }, sort: 'order', limit: 12, depth: 0 }),
  ])
  return {
    news: await markTranslated('news', news.docs, locale, 'title'),
    statements: await markTranslated('statements', statements.docs, locale, 'title'),
    facts: await markTranslated('facts', facts.docs, locale, 'label'),
  }
}

/** What a country page shows: its programmes, facts, latest news and statements. */
export async function relatedToCountry(id: number | string, locale: Locale) {
  const [programmes, news, statements, facts] = await Promise.all([
    findPublic('programmes', { locale, where: { countries: { in: [id] } }, sort: 'title', limit: 20, depth: 0 }),
    findPublic('news', { locale, where: { country: { equals: id } }, sort: '-publishedDate', limit: latest, depth: 0 }),
    findPublic('statements', { locale, where: { country: { equals: id } }, sort: '-date', limit: latest, depth: 0 }),
    findPublic('facts', { locale, where: { country: { equals: id } }, sort: 'order', limit: 12, depth: 0 }),
  ])
  return {
    programmes: await markTranslated('programmes', programmes.docs, locale, 'title'),
    news: await markTranslated('news', news.docs, locale, 'title'),
    statements: await markTranslated('statements', statements.docs, locale, 'title'),
    facts: await markTranslated('facts', facts.docs, locale, 'label'),
  }
}
