import type { Payload } from 'payload'

import { findPublic } from '@/lib/content/reader'
import { sliceLongFinds } from '@/lib/db/findSlices'
import { seedBulk } from '@/lib/seed/bulk'
import { turnsTakenBy } from '@/tests/helpers/eventLoop'
import { startPayload } from '@/tests/helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await seedBulk(payload, { news: 70, statements: 0 })
})

afterAll(async () => {
  await payload?.destroy()
})

/** The same page read by Payload in one piece, as an anonymous reader. */
const inOnePiece = (page: number, limit: number, locale: 'en' | 'tr') =>
  payload.find({
    collection: 'news',
    sort: ['-publishedDate', '-createdAt'],
    limit,
    page,
    depth: 1,
    locale,
    fallbackLocale: 'en',
    draft: false,
    overrideAccess: false,
    user: undefined,
  })

describe('a long page of public documents (lib/content/reader.ts findPublic)', () => {
  it('is read in slices with the same documents, in the same order, and the same counts as in one piece', async () => {
    for (const [page, limit, locale] of [
      [1, 60, 'en'],
      [2, 30, 'tr'],
      [2, 60, 'en'],
    ] as const) {
      const sliced = await findPublic('news', { site: null, locale, sort: ['-publishedDate', '-createdAt'], limit, page, depth: 1, cache: false })
      const whole = await inOnePiece(page, limit, locale)
      expect(sliced.docs.length).toBeGreaterThan(0)
      expect({ ...sliced, docs: sliced.docs.map((doc) => doc.id) }).toEqual({ ...whole, docs: whole.docs.map((doc) => doc.id) })
      expect(sliced.docs).toEqual(whole.docs)
    }
  })

  it('lets the event loop take a turn between slices', async () => {
    // Without SQLite's threads every statement is synchronous and Payload's promises settle as
    // microtasks: one read of 60 documents held the loop in one piece.
    const turns = await turnsTakenBy(() => findPublic('news', { site: null, locale: 'en', limit: 60, depth: 1, cache: false }))
    // Slices of 25: 25, 25, 10, each after a turn.
    expect(turns).toBeGreaterThanOrEqual(3)
  })
})

describe('a long page read by the adapter, for the reads that take turns (lib/db/findSlices.ts)', () => {
  let active = false
  let original: Payload['db']['find']
  beforeAll(() => {
    original = payload.db.find
    sliceLongFinds(payload.db, { when: () => active })
  })
  afterAll(() => {
    payload.db.find = original
  })

  /** The same find, cut into slices (as the server's APIs' and admin's reads) or not. */
  const both = async <T>(read: () => Promise<T>): Promise<[T, T]> => {
    active = true
    try {
      const sliced = await read()
      active = false
      return [sliced, await read()]
    } finally {
      active = false
    }
  }

  it('gives the same page: documents, order, counts, in every language and with a select', async () => {
    for (const [page, limit, locale, select] of [
      [1, 60, 'en', undefined],
      [2, 30, 'tr', undefined],
      [2, 26, 'all', undefined],
      [1, 100, 'en', { title: true, slug: true }],
    ] as const) {
      const [sliced, whole] = await both(() =>
        payload.find({ collection: 'news', sort: '-publishedDate', limit, page, depth: 1, locale, select, draft: false, overrideAccess: false, user: undefined }),
      )
      expect(sliced.docs.length).toBeGreaterThan(25)
      expect(sliced).toEqual(whole)
    }
  })

  it('never shows a document that stopped matching while it took a turn (unpublished in between)', async () => {
    const anonymous = () => payload.find({ collection: 'news', sort: '-publishedDate', limit: 60, depth: 0, draft: false, overrideAccess: false, user: undefined })
    const target = (await anonymous()).docs[40].id
    const client = (payload.db as unknown as { client: { execute: (sql: string, args: unknown[]) => Promise<unknown> } }).client
    active = true
    try {
      const reading = anonymous()
      // Runs at the first turn the sliced read takes, before its first slice: an editor's unpublish.
      setImmediate(() => void client.execute(`UPDATE news SET _status = 'draft' WHERE id = ?`, [target]))
      const sliced = await reading
      expect(sliced.docs.map((doc) => doc.id)).not.toContain(target)
      expect(sliced.docs.length).toBe(59)
    } finally {
      active = false
      await client.execute(`UPDATE news SET _status = 'published' WHERE id = ?`, [target])
    }
  })

  it('lets the event loop take a turn between slices, and not when the read may not take turns', async () => {
    const read = () => payload.find({ collection: 'news', limit: 60, depth: 0, overrideAccess: true })
    active = true
    const sliced = await turnsTakenBy(read)
    active = false
    const whole = await turnsTakenBy(read)
    // Slices of 25: 25, 25, 10, each after a turn.
    expect(sliced).toBeGreaterThanOrEqual(3)
    expect(whole).toBe(0)
  })
})
