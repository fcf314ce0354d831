import type { Where } from 'payload'

import type { DatedCollection, RoutedCollection } from '@/i18n/paths'

/**
 * The one builder of list filters, for the site's lists (lib/content/lists.ts) and the partner
 * API (/api/v1, lib/api/v1/query.ts): which field each filter reads in each collection.
 *
 * The two contracts name a country and a programme differently, and each keeps its answers:
 * - the site passes the ISO code and the slug as typed (`{ isoCode }`, `{ slug }`), matched
 *   through the relation (`country.isoCode`, `programmes.slug`): an unknown one lists nothing;
 * - /api/v1 resolves them to a published country office or programme first, answering 400 with
 *   the known codes when there is none, and passes the id (`{ id }`).
 * The site's `year` is a range like the API's `from`/`to` (lib/content/lists.ts, yearRange).
 */
export type FilterCollection = RoutedCollection | 'facts'

type Id = string | number

/** A bound of a date range: `to=2024-07-28` ends before the next day, an instant at that instant. */
export type DateBound = { op: 'greater_than_equal' | 'less_than' | 'less_than_equal'; iso: string }

export type Filters = {
  country?: { id: Id } | { isoCode: string }
  programme?: { id: Id } | { slug: string }
  kind?: string
  status?: string
  scope?: string
  /** On the collection's date (dateFieldOf); ignored by collections without one. */
  from?: DateBound
  to?: DateBound
  /** An ISO instant: documents changed since. */
  updatedSince?: string
  /** Only these documents (the matches of a free-text search). */
  ids?: Id[]
  /** Only what a site of these offices shows (lib/sites): see `officeClause`. */
  offices?: Id[]
}

/**
 * What a site of these offices shows: a document of one of them (news, statements: `country`;
 * a programme linked to any of them: `countries`; the offices' own country pages), and of facts
 * the global ones as well as the offices' own.
 */
export function officeClause(collection: FilterCollection | 'countries', offices: Id[]): Where {
  if (collection === 'countries') return { id: { in: offices } }
  if (collection === 'programmes') return { countries: { in: offices } }
  if (collection === 'facts') return { or: [{ scope: { equals: 'global' } }, { country: { in: offices } }] }
  // One office (every site so far) as an equality: Payload's SQL for `in` [1] is `IN (?, ?)`,
  // which SQLite reads as two ranges of an index, whose ids it must then sort again.
  return offices.length === 1 ? { country: { equals: offices[0] } } : { country: { in: offices } }
}

/** The date a dated list is sorted and filtered by. */
export const dateFieldOf = { news: 'publishedDate', statements: 'date' } as const satisfies Record<DatedCollection, string>

/**
 * Newest (or oldest) first, in the order of the dated index (collections/editorial.ts `datedIndexes`):
 * ties by creation time, then office, then id, so pages never overlap and a site's deep page
 * skips its offset in the index alone.
 */
export const datedSort = (collection: DatedCollection, newestFirst = true): string[] =>
  [dateFieldOf[collection], 'createdAt', 'country', 'id'].map((field) => (newestFirst ? `-${field}` : field))

/** The clauses of these filters, to be joined with `and` (none when nothing is filtered). */
export function filterClauses(collection: FilterCollection, filters: Filters): Where[] {
  const and: Where[] = []
  const { country, programme } = filters
  if (country) {
    // A programme runs in several countries (`countries`); the others belong to one (`country`).
    const field = collection === 'programmes' ? 'countries' : 'country'
    if ('isoCode' in country) and.push({ [`${field}.isoCode`]: { equals: country.isoCode } })
    else and.push(collection === 'programmes' ? { countries: { in: [country.id] } } : { country: { equals: country.id } })
  }
  if (programme) {
    // A fact belongs to one programme (`programme`); news and statements name several (`programmes`).
    const field = collection === 'facts' ? 'programme' : 'programmes'
    if ('slug' in programme) and.push({ [`${field}.slug`]: { equals: programme.slug } })
    else and.push(collection === 'facts' ? { programme: { equals: programme.id } } : { programmes: { in: [programme.id] } })
  }
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  if (filters.status) and.push({ status: { equals: filters.status } })
  if (filters.scope) and.push({ scope: { equals: filters.scope } })
  if (collection === 'news' || collection === 'statements') {
    const field = dateFieldOf[collection]
    if (filters.from) and.push({ [field]: { [filters.from.op]: filters.from.iso } })
    if (filters.to) and.push({ [field]: { [filters.to.op]: filters.to.iso } })
  }
  if (filters.updatedSince) and.push({ updatedAt: { greater_than_equal: filters.updatedSince } })
  if (filters.ids) and.push({ id: { in: filters.ids } })
  if (filters.offices) and.push(officeClause(collection, filters.offices))
  return and
}
