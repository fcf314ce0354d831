import type { Payload } from 'payload'

import { locales } from '@/i18n/locales'
import type { FullTextIndex, FullTextQuery } from '@/lib/search/fullText'
import { foldedTextField, officeTokens } from '@/lib/search/types'

/**
 * Site search on MongoDB's own text index (imported by payload.config.ts only: the rest of the
 * app reaches it through lib/search/fullText.ts). Hand-written because neither Payload nor its
 * search plugin has a full-text index for MongoDB, and Payload's `indexes` declare only
 * ascending keys: the text index is made here (ensureMongoFullText), once per process, at start.
 *
 * One text index covers every locale's folded text (`text_<locale>`, lib/search/plugin.ts), with
 * no stemming (`default_language: 'none'`: the text is folded already, and Turkish, English and
 * Azerbaijani share it). Every query word must match: each is a quoted phrase for `$text` (which
 * ANDs phrases) and must also start a word in the reader's locale's text (a regular expression on
 * that field, run only over what the index found). MongoDB ranks every match (`textScore`, plus
 * the entry's priority), and counts them, in one aggregation.
 *
 * Unlike SQLite's FTS5 index (lib/db/sqliteFullText.ts), a text index matches whole words only:
 * "gocmen" finds "göçmen" but not "göçmenlere". Word starts on MongoDB need Atlas Search (an
 * `autocomplete` field with edge n-grams) or MongoDB 8.2's Community Search; docs/scaling.md has
 * the index to use. Not run here: no mongod can be installed on these machines (docs/scaling.md).
 */
export const textIndexName = 'search_text'

/** What MongoDB is asked: the aggregation over the `search` collection for one query. */
export function textSearchPipeline({ locale, terms, collection, offices, limit, offset }: FullTextQuery): Record<string, unknown>[] {
  const field = foldedTextField(locale)
  const and: Record<string, unknown>[] = terms.map((term) => ({ [field]: { $regex: `(?:^|[^\\p{L}\\p{N}])${escapeRegex(term)}` } }))
  if (collection) and.push({ 'doc.relationTo': collection })
  // `offices` holds " 12 15 " or " global " (lib/search/types.ts): each token is a whole one.
  if (offices) and.push({ $or: officeTokens(offices).map((token) => ({ offices: { $regex: escapeRegex(token) } })) })
  return [
    { $match: { $text: { $search: terms.map((term) => `"${term}"`).join(' ') }, ...(and.length > 0 ? { $and: and } : {}) } },
    { $addFields: { rank: { $add: [{ $meta: 'textScore' }, { $divide: [{ $ifNull: ['$priority', 0] }, 10] }] } } },
    { $sort: { rank: -1, date: -1, _id: 1 } },
    { $facet: { page: [{ $skip: offset }, { $limit: limit }, { $project: { _id: 1, doc: 1 } }], total: [{ $count: 'n' }] } },
  ]
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The text index's keys and options (one per collection: every locale's folded text). */
export const textIndex = {
  keys: Object.fromEntries(locales.map((locale) => [foldedTextField(locale), 'text'])) as Record<string, 'text'>,
  options: { name: textIndexName, default_language: 'none', language_override: 'textIndexLanguage' },
}

/** The parts of the native driver's collection used here (Payload's mongoose model's `collection`). */
type NativeCollection = {
  indexes: () => Promise<{ name: string; weights?: Record<string, number> }[]>
  dropIndex: (name: string) => Promise<unknown>
  createIndex: (keys: Record<string, unknown>, options: Record<string, unknown>) => Promise<string>
  aggregate: (pipeline: Record<string, unknown>[]) => { toArray: () => Promise<unknown[]> }
}

function searchCollection(payload: Payload): NativeCollection {
  const model = (payload.db as unknown as { collections?: Record<string, { collection?: NativeCollection }> }).collections?.search
  if (!model?.collection) throw new Error('MongoDB full-text search: the `search` collection has no model (is the search plugin configured?)')
  return model.collection
}

const ensured = new WeakMap<Payload, Promise<'kept' | 'built'>>()

/**
 * The text index as the platform's locales want it: kept when it is there, else built, after
 * dropping a text index over other fields (a collection has one at most: a locale added since
 * would make the creation fail, and every search with it). Once per process, at start
 * (payload.config.ts onInit), so that no reader waits on a build; a search awaits one under way.
 */
export function ensureMongoFullText(payload: Payload): Promise<'kept' | 'built'> {
  let pending = ensured.get(payload)
  if (!pending) {
    pending = (async () => {
      const collection = searchCollection(payload)
      const wanted = Object.keys(textIndex.keys).sort().join(',')
      for (const index of await collection.indexes()) {
        if (!index.weights) continue
        if (index.name === textIndexName && Object.keys(index.weights).sort().join(',') === wanted) return 'kept'
        await collection.dropIndex(index.name)
      }
      await collection.createIndex(textIndex.keys, textIndex.options)
      return 'built'
    })()
    // A failure is retried by the next search rather than remembered.
    pending.catch(() => ensured.delete(payload))
    ensured.set(payload, pending)
  }
  return pending
}

type Result = { page: { _id: unknown; doc?: { relationTo?: string; value?: unknown } }[]; total: { n: number }[] }

export const mongoFullText: FullTextIndex = {
  name: 'mongodb-text',
  async search(payload, query) {
    if (query.terms.length === 0) return { ids: [], total: 0, ...(query.collection ? { docIds: [] } : {}) }
    await ensureMongoFullText(payload)
    const [result] = (await searchCollection(payload).aggregate(textSearchPipeline(query)).toArray()) as Result[]
    const page = result?.page ?? []
    return {
      ids: page.map((entry) => String(entry._id)),
      total: result?.total[0]?.n ?? 0,
      ...(query.collection ? { docIds: page.flatMap((entry) => (entry.doc?.value == null ? [] : [String(entry.doc.value)])) } : {}),
    }
  },
}
