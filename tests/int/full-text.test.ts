/**
 * The two implementations of the full-text seam (lib/search/fullText.ts): SQLite's FTS5 and the
 * query-API one MongoDB gets. Both give the documents' ids beside the entries' when a
 * collection is asked for (the partner API's `q` filters by them), and find the same documents.
 */
import type { Payload } from 'payload'

import { createSearchClient, type SqliteClients } from '@/lib/db/sqlite'
import { sqliteFullText } from '@/lib/db/sqliteFullText'
import { seedBulk } from '@/lib/seed/bulk'
import { queryFullText, type FullTextQuery } from '@/lib/search/fullText'
import { queryTerms } from '@/lib/search/normalize'
import { startPayload } from '@/tests/helpers/payload'
import { recordStatements } from '@/tests/helpers/queryPlans'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await seedBulk(payload, { news: 120, statements: 40 })
})

afterAll(async () => {
  await payload?.destroy()
})

/** The document each entry names, read from the entries themselves. */
async function documentsOf(ids: Array<string | number>): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'search',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    select: { doc: true },
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), String((doc.doc as { value: unknown }).value)]))
  return ids.map((id) => byId.get(String(id)) ?? 'missing')
}

describe('full-text search: the entries’ documents', () => {
  it.each([
    ['news', 'en', 'migrant'],
    ['news', 'tr', 'gocmen'],
    ['statements', 'en', 'workshop'],
  ] as const)('%s in %s for “%s”: each implementation names the entries’ documents, and both find the same ones', async (collection, locale, q) => {
    const query: FullTextQuery = { locale, terms: queryTerms(q), collection, limit: 1000, offset: 0 }
    const fts = await sqliteFullText.search(payload, query)
    const plain = await queryFullText.search(payload, query)
    expect(fts.ids.length).toBeGreaterThan(0)
    expect(fts.docIds?.map(String)).toEqual(await documentsOf(fts.ids))
    expect(plain.docIds?.map(String)).toEqual(await documentsOf(plain.ids))
    // The query-API one ranks the newest 200 matches only: every one it finds, FTS5 finds.
    expect(fts.docIds?.map(String)).toEqual(expect.arrayContaining(plain.docIds?.map(String) ?? ['none']))
  })
})

describe('full-text search on the search’s own thread (the server’s, SQLITE_SEARCH_THREAD)', () => {
  it('gives the same pages, and runs no full-text statement on the adapter’s client', async () => {
    const adapter = payload.db as unknown as SqliteClients & { clientConfig: { url: string } }
    const queries: FullTextQuery[] = [
      { locale: 'en', terms: queryTerms('migrant'), limit: 10, offset: 0 },
      { locale: 'tr', terms: queryTerms('gocmen'), collection: 'news', limit: 20, offset: 5 },
      { locale: 'en', terms: queryTerms('migrant'), offices: [1], limit: 10, offset: 100_000 },
    ]
    const onTheLoop = []
    for (const query of queries) onTheLoop.push(await sqliteFullText.search(payload, query))
    adapter.searchClient = await createSearchClient(adapter.clientConfig, { deadlineMs: 10_000 })
    try {
      const onItsThread: unknown[] = []
      const statements = await recordStatements(payload, async () => {
        for (const query of queries) onItsThread.push(await sqliteFullText.search(payload, query))
      })
      expect(onItsThread).toEqual(onTheLoop)
      expect(onTheLoop[0].ids.length).toBeGreaterThan(0)
      expect(onTheLoop[2].total).toBeGreaterThan(0)
      expect(statements.filter((statement) => /search_fts/.test(statement.sql))).toEqual([])
    } finally {
      adapter.searchClient.close()
      adapter.searchClient = undefined
    }
  })
})
