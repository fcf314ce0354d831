import type { Where } from 'payload'

import { getPathname } from '../../i18n/navigation'
import { documentPath } from '../../i18n/paths'
import { defaultLocale, type Locale } from '../../i18n/locales'
import type { SearchQuery } from '../listParams'
import { fold, queryTerms } from '../search/normalize'
import { foldedTextField, type SearchEntries, type SearchedCollection } from '../search/types'
import { findPublic } from './reader'

export const searchPageSize = 10

/**
 * How many matching index entries are ranked per query. The database filters (every query word
 * must occur in the locale's folded text); ranking runs on the matches only, highest priority
 * and newest first when there are more.
 */
const maxCandidates = 200

export type SearchHit = {
  id: string
  collection: SearchedCollection
  href: string
  title: string
  summary: string
  text: string
  date: string | null
  /** The language the entry is shown in when it is not the page's (untranslated). */
  lang?: Locale
  score: number
}

export type SearchResult = { terms: string[]; hits: SearchHit[]; total: number; totalPages: number; page: number }

type IndexDoc = {
  id: string | number
  doc: { relationTo: SearchedCollection; value: string | number | { id: string | number } }
  priority?: number | null
  date?: string | null
  entries?: SearchEntries | null
}

function refId(value: IndexDoc['doc']['value']): string {
  return String(typeof value === 'object' ? value.id : value)
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

function hrefOf(collection: SearchedCollection, id: string, slug: string, locale: Locale): string {
  if (collection === 'facts') return `${getPathname({ locale, href: '/facts' })}#fact-${id}`
  return documentPath(collection, slug, locale)
}

/** Which of these documents are published, read through the safe door (a stale index entry never shows). */
async function publishedIds(collection: SearchedCollection, ids: string[], locale: Locale): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const { docs } = await findPublic(collection, {
    locale,
    where: { id: { in: ids } },
    select: { id: true },
    limit: ids.length,
    depth: 0,
    cache: false,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

/** Site search in the reader's language: every word must match (case, accents and Turkish dotted/dotless i folded). */
export async function searchSite(locale: Locale, query: SearchQuery): Promise<SearchResult> {
  const terms = queryTerms(query.q)
  const empty: SearchResult = { terms, hits: [], total: 0, totalPages: 0, page: query.page }
  if (terms.length === 0) return empty

  const field = foldedTextField(locale)
  const and: Where[] = terms.map((term) => ({ [field]: { contains: term } }))
  if (query.type) and.push({ 'doc.relationTo': { equals: query.type } })
  const { docs } = await findPublic('search', {
    locale,
    where: { and },
    sort: ['-priority', '-date'],
    limit: maxCandidates,
    depth: 0,
    cache: false,
  })
  const candidates = docs as unknown as IndexDoc[]

  const byCollection = new Map<SearchedCollection, string[]>()
  for (const candidate of candidates) {
    const ids = byCollection.get(candidate.doc.relationTo) ?? []
    ids.push(refId(candidate.doc.value))
    byCollection.set(candidate.doc.relationTo, ids)
  }
  const visible = new Map(
    await Promise.all([...byCollection].map(async ([collection, ids]) => [collection, await publishedIds(collection, ids, locale)] as const)),
  )

  const hits: SearchHit[] = []
  for (const candidate of candidates) {
    const collection = candidate.doc.relationTo
    const id = refId(candidate.doc.value)
    const entry = candidate.entries?.[locale] ?? candidate.entries?.[defaultLocale]
    if (!entry || !visible.get(collection)?.has(id)) continue
    hits.push({
      id,
      collection,
      href: hrefOf(collection, id, entry.slug, locale),
      title: entry.title,
      summary: entry.summary,
      text: entry.text,
      date: candidate.date ?? null,
      lang: entry.translated ? undefined : defaultLocale,
      score: score(terms, entry, candidate.priority ?? 0),
    })
  }
  hits.sort((a, b) => b.score - a.score || (b.date ?? '').localeCompare(a.date ?? ''))

  const totalPages = Math.ceil(hits.length / searchPageSize)
  const start = (query.page - 1) * searchPageSize
  return { terms, hits: hits.slice(start, start + searchPageSize), total: hits.length, totalPages, page: query.page }
}

/**
 * Ids of a collection's documents whose text in `locale` holds every word of `q` (folded as the
 * site search folds it), at most `max`, from the search index. Callers read the documents
 * themselves through the safe reader, which drops any that are not published.
 */
export async function matchingIds(collection: SearchedCollection, q: string, locale: Locale, max = 1000): Promise<string[]> {
  const terms = queryTerms(q)
  if (terms.length === 0) return []
  const field = foldedTextField(locale)
  const { docs } = await findPublic('search', {
    locale,
    where: { and: [{ 'doc.relationTo': { equals: collection } }, ...terms.map((term) => ({ [field]: { contains: term } }))] },
    limit: max,
    depth: 0,
    select: { doc: true },
    cache: false,
  })
  return (docs as unknown as IndexDoc[]).map((entry) => refId(entry.doc.value))
}
