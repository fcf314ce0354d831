import type { Payload } from 'payload'

import { searchPageSize, searchSite } from '@/lib/content/search'
import { fullTextOf } from '@/lib/search/fullText'
import { fold } from '@/lib/search/normalize'
import { seedBulk } from '@/lib/seed/bulk'
import { paragraphs } from '@/lib/richtext'
import type { Site } from '@/lib/sites/directory'
import { startPayload } from '@/tests/helpers/payload'
import { siteOfEveryOffice } from '@/tests/helpers/sites'

/**
 * Site search over a generated archive through the database's full-text index (SQLite FTS5
 * here: lib/db/sqliteFullText.ts): every match is counted and ranked, not the newest 200 as
 * before, and the index follows every write to the search entries.
 */
let payload: Payload
let site: Site

type Entry = { id: number | string; text_en?: string | null; text_tr?: string | null; doc: { relationTo: string; value: number | string } }

/** What should match: entries whose folded text has a word starting with each term. */
const expected = (entries: Entry[], locale: 'en' | 'tr', terms: string[]) =>
  entries.filter((entry) => terms.every((term) => new RegExp(`(^|[^\\p{L}\\p{N}])${term}`, 'u').test(entry[`text_${locale}`] ?? '')))

async function allEntries(): Promise<Entry[]> {
  const { docs } = await payload.find({ collection: 'search', limit: 0, pagination: false, depth: 0 })
  return docs as unknown as Entry[]
}

/** Every page of a query's results, walked as a reader would. */
async function walk(locale: 'en' | 'tr', q: string) {
  const first = await searchSite(site, locale, { q, page: 1 } as never)
  const hits = [...first.hits]
  for (let page = 2; page <= first.totalPages; page += 1) hits.push(...(await searchSite(site, locale, { q, page } as never)).hits)
  return { total: first.total, totalPages: first.totalPages, hits }
}

beforeAll(async () => {
  payload = await startPayload()
  await seedBulk(payload, { news: 240, statements: 40 })
  site = await siteOfEveryOffice(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

describe('site search over an archive', () => {
  it('runs on the database’s full-text index', () => {
    expect(fullTextOf(payload).name).toBe('sqlite-fts5')
  })

  it('counts and ranks every match, on every page (more than the 200 it used to rank)', async () => {
    const entries = await allEntries()
    // The most common word of the Turkish index (among words of four letters or more).
    const counts = new Map<string, number>()
    for (const entry of entries) for (const word of new Set((entry.text_tr ?? '').split(/[^\p{L}\p{N}]+/u))) if (word.length >= 4) counts.set(word, (counts.get(word) ?? 0) + 1)
    const [common] = [...counts].sort((a, b) => b[1] - a[1])[0]
    const matching = expected(entries, 'tr', [common])
    expect(matching.length).toBeGreaterThan(200)

    const { total, totalPages, hits } = await walk('tr', common)
    expect(total).toBe(matching.length)
    expect(totalPages).toBe(Math.ceil(matching.length / searchPageSize))
    const found = hits.map((hit) => `${hit.collection}:${hit.id}`)
    expect(new Set(found).size).toBe(found.length)
    expect(new Set(found)).toEqual(new Set(matching.map((entry) => `${entry.doc.relationTo}:${entry.doc.value}`)))
  })

  it('puts an old document whose title matches above newer ones that mention the words in passing', async () => {
    // Before, the newest 200 matches were ranked and an older one never shown.
    const old = await payload.create({
      collection: 'news',
      data: {
        country: site.offices[0] as number,
        title: 'Harbour counselling in Mersin',
        _status: 'published',
        publishedDate: '1998-05-01T12:00:00.000Z',
        body: paragraphs('A short note.'),
      },
    })
    for (let i = 0; i < 3; i += 1) {
      await payload.create({
        collection: 'news',
        data: {
          country: site.offices[0] as number,
          title: `Annual report ${i}`,
          _status: 'published',
          publishedDate: `2025-0${i + 1}-01T12:00:00.000Z`,
          body: paragraphs(`Among much else, the harbour office in Mersin offered counselling once. ${'More text about other work. '.repeat(20)}`),
        },
      })
    }
    const { hits, total } = await searchSite(site, 'en', { q: 'harbour counselling', page: 1 } as never)
    expect(total).toBe(4)
    expect(hits[0].id).toBe(String(old.id))
  })

  it('follows edits, unpublishing and deletion of documents (the index is kept by the database)', async () => {
    const doc = await payload.create({
      collection: 'statements',
      data: {
        country: site.offices[0] as number,
        title: 'Quokka statement',
        kind: 'statement',
        _status: 'published',
        date: '2024-04-01T12:00:00.000Z',
        body: paragraphs('About quokkas.'),
      },
    })
    expect((await searchSite(site, 'en', { q: 'quokka', page: 1 } as never)).total).toBe(1)
    await payload.update({ collection: 'statements', id: doc.id, data: { title: 'Wombat statement', body: paragraphs('About wombats.') } })
    expect((await searchSite(site, 'en', { q: 'quokka', page: 1 } as never)).total).toBe(0)
    expect((await searchSite(site, 'en', { q: 'wombat', page: 1 } as never)).hits.map((hit) => hit.title)).toEqual(['Wombat statement'])
    await payload.update({ collection: 'statements', id: doc.id, data: { _status: 'draft' } })
    expect((await searchSite(site, 'en', { q: 'wombat', page: 1 } as never)).total).toBe(0)
    await payload.update({ collection: 'statements', id: doc.id, data: { _status: 'published' } })
    expect((await searchSite(site, 'en', { q: 'wombat', page: 1 } as never)).total).toBe(1)
    await payload.delete({ collection: 'statements', id: doc.id })
    expect((await searchSite(site, 'en', { q: 'wombat', page: 1 } as never)).total).toBe(0)
  })

  it('answers a page past the end with the total and no hits', async () => {
    const result = await searchSite(site, 'en', { q: 'harbour counselling', page: 9 } as never)
    expect([result.total, result.hits]).toEqual([4, []])
  })

  it('keeps the folding: a query in plain letters finds Turkish text', async () => {
    const entries = await allEntries()
    const turkish = expected(entries, 'tr', [fold('göçmen')])
    expect(turkish.length).toBeGreaterThan(0)
    expect((await searchSite(site, 'tr', { q: 'GÖÇMEN', page: 1 } as never)).total).toBe(turkish.length)
    expect((await searchSite(site, 'tr', { q: 'gocmen', page: 1 } as never)).total).toBe(turkish.length)
  })
})
