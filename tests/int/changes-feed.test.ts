/**
 * The partners' changes feed (issue 20): random sequences of create, publish, edit, draft edit,
 * translate, unpublish, republish and delete. After every step a client that follows the feed
 * holds exactly what the partner API publishes, per language; so does every client that
 * started at an earlier step (with what it held then) and catches up at the end, and one that
 * starts from nothing. Plus the feed's contract: cursors, 400, 410, filters, ETag and 304.
 */
import fc from 'fast-check'
import type { Payload } from 'payload'

import { changes, encodeCursor } from '@/lib/api/v1/changes'
import { listOrFeed } from '@/lib/api/v1/handlers'
import { apiRoute } from '@/lib/api/v1/http'
import { changesEnvelope } from '@/lib/api/v1/schemas'
import { itemsByIds } from '@/lib/api/v1/query'
import { itemStamp } from '@/lib/api/v1/siteOrigins'
import { anyStale, backfillIfEmpty, fillMissingItems, lastSeq, purgeTombstones, reconcile } from '@/lib/sync/changes'
import { guardedRest, officesWithStaff, startPayload, type Staff } from '@/tests/helpers/payload'

type Mirror = Record<'en' | 'tr', Record<string, string>>
type Entry = { type: 'upsert' | 'delete'; collection: string; id: string; lang: 'en' | 'tr'; item?: { title?: string } }
type Page = { data: Entry[]; next: string; hasMore: boolean }

let payload: Payload
let offices: Record<'TR' | 'AZ', number>
let staff: Record<'admin' | 'editorTR', Staff>
const route = apiRoute(changes)

const get = async (query: string, headers: Record<string, string> = {}) =>
  route.GET(new Request(`http://localhost:3000/api/v1/changes${query}`, { headers }), { params: Promise.resolve({}) })

/** A page, from the handler itself (the many reads here would meet the anonymous rate limit of the route). */
async function page(cursor: string | undefined): Promise<Page> {
  const result = await changes(new Request(`http://localhost:3000/api/v1/changes?collection=news&limit=7${cursor ? `&cursor=${cursor}` : ''}`))
  expect(result.status ?? 200).toBe(200)
  return result.json as Page
}

/** Follows the feed from `cursor` to its end, applying each entry to `mirror`; the new cursor. */
async function follow(mirror: Mirror, cursor: string | undefined): Promise<string> {
  for (;;) {
    const { data, next, hasMore } = await page(cursor)
    for (const entry of data) {
      if (entry.lang !== 'en' && entry.lang !== 'tr') continue
      if (entry.type === 'delete') delete mirror[entry.lang][entry.id]
      else {
        expect(entry.item?.title).toEqual(expect.any(String))
        mirror[entry.lang][entry.id] = entry.item!.title!
      }
    }
    cursor = next
    if (!hasMore) return cursor
  }
}

/** What the partner API publishes now: every news item in English, those with their own Turkish text in Turkish. */
async function published(): Promise<Mirror> {
  const result: Mirror = { en: {}, tr: {} }
  for (const lang of ['en', 'tr'] as const) {
    for (let p = 1; ; p++) {
      const { json } = await listOrFeed(new Request(`http://localhost:3000/api/v1/news?lang=${lang}&limit=100&page=${p}`), { collection: 'news' })
      const body = json as { data: { id: string; title: string; fallback: boolean }[]; totalPages: number }
      for (const item of body.data) if (!item.fallback) result[lang][item.id] = item.title
      if (p >= body.totalPages) break
    }
  }
  return result
}

const copy = (mirror: Mirror): Mirror => ({ en: { ...mirror.en }, tr: { ...mirror.tr } })

type Op = { op: 'create' } | { op: 'publish' | 'unpublish' | 'delete' | 'untranslate'; doc: number } | { op: 'edit' | 'draftEdit' | 'translate'; doc: number; text: string }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ op: 'create' } as Op) },
  { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('publish', 'unpublish', 'delete', 'untranslate'), doc: fc.nat(3) }) as fc.Arbitrary<Op> },
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constantFrom('edit', 'draftEdit', 'translate'), doc: fc.nat(3), text: fc.stringMatching(/^[a-zçğıöşü]{3,12}$/) }) as fc.Arbitrary<Op>,
  },
)

