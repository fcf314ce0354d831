import type { Payload } from 'payload'

import { findPublic } from '@/lib/content/reader'
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
