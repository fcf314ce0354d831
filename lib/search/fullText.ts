import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { idOf } from '@/lib/relationValues'
import { fold } from './normalize'
import { foldedTextField, officeTokens, type SearchEntries, type SearchedCollection } from './types'

/**
 * The one seam between site search and the database's full-text index. The search module
 * (lib/content/search.ts) asks for a page of ranked index entries; payload.config.ts, the only
 * place that knows which database runs, hands Payload the implementation in
 * `config.custom.fullText` (SQLite: FTS5, lib/db/sqliteFullText.ts; MongoDB: its text index,
 * lib/db/mongoFullText.ts). Without one, entries are matched through Payload's own query API
 * (`contains` on the folded text).
 */
export type FullTextQuery = {
  locale: Locale
  /** Folded query words (lib/search/normalize.ts: queryTerms); every one must match, as a word start (FTS5; MongoDB's text index matches whole words: lib/db/mongoFullText.ts). */
  terms: string[]
  collection?: SearchedCollection
  /** Only entries of these offices' documents, and global facts (a site's search: lib/sites). */
  offices?: (string | number)[]
  limit: number
  offset: number
}

/**
 * Ids of `search` entries, best first, and how many match in all; with a collection asked for,
 * also (every implementation must) their documents' ids in the same order (the partner API filters by them: reading the
 * entries back through Payload, 1,000 at a time, held the event loop at 50,000 documents).
 */
export type FullTextPage = { ids: Array<string | number>; total: number; docIds?: Array<string | number> }

export type FullTextIndex = {
  /** Named in logs and the bench. */
  name: string
  search: (payload: Payload, query: FullTextQuery) => Promise<FullTextPage>
}

export function fullTextOf(payload: Payload): FullTextIndex {
  const custom = payload.config.custom as { fullText?: FullTextIndex } | undefined
  return custom?.fullText ?? queryFullText
}

/** Title words weigh most, then the summary, then the body; a word start beats a word middle. */
export function score(terms: string[], entry: { title: string; summary: string; text: string }, priority = 0): number {
  const title = fold(entry.title)
  const summary = fold(entry.summary)
  const text = fold(entry.text)
  let total = priority / 10
  for (const term of terms) {
    const wordStart = new RegExp(`(^|[^\\p{L}\\p{N}])${term}`, 'u')
    if (title.includes(term)) total += wordStart.test(title) ? 12 : 8
    if (summary.includes(term)) total += wordStart.test(summary) ? 4 : 3
    if (text.includes(term)) total += wordStart.test(text) ? 2 : 1
  }
  return total
}

/**
 * Through Payload's query API on any database: the database filters (`contains` on the
 * locale's folded text, a scan), and the newest `maxCandidates` matches are ranked here. The
 * fallback where no full-text index is configured (a database adapter other than the two).
 */
const maxCandidates = 200

type Candidate = {
  id: string | number
  priority?: number | null
  date?: string | null
  entries?: SearchEntries | null
  doc?: { relationTo: string; value: unknown } | null
}

export const queryFullText: FullTextIndex = {
  name: 'payload-query',
  async search(payload, { locale, terms, collection, offices, limit, offset }) {
    const field = foldedTextField(locale)
    const and: Where[] = terms.map((term) => ({ [field]: { contains: term } }))
    if (collection) and.push({ 'doc.relationTo': { equals: collection } })
    if (offices) and.push({ or: officeTokens(offices).map((token) => ({ offices: { contains: token } })) })
    const { docs } = await payload.find({
      collection: 'search',
      where: { and },
      sort: ['-priority', '-date'],
      limit: maxCandidates,
      depth: 0,
      select: { priority: true, date: true, entries: true, doc: true },
      overrideAccess: false,
    })
    const ranked = (docs as unknown as Candidate[])
      .map((doc) => {
        const entry = doc.entries?.[locale]
        return {
          id: doc.id,
          docId: idOf(doc.doc?.value),
          date: doc.date ?? '',
          score: entry ? score(terms, entry, doc.priority ?? 0) : 0,
        }
      })
      .sort((a, b) => b.score - a.score || b.date.localeCompare(a.date))
    const page = ranked.slice(offset, offset + limit)
    return {
      ids: page.map((hit) => hit.id),
      total: ranked.length,
      ...(collection ? { docIds: page.flatMap((hit) => hit.docId ?? []) } : {}),
    }
  },
}