async function apply(op: Op, docs: number[], stamp: string): Promise<void> {
  if (op.op === 'create') {
    const created = await payload.create({
      collection: 'news',
      locale: 'en',
      draft: true,
      data: { title: `News ${stamp} ${docs.length}`, country: offices.TR, publishedDate: '2026-11-30T09:00:00.000Z', _status: 'draft' } as never,
    })
    docs.push(created.id as number)
    return
  }
  const id = docs[op.doc % Math.max(docs.length, 1)]
  if (id === undefined) return
  const current = await payload.findByID({ collection: 'news', id, depth: 0, locale: 'all', disableErrors: true, overrideAccess: true })
  if (!current) return
  const isPublished = current._status === 'published'
  const status = (published: boolean) => ({ _status: published ? 'published' : 'draft' })
  switch (op.op) {
    case 'publish':
      await payload.update({ collection: 'news', id, locale: 'en', data: status(true) as never })
      return
    case 'unpublish':
      await payload.update({ collection: 'news', id, locale: 'en', data: status(false) as never })
      return
    case 'delete':
      await payload.delete({ collection: 'news', id })
      return
    case 'edit':
      await payload.update({ collection: 'news', id, locale: 'en', data: { title: `${op.text} ${stamp}`, ...status(isPublished) } as never })
      return
    case 'draftEdit':
      // A draft over whatever is published: partners must not hear of it.
      await payload.update({ collection: 'news', id, locale: 'en', draft: true, data: { title: `${op.text} draft ${stamp}`, _status: 'draft' } as never })
      return
    case 'translate':
      await payload.update({ collection: 'news', id, locale: 'tr', draft: !isPublished, data: { title: `${op.text} tr ${stamp}`, ...status(isPublished) } as never })
      return
    case 'untranslate':
      // The Turkish removed: the admin cannot empty a required title, the database can (a
      // migration, a repair), and then reconciles the document (as reconcileAll does).
      await payload.db.updateOne({ collection: 'news', id, locale: 'all', data: { title: { ...(current.title as unknown as Record<string, string>), tr: null } } } as never)
      await reconcile(payload, 'news', id)
      return
  }
}

beforeAll(async () => {
  payload = await startPayload()
  ;({ offices, users: staff } = await officesWithStaff(payload, ['admin', 'editorTR'] as const))
})

afterAll(async () => {
  await payload?.destroy()
})

