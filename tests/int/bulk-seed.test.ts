import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { defaultLocale, locales } from '@/i18n/locales'
import { archiveContext, generateDocument, inLocale, seedBulk, writeDocuments, type ArchiveContext, type BulkCollection } from '@/lib/seed/bulk'
import { fillMissingItems } from '@/lib/sync/changes'
import { startPayload } from '@/tests/helpers/payload'

/**
 * The archive generator's bulk path (lib/seed/bulk.ts: the database adapter, every locale at
 * once, no hooks) must leave what creating the same documents one by one through the local API
 * leaves (a create in English, then the translation, with every hook): the published document,
 * its latest version, its search entry, its missing translations and its images' visibility.
 */
let payload: Payload
let context: ArchiveContext

beforeAll(async () => {
  payload = await startPayload()
  await seedBulk(payload, { news: 0, statements: 0 })
  context = await archiveContext(payload, undefined)
})

afterAll(async () => {
  await payload?.destroy()
})

type Doc = Record<string, unknown>

/** What must match: everything but ids and timestamps (array rows keep their ids: both paths give the same). */
function comparable(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => comparable(item))
  if (value && typeof value === 'object') {
    const out: Doc = {}
    for (const [k, v] of Object.entries(value as Doc)) {
      if (['createdAt', 'updatedAt', 'parent'].includes(k) || (k === 'id' && key !== 'row')) continue
      // Array rows (press contacts) keep their ids.
      out[k] = comparable(v, k === 'pressContacts' ? 'rows' : '')
    }
    return out
  }
  return value
}

async function stateOf(collection: BulkCollection, key: string) {
  const read = async (draft: boolean) => {
    const { docs } = await payload.find({ collection, where: { slug: { equals: key } }, locale: 'all', draft, depth: 0, overrideAccess: true, limit: 2 })
    expect(docs).toHaveLength(1)
    return docs[0] as unknown as Doc
  }
  const published = await read(false)
  const latest = await read(true)
  const { docs: entries } = await payload.find({
    collection: 'search',
    where: { and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { equals: published.id } }] },
    depth: 0,
    overrideAccess: true,
  })
  expect(entries).toHaveLength(1)
  const { doc: _doc, ...entry } = entries[0] as unknown as Doc
  const image = (published.hero as { image?: number | string } | undefined)?.image
  const media = image ? await payload.findByID({ collection: 'media', id: image, depth: 0, overrideAccess: true }) : null
  // The partners' changes feed: an upsert per language it is published in (lib/sync/changes.ts).
  const { docs: changes } = await payload.find({
    collection: 'partner-changes' as never,
    where: { and: [{ collectionSlug: { equals: collection } }, { document: { equals: String(published.id) } }] },
    depth: 0,
    overrideAccess: true,
  })
  const logged = (changes as unknown as { lang: string; kind: string; item?: Doc | null }[]).sort((a, b) => a.lang.localeCompare(b.lang))
  const feed = logged.map((change) => `${change.lang} ${change.kind}`)
  // The item stored with each upsert, as partners get it (the document's id aside).
  const items = logged.map((change) => [change.lang, comparable(change.item ?? null)])
  return {
    published: comparable(published),
    latest: comparable(latest),
    entry: comparable(entry),
    feed,
    items,
    imagePublic: media ? media.public : null,
    id: published.id as number | string,
  }
}

async function remove(collection: BulkCollection, id: number | string) {
  await payload.delete({ collection, id, overrideAccess: true })
}

/** The same document through the local API, as an officer's saves would make it: English first, then each translation. */
async function createOneByOne(collection: BulkCollection, data: Doc) {
  const fields = payload.collections[collection].config.fields
  const created = await payload.create({ collection, locale: defaultLocale, data: inLocale(fields, data, defaultLocale) as never, overrideAccess: true, depth: 0 })
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    const own = inLocale(fields, data, locale) ?? {}
    if ((own as Doc).title === undefined) continue
    await payload.update({ collection, id: created.id, locale, data: own as never, overrideAccess: true, depth: 0 })
  }
}

/** Document numbers that cover every shape: translated, untranslated, half-translated, with and without image and contact. */
function sampleNumbers(collection: BulkCollection): number[] {
  const wanted = new Map<string, number>()
  for (let n = 0; n < 400 && wanted.size < 8; n += 1) {
    const { data } = generateDocument(collection, n, context)
    const title = data.title as Doc
    const body = data.body as Doc
    const shape = [
      title.tr ? (body.tr ? 'translated' : 'partly') : 'untranslated',
      (data.hero as Doc | undefined)?.image ? 'image' : '',
      (data.pressContacts as unknown[] | undefined)?.length ? 'contact' : '',
    ].join('/')
    if (!wanted.has(shape)) wanted.set(shape, n)
  }
  return [...wanted.values()]
}

