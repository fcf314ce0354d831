import { getPathname } from '@/i18n/navigation'
import { documentPath } from '@/i18n/paths'
import { defaultLocale, type Locale } from '@/i18n/locales'
import type { SearchQuery } from '@/lib/listParams'
import { guardedRead } from '@/lib/db/availability'
import { getPayloadClient } from '@/lib/payload'
import { fullTextOf } from '@/lib/search/fullText'
import { queryTerms } from '@/lib/search/normalize'
import type { SearchEntries, SearchedCollection } from '@/lib/search/types'
import type { Site } from '@/lib/sites/directory'
import { findPublic } from './reader'

export const searchPageSize = 10

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

function hrefOf(collection: SearchedCollection, id: string, slug: string, locale: Locale): string {
  if (collection === 'facts') return `${getPathname({ locale, href: '/facts' })}#fact-${id}`
  return documentPath(collection, slug, locale)
}

/** Which of these documents are published, read through the safe door (a stale index entry never shows). */
async function publishedIds(collection: SearchedCollection, ids: string[], locale: Locale): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const { docs } = await findPublic(collection, {
    site: null,
    locale,
    where: { id: { in: ids } },
    select: { id: true },
    limit: ids.length,
    depth: 0,
    cache: false,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

/**
 * Site search in the reader's language: every word must match (case, accents and Turkish
 * dotted/dotless i folded). The full-text index (lib/search/fullText.ts) ranks every match and
 * gives one page of entries; they are shown only if their documents are published.
 */
export async function searchSite(site: Pick<Site, 'offices'>, locale: Locale, query: SearchQuery): Promise<SearchResult> {
  const terms = queryTerms(query.q)
  const empty: SearchResult = { terms, hits: [], total: 0, totalPages: 0, page: query.page }
  if (terms.length === 0) return empty

  const payload = await getPayloadClient()
  const offset = (query.page - 1) * searchPageSize
  const ranked = await guardedRead(() => fullTextOf(payload).search(payload, { locale, terms, collection: query.type, offices: site.offices, limit: searchPageSize, offset }))
  const totalPages = Math.ceil(ranked.total / searchPageSize)
  if (ranked.ids.length === 0) return { ...empty, total: ranked.total, totalPages }
  const { docs } = await findPublic('search', {
    site,
    locale,
    where: { id: { in: ranked.ids } },
    limit: ranked.ids.length,
    // In the index's order (a primary key walk): the ranking is put back below.
    sort: 'id',
    depth: 0,
    pagination: false,
    cache: false,
  })
  const byId = new Map((docs as unknown as IndexDoc[]).map((doc) => [String(doc.id), doc]))
  const candidates = ranked.ids.map((id) => byId.get(String(id))).filter((doc): doc is IndexDoc => doc !== undefined)

  const byCollection = new Map<SearchedCollection, string[]>()
  for (const candidate of candidates) {
    const ids = byCollection.get(candidate.doc.relationTo) ?? []
    ids.push(refId(candidate.doc.value))
    byCollection.set(candidate.doc.relationTo, ids)
  }
  const visible = new Map(await Promise.all([...byCollection].map(async ([collection, ids]) => [collection, await publishedIds(collection, ids, locale)] as const)))

  const hits: SearchHit[] = []
  for (const candidate of candidates) {
    const collection = candidate.doc.relationTo
    const id = refId(candidate.doc.value)
    const entry = candidate.entries?.[locale] ?? candidate.entries?.[defaultLocale]
    // An entry whose document is no longer published (the plugin removes it on unpublish; this
    // guards the moment between) is left out of its page.
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
    })
  }
  return { terms, hits, total: ranked.total, totalPages, page: query.page }
}

/**
 * Ids of a collection's documents whose text in `locale` holds every word of `q` (folded as the
 * site search folds it), the best `max`, from the search index. Callers read the documents
 * themselves through the safe reader, which drops any that are not published.
 */
export async function matchingIds(collection: SearchedCollection, q: string, locale: Locale, max = 1000): Promise<string[]> {
  const terms = queryTerms(q)
  if (terms.length === 0) return []
  const payload = await getPayloadClient()
  const { ids, docIds } = await guardedRead(() => fullTextOf(payload).search(payload, { locale, terms, collection, limit: max, offset: 0 }))
  if (ids.length === 0) return []
  // The index gives the documents' ids with the entries (their reader then drops any not published).
  return (docIds ?? []).map(String)
}