describe('the changes feed', () => {
  it('leaves every following client with exactly the published set, per language, whatever the sequence and wherever it started', async () => {
    let follower: Mirror = { en: {}, tr: {} }
    let followerCursor = await follow(follower, undefined)
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 4, maxLength: 18 }), async (ops) => {
        run += 1
        const stamp = `r${run}`
        const docs: number[] = []
        const checkpoints: { cursor: string; mirror: Mirror }[] = []
        for (const op of ops) {
          await apply(op, docs, stamp)
          followerCursor = await follow(follower, followerCursor)
          const expected = await published()
          expect(follower).toEqual(expected)
          checkpoints.push({ cursor: followerCursor, mirror: copy(follower) })
        }
        // A client that stopped at an earlier step catches up; one starts from nothing.
        const expected = await published()
        for (const checkpoint of checkpoints.filter((_, i) => i % 3 === 0)) {
          const mirror = copy(checkpoint.mirror)
          await follow(mirror, checkpoint.cursor)
          expect(mirror).toEqual(expected)
        }
        const fresh: Mirror = { en: {}, tr: {} }
        await follow(fresh, undefined)
        expect(fresh).toEqual(expected)
        follower = copy(follower)
      }),
      { numRuns: 12, seed: 20261205, endOnFailure: true },
    )
  }, 600_000)

  it('answers by its contract: the OpenAPI schema, filters, a stable ETag with 304, 400 for a made-up cursor, 410 for an expired one', async () => {
    const article = await payload.create({
      collection: 'news',
      locale: 'en',
      data: { title: 'Contract check', country: offices.AZ, publishedDate: '2026-11-30T09:00:00.000Z', _status: 'published' } as never,
    })
    const response = await get('?collection=news&country=AZ&lang=en')
    expect(response.status).toBe(200)
    const body = changesEnvelope.parse(await response.json())
    expect(body.data.some((entry) => entry.id === String(article.id) && entry.type === 'upsert')).toBe(true)
    expect(body.data.every((entry) => entry.lang === 'en' && entry.collection === 'news')).toBe(true)
    // Türkiye's entries are left out by country=AZ.
    const tr = changesEnvelope.parse(await (await get('?collection=news&country=TR&lang=en')).json())
    expect(tr.data.some((entry) => entry.id === String(article.id))).toBe(false)

    const etag = response.headers.get('etag')!
    expect(etag).toBeTruthy()
    expect((await get('?collection=news&country=AZ&lang=en', { 'If-None-Match': etag })).status).toBe(304)

    const madeUp = await get('?cursor=not-a-cursor')
    expect(madeUp.status).toBe(400)
    expect(((await madeUp.json()) as { details: string[] }).details.join(' ')).toMatch(/next/)
    const old = await get(`?cursor=${encodeCursor({ s: 1, t: Date.now() - 91 * 86_400_000 })}`)
    expect(old.status).toBe(410)
    expect(((await old.json()) as { details: string[] }).details.join(' ')).toMatch(/Start over/)
    expect((await get('?limit=0')).status).toBe(400)
    expect((await get('?collection=users')).status).toBe(400)
    expect((await get('?unknown=1')).status).toBe(400)

    // Its Turkish removed: a deletion in Turkish, an upsert in English.
    await payload.update({ collection: 'news', id: article.id, locale: 'tr', data: { title: 'Sözleşme denetimi', _status: 'published' } as never })
    const translated = changesEnvelope.parse(await (await get(`?collection=news&cursor=${body.next}`)).json())
    // (English too: the document changed, and the feed tells by document, not by field.)
    expect(translated.data.find((entry) => entry.lang === 'tr')).toEqual(
      expect.objectContaining({ type: 'upsert', id: String(article.id), lang: 'tr', item: expect.objectContaining({ title: 'Sözleşme denetimi' }) }),
    )
    await apply({ op: 'untranslate', doc: 0 }, [article.id as number], 'contract')
    const untranslated = changesEnvelope.parse(await (await get(`?collection=news&cursor=${translated.next}`)).json())
    expect(untranslated.data.map(({ type, lang }) => `${type} ${lang}`)).toEqual(['delete tr'])

    // Deleted: a deletion entry for each language it was published in, with no item.
    await payload.delete({ collection: 'news', id: article.id })
    const after = changesEnvelope.parse(await (await get(`?collection=news&cursor=${untranslated.next}`)).json())
    expect(after.data).toEqual([expect.objectContaining({ type: 'delete', id: String(article.id), lang: 'en' })])
    expect(after.data[0].item).toBeUndefined()
  })

  it('keeps a walk’s start in its cursor while there is more, refuses a cursor from the future, and never purges the newest entry', async () => {
    const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { s: number; t: number }
    const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000
    const old = Date.now() - 80 * 86_400_000
    const first = (await changes(new Request(`http://localhost:3000/api/v1/changes?limit=1&cursor=${encodeCursor({ s: 0, t: old })}`))).json as Page
    expect(first.hasMore).toBe(true)
    // More to read: the cursor keeps when the walk began, so a deletion purged meanwhile still ends it with a 410.
    expect(decode(first.next).t).toBe(old)
    const end = (await changes(new Request(`http://localhost:3000/api/v1/changes?limit=1000&cursor=${first.next}`))).json as Page
    expect(end.hasMore).toBe(false)
    expect(decode(end.next).t).toBe(hour)
    expect(
      (await changes(new Request(`http://localhost:3000/api/v1/changes?cursor=${encodeCursor({ s: 0, t: Date.now() + 86_400_000 })}`)).catch((error: Error) => error)) instanceof
        Error,
    ).toBe(true)

    // Every entry a deletion older than the retention: all go but the newest.
    const newest = await lastSeq(payload)
    await payload.db.updateMany({
      collection: 'partner-changes',
      where: { id: { exists: true } },
      data: { kind: 'delete', changedAt: new Date(Date.now() - 200 * 86_400_000).toISOString() },
    } as never)
    expect(await purgeTombstones(payload, 90)).toBeGreaterThan(0)
    const left = await payload.find({ collection: 'partner-changes' as never, depth: 0, overrideAccess: true })
    expect(left.docs.map((doc) => (doc as unknown as { seq: number }).seq)).toEqual([newest])
  })

  it('tells partners filtering by an office that a document moved away from it', async () => {
    const moving = await payload.create({
      collection: 'news',
      locale: 'en',
      data: { title: 'Moving office', country: offices.TR, publishedDate: '2026-11-30T09:00:00.000Z', _status: 'published' } as never,
    })
    const start = ((await changes(new Request('http://localhost:3000/api/v1/changes?limit=1000&country=TR'))).json as Page).next
    await payload.update({ collection: 'news', id: moving.id, data: { country: offices.AZ } as never })
    const after = (await changes(new Request(`http://localhost:3000/api/v1/changes?country=TR&cursor=${start}`))).json as {
      data: (Entry & { item?: { country?: { isoCode: string } } })[]
    }
    expect(after.data).toEqual([
      expect.objectContaining({ type: 'upsert', id: String(moving.id), item: expect.objectContaining({ country: expect.objectContaining({ isoCode: 'AZ' }) }) }),
    ])
    await payload.delete({ collection: 'news', id: moving.id })
  })

  it('keeps the log itself to admins, and to no one for writing, on every REST path', async () => {
    const rest = await guardedRest()
    const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, token?: string, body?: unknown) =>
      rest[method](
        new Request(`http://localhost:3000/api/${path}`, {
          method,
          headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
        { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) },
      )
    const [entry] = (await payload.find({ collection: 'partner-changes' as never, limit: 1, depth: 0, overrideAccess: true })).docs as unknown as { id: number }[]
    const forged = { seq: 999_999, collectionSlug: 'news', document: '1', lang: 'en', kind: 'delete', changedAt: new Date().toISOString() }
    for (const [who, token] of [
      ['anonymous', undefined],
      ['editor', staff.editorTR.token],
      ['admin', staff.admin.token],
    ] as const) {
      const read = await call('GET', 'partner-changes?depth=0', token)
      expect([who, read.status]).toEqual([who, who === 'admin' ? 200 : 403])
      for (const [method, path, body] of [
        ['POST', 'partner-changes', forged],
        ['PATCH', `partner-changes/${entry.id}`, { kind: 'delete' }],
        ['DELETE', `partner-changes/${entry.id}`, undefined],
      ] as const) {
        const write = await call(method, path, token, body)
        expect([who, method, write.status >= 400 && write.status < 500]).toEqual([who, method, true])
      }
    }
    expect((await payload.find({ collection: 'partner-changes' as never, where: { seq: { equals: 999_999 } }, overrideAccess: true })).totalDocs).toBe(0)
    expect(await payload.findByID({ collection: 'partner-changes' as never, id: entry.id, overrideAccess: true, disableErrors: true })).toBeTruthy()
  })

  it('sends an upsert with the item stored when it was written, and reads it again once the sites’ addresses changed', async () => {
    const created = await payload.create({
      collection: 'news',
      locale: 'en',
      data: { title: `Stored item ${Date.now()}`, country: offices.TR, publishedDate: '2026-11-30T09:00:00.000Z', _status: 'published' } as never,
    })
    const id = String(created.id)
    const entryOf = async () => {
      const { docs } = await payload.find({
        collection: 'partner-changes' as never,
        where: { and: [{ document: { equals: id } }, { lang: { equals: 'en' } }] },
        overrideAccess: true,
      })
      expect(docs).toHaveLength(1)
      return docs[0] as unknown as { id: number; seq: number; item: Record<string, unknown> | null; itemStamp: string | null }
    }
    const entry = await entryOf()
    // As the API serves it, built against today's addresses.
    expect(entry.item).toEqual((await itemsByIds('news', [id], 'en'))[0])
    expect(entry.itemStamp).toBe(await itemStamp())
    const served = async () => {
      const cursor = encodeCursor({ s: entry.seq - 1, t: Math.floor(Date.now() / 3_600_000) * 3_600_000 })
      const { json } = await changes(new Request(`http://localhost:3000/api/v1/changes?collection=news&lang=en&limit=1&cursor=${cursor}`))
      const [first] = (json as Page).data
      expect([first.id, first.type]).toEqual([id, 'upsert'])
      return first.item?.title
    }
    // The feed sends what is stored (changed here behind its back, to tell the two apart)...
    await payload.db.updateOne({ collection: 'partner-changes', id: entry.id, data: { item: { ...entry.item, title: 'as stored' } } } as never)
    expect(await served()).toBe('as stored')
    // ...unless it was built against other addresses: then the document as the API serves it now,
    await payload.db.updateOne({ collection: 'partner-changes', id: entry.id, data: { itemStamp: 'another-address' } } as never)
    expect(await served()).toBe(created.title)
    // and the next start stores it again.
    expect(await anyStale(payload, await itemStamp())).toBe(true)
    expect(await fillMissingItems(payload)).toBeGreaterThanOrEqual(1)
    const refilled = await entryOf()
    expect([refilled.item?.title, refilled.itemStamp]).toEqual([created.title, await itemStamp()])
    expect(await anyStale(payload, await itemStamp())).toBe(false)
    // An upsert still without its item is stamped '' and found too (by the index's range, not a walk).
    await payload.db.updateOne({ collection: 'partner-changes', id: entry.id, data: { item: null, itemStamp: '' } } as never)
    expect(await anyStale(payload, await itemStamp())).toBe(true)
    expect(await fillMissingItems(payload)).toBe(1)
    expect((await entryOf()).item?.title).toBe(created.title)
    await payload.delete({ collection: 'news', id: created.id })
  })

  it('starts from the existing content on a database that has no log yet', async () => {
    await payload.db.deleteMany({ collection: 'partner-changes', where: { id: { exists: true } } } as never)
    expect(await backfillIfEmpty(payload)).toBeGreaterThan(0)
    // Once: a log that has entries is left alone.
    expect(await backfillIfEmpty(payload)).toBe(0)
    // Every upsert with its item: the feed reads none of them again.
    const { docs: upserts } = await payload.find({
      collection: 'partner-changes' as never,
      where: { kind: { equals: 'upsert' } },
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(upserts.length).toBeGreaterThan(0)
    expect((upserts as unknown as { item?: unknown; itemStamp?: string }[]).filter((entry) => !entry.item || !entry.itemStamp)).toEqual([])
    const fresh: Mirror = { en: {}, tr: {} }
    await follow(fresh, undefined)
    expect(fresh).toEqual(await published())
  })
})
