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

/**
 * The offices an entry's document belongs to, as the index's `offices` text holds them:
 * " 12 15 " (a site search asks for " 12 " as a whole token), " global " for a global fact,
 * which every site shows.
 */
export function officesText(collection: SearchedCollection, doc: Record<string, unknown>): string {
  if (collection === 'facts' && doc.scope === 'global') return ' global '
  const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)
  const values = collection === 'countries' ? [doc.id] : collection === 'programmes' ? (Array.isArray(doc.countries) ? doc.countries : []) : [doc.country]
  const ids = values.map(idOf).filter((id) => id != null)
  return ids.length > 0 ? ` ${ids.join(' ')} ` : ''
}

/** The tokens a site's search accepts in `offices`: its offices', and global facts. */
export const officeTokens = (offices: (string | number)[]) => [...offices.map((id) => ` ${id} `), ' global ']

/** The index field holding a locale's folded text (lib/search/normalize.ts). */
export const foldedTextField = (locale: Locale) => `text_${locale}` as const