describe('bulk archive generator', () => {
  it('covers untranslated and half-translated documents, images and contacts', () => {
    const shapes = sampleNumbers('news').map((n) => generateDocument('news', n, context).data)
    expect(shapes.some((d) => !(d.title as Doc).tr)).toBe(true)
    expect(shapes.some((d) => (d.title as Doc).tr && !(d.body as Doc).tr)).toBe(true)
    expect(shapes.some((d) => (d.hero as Doc).image)).toBe(true)
    expect(shapes.some((d) => (d.pressContacts as unknown[]).length > 0)).toBe(true)
  })

  for (const collection of ['news', 'statements'] as const) {
    it(`writes ${collection} exactly as the local API does, one by one`, async () => {
      const req = await createLocalReq({}, payload)
      for (const n of sampleNumbers(collection)) {
        const { key, data } = generateDocument(collection, n, context)
        // What seedBulk does for a batch: the images used become public, then the documents are written with the feed's entries and their items.
        const used = (data.hero as { image?: number | string } | undefined)?.image
        if (used !== undefined) await payload.db.updateOne({ collection: 'media', id: used, data: { public: true }, req })
        await writeDocuments(payload, collection, [data], req)
        expect(await fillMissingItems(payload)).toBe(0)
        const bulk = await stateOf(collection, key)
        await remove(collection, bulk.id)
        // The image's visibility as the one-by-one path finds it: private until a published document uses it.
        const image = (data.hero as { image?: number | string } | undefined)?.image
        if (image !== undefined) await payload.db.updateOne({ collection: 'media', id: image, data: { public: false }, req })
        await createOneByOne(collection, data)
        const oneByOne = await stateOf(collection, key)
        await remove(collection, oneByOne.id)
        const { id: _a, imagePublic: bulkImage, ...bulkRest } = bulk
        const { id: _b, imagePublic: oneImage, ...oneRest } = oneByOne
        expect(bulkRest).toEqual(oneRest)
        // The bulk path marks a batch's images public before writing it (seedBulk), as publishMedia does per save.
        expect([n, bulkImage === null ? null : true]).toEqual([n, oneImage])
      }
    })
  }

  it('is idempotent and completes a run that stopped between a document and its version', async () => {
    const first = await seedBulk(payload, { news: 30, statements: 10, batchSize: 7 })
    expect(first.news).toEqual({ created: 30, existing: 0, repaired: 0 })
    // A crash after a document's row but before its version: its version is gone.
    const { key } = generateDocument('news', 3, context)
    const { docs } = await payload.find({ collection: 'news', where: { slug: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })
    await payload.db.deleteVersions({ collection: 'news', where: { parent: { equals: docs[0].id } } })
    // And one after a document and its version, before its search entry.
    const other = (await payload.find({ collection: 'news', where: { slug: { equals: generateDocument('news', 4, context).key } }, limit: 1, depth: 0, overrideAccess: true }))
      .docs[0]
    await payload.delete({ collection: 'search', where: { 'doc.value': { equals: other.id }, 'doc.relationTo': { equals: 'news' } }, overrideAccess: true })
    const second = await seedBulk(payload, { news: 30, statements: 10 })
    expect(second.news).toEqual({ created: 1, existing: 29, repaired: 1 })
    expect(second.statements).toEqual({ created: 0, existing: 10, repaired: 0 })
    // One document per key, each with its version and one search entry.
    const keys = Array.from({ length: 30 }, (_, n) => generateDocument('news', n, context).key)
    const stored = await payload.find({ collection: 'news', where: { slug: { in: keys } }, draft: true, depth: 0, overrideAccess: true, limit: 100, select: { slug: true } })
    expect(stored.docs.map((d) => d.slug).sort()).toEqual([...keys].sort())
    expect((await payload.count({ collection: 'news', where: { slug: { in: keys } }, overrideAccess: true })).totalDocs).toBe(30)
    const entries = await payload.count({
      collection: 'search',
      where: { 'doc.value': { in: stored.docs.map((d) => d.id) }, 'doc.relationTo': { equals: 'news' } },
      overrideAccess: true,
    })
    expect(entries.totalDocs).toBe(30)
  })
})
