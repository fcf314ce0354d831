import type { Locale } from '@/i18n/locales'

/** The content types the site search covers (each gets one index entry per published document). */
export const searchedCollections = ['news', 'statements', 'programmes', 'countries', 'facts'] as const

export type SearchedCollection = (typeof searchedCollections)[number]

/** What a reader of one locale sees of a document in the results. */
export type SearchEntry = {
  title: string
  summary: string
  /** Plain body text, trimmed to what a result snippet can use. */
  text: string
  slug: string
  /** False when the locale shows the default-locale text. */
  translated: boolean
}

export type SearchEntries = Partial<Record<Locale, SearchEntry>>

/** The index field holding a locale's folded text (lib/search/normalize.ts). */
export const foldedTextField = (locale: Locale) => `text_${locale}` as const
