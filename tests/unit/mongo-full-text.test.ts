import type { Payload } from 'payload'

import { ensureMongoFullText, mongoFullText, textIndex, textSearchPipeline } from '@/lib/db/mongoFullText'

/**
 * MongoDB's implementation of the search seam (lib/db/mongoFullText.ts): what it asks MongoDB,
 * and what it makes of the answer. No mongod can run on these machines, so the aggregation is
 * checked here as MongoDB would receive it; its behaviour on a server is not (docs/scaling.md).
 */
const query = { locale: 'tr' as const, terms: ['gocmen', 'c++'], limit: 10, offset: 20 }

describe('textSearchPipeline', () => {
  it('asks the text index for every word, and each to start a word of the reader’s language', () => {
    const [match] = textSearchPipeline(query) as [{ $match: { $text: { $search: string }; $and: Record<string, { $regex: string }>[] } }]
    expect(match.$match.$text.$search).toBe('"gocmen" "c++"')
    expect(match.$match.$and).toEqual([{ text_tr: { $regex: '(?:^|[^\\p{L}\\p{N}])gocmen' } }, { text_tr: { $regex: '(?:^|[^\\p{L}\\p{N}])c\\+\\+' } }])
  })

  it('keeps a collection’s and a site’s offices’ entries (and global facts) when asked', () => {
    const [match] = textSearchPipeline({ ...query, terms: ['goc'], collection: 'news', offices: [12] }) as [{ $match: { $and: unknown[] } }]
    expect(match.$match.$and).toContainEqual({ 'doc.relationTo': 'news' })
    expect(match.$match.$and).toContainEqual({ $or: [{ offices: { $regex: ' 12 ' } }, { offices: { $regex: ' global ' } }] })
  })

  it('ranks every match by the index’s score and the entry’s priority, then counts them and cuts the page', () => {
    const [, rank, sort, facet] = textSearchPipeline(query)
    expect(rank).toEqual({ $addFields: { rank: { $add: [{ $meta: 'textScore' }, { $divide: [{ $ifNull: ['$priority', 0] }, 10] }] } } })
    expect(sort).toEqual({ $sort: { rank: -1, date: -1, _id: 1 } })
    expect(facet).toEqual({ $facet: { page: [{ $skip: 20 }, { $limit: 10 }, { $project: { _id: 1, doc: 1 } }], total: [{ $count: 'n' }] } })
  })
})

describe('mongoFullText', () => {
  /** The native collection's two calls, recorded; it answers what MongoDB's $facet returns. */
  function payloadWith(answer: unknown[], failIndex = false, existing: { name: string; weights?: Record<string, number> }[] = [{ name: '_id_' }]) {
    const calls = { createIndex: [] as unknown[][], aggregate: [] as unknown[], dropIndex: [] as string[] }
    const collection = {
      indexes: async () => existing,
      dropIndex: async (name: string) => {
        calls.dropIndex.push(name)
      },
      createIndex: async (...args: unknown[]) => {
        calls.createIndex.push(args)
        if (failIndex) throw new Error('not primary')
        return 'search_text'
      },
      aggregate: (pipeline: unknown) => {
        calls.aggregate.push(pipeline)
        return { toArray: async () => answer }
      },
    }
    return { payload: { db: { collections: { search: { collection } } } } as unknown as Payload, calls }
  }

  it('creates the text index once, then returns the entries’ and their documents’ ids with the total', async () => {
    const { payload, calls } = payloadWith([
      {
        page: [
          { _id: 'e1', doc: { relationTo: 'news', value: 'n1' } },
          { _id: 'e2', doc: { relationTo: 'news', value: 'n2' } },
        ],
        total: [{ n: 57 }],
      },
    ])
    const page = await mongoFullText.search(payload, { ...query, collection: 'news' })
    await mongoFullText.search(payload, query)
    expect(page).toEqual({ ids: ['e1', 'e2'], total: 57, docIds: ['n1', 'n2'] })
    expect(calls.createIndex).toEqual([[{ text_en: 'text', text_tr: 'text', text_az: 'text' }, textIndex.options]])
    expect(calls.aggregate).toHaveLength(2)
  })

  it('answers no match with an empty page, and asks nothing for no words', async () => {
    const { payload, calls } = payloadWith([{ page: [], total: [] }])
    expect(await mongoFullText.search(payload, query)).toEqual({ ids: [], total: 0 })
    expect(await mongoFullText.search(payload, { ...query, terms: [] })).toEqual({ ids: [], total: 0 })
    expect(calls.aggregate).toHaveLength(1)
  })

  it('keeps the text index it finds over the platform’s locales, and replaces one over other fields (a locale added since)', async () => {
    const current = payloadWith([], false, [{ name: '_id_' }, { name: 'search_text', weights: { text_en: 1, text_tr: 1, text_az: 1 } }])
    expect(await ensureMongoFullText(current.payload)).toBe('kept')
    expect([current.calls.createIndex, current.calls.dropIndex]).toEqual([[], []])
    const older = payloadWith([], false, [{ name: '_id_' }, { name: 'search_text', weights: { text_en: 1, text_tr: 1 } }])
    expect(await ensureMongoFullText(older.payload)).toBe('built')
    expect(older.calls.dropIndex).toEqual(['search_text'])
    expect(older.calls.createIndex).toHaveLength(1)
  })

  it('tries the index again after a failure instead of remembering it', async () => {
    const { payload, calls } = payloadWith([], true)
    await expect(ensureMongoFullText(payload)).rejects.toThrow('not primary')
    await expect(ensureMongoFullText(payload)).rejects.toThrow('not primary')
    expect(calls.createIndex).toHaveLength(2)
  })
})
