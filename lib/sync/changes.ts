import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Payload, PayloadRequest, Plugin, Where } from 'payload'

import { hasRole } from '@/access/roles'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { officeIdsOf } from '@/lib/sites/offices'
import { apiCollections, isApiCollection, titleField, type ApiCollection } from '@/lib/api/v1/schemas'
import { transactionEnded } from '@/lib/cache/revalidate'
import { queueWebhookEvents, type FeedChange } from './webhooks'

/**
 * The partners' changes feed (issue 20; /api/v1/changes, lib/api/v1/changes.ts) keeps a log:
 * one entry per document and language, the latest thing that happened to it as partners see
 * it. An upsert when it is published in that language (its own text there: a translation
 * removed is a deletion) or changed while published; a deletion when it stops being so
 * (deleted, unpublished, translation removed). Entries are ordered by `seq`, which only grows.
 *
 * The log is reconciled, not appended blindly: after every change of a partner-visible
 * document, `reconcile` reads it as the public does (lib/content/reader.ts) and writes an entry
 * only for the languages whose public state differs from their last entry. So a draft saved
 * over a published document writes nothing, and running it twice writes nothing more.
 *
 * An upsert keeps the item as the API served it when it was written (`item`, with the stamp of
 * the addresses it was built against: lib/api/v1/siteOrigins.ts): a page of the feed is then
 * one indexed read, not a read of a hundred documents in full (71-79 ms at 50,000 documents).
 * A change to a related document (a programme's title) does not rewrite the items naming it,
 * as it writes no entry either; `href` always gives the current item.
 */
export const changesSlug = 'partner-changes'

export type ChangeKind = 'upsert' | 'delete'

export type ChangeEntry = {
  id: number | string
  seq: number
  collectionSlug: ApiCollection
  document: string
  lang: Locale
  kind: ChangeKind
  offices?: string | null
  version?: string | null
  changedAt: string
  /** An upsert's item as the API served it then, built against `itemStamp` ('' or null: read it when served). */
  item?: Record<string, unknown> | null
  itemStamp?: string | null
}

/** The entry without its stored item: what the log's own bookkeeping reads. */
const entryFields = { seq: true, collectionSlug: true, document: true, lang: true, kind: true, offices: true, version: true, changedAt: true }

const adminsOnly = ({ req }: { req: { user?: unknown } }) => hasRole(req.user as Parameters<typeof hasRole>[0], 'admin')

export const PartnerChanges: CollectionConfig = {
  slug: changesSlug,
  labels: {
    singular: { en: 'Partner change', tr: 'Ortak değişikliği', az: 'Tərəfdaş dəyişikliyi' },
    plural: { en: 'Partner changes', tr: 'Ortak değişiklikleri', az: 'Tərəfdaş dəyişiklikləri' },
  },
  admin: {
    // Written only by the hooks below; admins may look.
    hidden: ({ user }) => !hasRole(user as Parameters<typeof hasRole>[0], 'admin'),
    defaultColumns: ['seq', 'collectionSlug', 'document', 'lang', 'kind', 'changedAt'],
    useAsTitle: 'document',
  },
  access: { read: adminsOnly, create: () => false, update: () => false, delete: () => false },
  timestamps: false,
  fields: [
    {
      name: 'seq',
      type: 'number',
      required: true,
      unique: true,
      index: true,
      label: { en: 'Sequence', tr: 'Sıra', az: 'Sıra' },
      admin: {
        readOnly: true,
        description: {
          en: 'The order of the feed; each new entry gets the next number.',
          tr: 'Akışın sırası; her yeni kayıt bir sonraki numarayı alır.',
          az: 'Lentin ardıcıllığı; hər yeni qeyd növbəti nömrəni alır.',
        },
      },
    },
    {
      name: 'collectionSlug',
      type: 'select',
      required: true,
      options: [...apiCollections],
      label: { en: 'Collection', tr: 'Koleksiyon', az: 'Kolleksiya' },
      admin: { readOnly: true, description: { en: 'What kind of document.', tr: 'Belgenin türü.', az: 'Sənədin növü.' } },
    },
    {
      name: 'document',
      type: 'text',
      required: true,
      label: { en: 'Document', tr: 'Belge', az: 'Sənəd' },
      admin: { readOnly: true, description: { en: 'The document’s id.', tr: 'Belgenin kimliği (id).', az: 'Sənədin identifikatoru (id).' } },
    },
    {
      name: 'lang',
      type: 'select',
      required: true,
      options: [...locales],
      label: { en: 'Language', tr: 'Dil', az: 'Dil' },
      admin: { readOnly: true, description: { en: 'The language this entry is about.', tr: 'Bu kaydın ilgili olduğu dil.', az: 'Bu qeydin aid olduğu dil.' } },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: ['upsert', 'delete'],
      label: { en: 'Kind', tr: 'Tür', az: 'Növ' },
      admin: {
        readOnly: true,
        description: {
          en: 'upsert: published or changed in this language; delete: no longer published in it.',
          tr: 'upsert: bu dilde yayımlandı ya da değişti; delete: artık bu dilde yayımlanmıyor.',
          az: 'upsert: bu dildə dərc olundu və ya dəyişdi; delete: artıq bu dildə dərc olunmur.',
        },
      },
    },
    // The document's offices (ids between spaces, " 3 7 "), kept on a deletion so `country` still filters it.
    {
      name: 'offices',
      type: 'text',
      label: { en: 'Offices', tr: 'Ofisler', az: 'Ofislər' },
      admin: {
        readOnly: true,
        description: {
          en: 'The ids of the document’s country offices, for the feed’s country filter.',
          tr: 'Belgenin ülke ofislerinin kimlikleri; akışın ülke süzgeci için.',
          az: 'Sənədin ölkə ofislərinin identifikatorları; lentin ölkə filtri üçün.',
        },
      },
    },
    // The document's updatedAt when published: a new one is a change.
    {
      name: 'version',
      type: 'text',
      label: { en: 'Version', tr: 'Sürüm', az: 'Versiya' },
      admin: {
        readOnly: true,
        description: {
          en: 'When the published document was last changed.',
          tr: 'Yayımlanmış belgenin son değiştiği zaman.',
          az: 'Dərc olunmuş sənədin sonuncu dəfə dəyişdiyi vaxt.',
        },
      },
    },
    {
      name: 'changedAt',
      type: 'date',
      required: true,
      label: { en: 'Recorded at', tr: 'Kayıt zamanı', az: 'Qeyd vaxtı' },
      admin: { readOnly: true, description: { en: 'When this entry was written.', tr: 'Bu kaydın yazıldığı zaman.', az: 'Bu qeydin yazıldığı vaxt.' } },
    },
    {
      name: 'item',
      type: 'json',
      label: { en: 'Item', tr: 'Öğe', az: 'Element' },
      admin: {
        readOnly: true,
        description: {
          en: 'An upsert’s item as the partner API served it when the entry was written; the feed sends it as it is.',
          tr: 'Kayıt yazıldığında ortak API’sinin verdiği hâliyle öğe (upsert); akış onu olduğu gibi gönderir.',
          az: 'Qeyd yazılanda tərəfdaş API-sinin verdiyi kimi element (upsert); lent onu olduğu kimi göndərir.',
        },
      },
    },
    {
      name: 'itemStamp',
      type: 'text',
      label: { en: 'Item stamp', tr: 'Öğe damgası', az: 'Element möhürü' },
      admin: {
        readOnly: true,
        description: {
          en: 'The addresses the stored item was built with; when the sites’ addresses change, the item is read again.',
          tr: 'Saklanan öğenin kurulduğu adresler; sitelerin adresleri değişince öğe yeniden okunur.',
          az: 'Saxlanılan elementin qurulduğu ünvanlar; saytların ünvanları dəyişəndə element yenidən oxunur.',
        },
      },
    },
  ],
  // The feed reads in `seq` order, filtered by collection or language (lib/api/v1/changes.ts);
  // a save reads one document's entries; the purge, the oldest deletions.
  // …and a server's start looks for upserts stamped other than today (fillMissingItems).
  indexes: [
    { fields: ['collectionSlug', 'seq'] },
    { fields: ['lang', 'seq'] },
    { fields: ['collectionSlug', 'document', 'seq'] },
    { fields: ['kind', 'changedAt'] },
    { fields: ['kind', 'itemStamp'] },
  ],
}

type PublicState = Map<Locale, { version: string; offices: string }>

/**
 * The languages a document is published in, as the public reads it (own text in that
 * language; the default always). Read as lib/content/reader.ts's findPublicInAllLocales reads
 * (anonymous, access applied, published versions only), past its cache: the hooks run before
 * the change's expiry.
 */
async function publicState(payload: Payload, collection: ApiCollection, id: string): Promise<PublicState> {
  const { docs } = await payload.find({
    collection,
    where: { id: { equals: id } },
    locale: 'all',
    depth: 0,
    limit: 1,
    pagination: false,
    draft: false,
    overrideAccess: false,
    user: undefined,
  })
  const doc = docs[0] as unknown as Record<string, unknown> | undefined
  return doc ? stateOf(collection, doc) : new Map()
}

/** A published document's languages (read with every locale), each with its version and offices. */
function stateOf(collection: ApiCollection, doc: Record<string, unknown>): PublicState {
  const state: PublicState = new Map()
  const titles = (doc[titleField[collection]] ?? {}) as Partial<Record<Locale, unknown>>
  const offices = ` ${officeIdsOf(collection, doc).map(String).join(' ')} `
  for (const lang of locales) {
    const own = titles[lang]
    if (lang === defaultLocale || (typeof own === 'string' && own.trim() !== '')) state.set(lang, { version: String(doc.updatedAt ?? ''), offices })
  }
  return state
}

// One writer at a time in this process: `seq` is the largest plus one, and each document's
// entries are read and replaced together. (Several instances: the unique index on `seq`
// refuses a duplicate, and the write is tried again.)
let queue: Promise<unknown> = Promise.resolve()
function serially<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work)
  queue = run.catch(() => undefined)
  return run
}

/** Resolves once this process's log queue (entries, then the webhooks' deliveries queued behind them) is empty: a clean shutdown (tests). */
export async function changesIdle(): Promise<void> {
  for (let last: Promise<unknown> | undefined; last !== queue;) {
    last = queue
    await last.catch(() => undefined)
  }
}

export async function lastSeq(payload: Payload, req?: PayloadRequest): Promise<number> {
  const { docs } = await payload.find({
    collection: changesSlug as never,
    sort: ['-seq', '-id'],
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { seq: true } as never,
    req,
  })
  return Number((docs[0] as { seq?: number } | undefined)?.seq ?? 0)
}

/** The offices of both, once each: an upsert of a document that moved still reaches partners filtering by its old office. */
function unionOffices(a: string | null | undefined, b: string | null | undefined): string {
  const ids = [...new Set(`${a ?? ''} ${b ?? ''}`.split(' ').filter(Boolean))]
  return ` ${ids.join(' ')} `
}

/** Brings the log's entries of one document in line with its public state. Returns the entries written. */
export function reconcile(payload: Payload, collection: ApiCollection, id: string | number, options: { items?: boolean } = {}): Promise<number> {
  return serially(async () => {
    const state = await publicState(payload, collection, String(id))
    const { docs } = await payload.find({
      collection: changesSlug as never,
      where: { and: [{ collectionSlug: { equals: collection } }, { document: { equals: String(id) } }] },
      // Newest first: the first of each language is its last entry.
      sort: ['-seq', '-id'],
      limit: 100,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: entryFields as never,
    })
    const entries = docs as unknown as ChangeEntry[]
    let written = 0
    let seq: number | undefined
    const events: FeedChange[] = []
    let exists: boolean | undefined
    for (const lang of locales) {
      const previous = entries.filter((entry) => entry.lang === lang)
      const last = previous[0]
      const now = state.get(lang)
      let kind: ChangeKind | undefined
      if (now && (!last || last.kind === 'delete' || last.version !== now.version)) kind = 'upsert'
      else if (!now && last?.kind === 'upsert') kind = 'delete'
      if (!kind) continue
      // The item partners get with the upsert (and its webhook), as the API serves it now.
      const stored = kind === 'upsert' && options.items !== false ? await renderItems(collection, [String(id)], lang) : undefined
      const item = stored?.items.get(String(id)) ?? null
      for (let attempt = 1; ; attempt++) {
        try {
          seq = (seq ?? (await lastSeq(payload))) + 1
          // The new entry first, then the old ones: the largest `seq` never goes back.
          await payload.db.create({
            collection: changesSlug,
            data: {
              seq,
              collectionSlug: collection,
              document: String(id),
              lang,
              kind,
              // A deletion keeps the offices partners knew it by; an upsert adds them to its own.
              offices: now ? unionOffices(now.offices, last?.offices) : (last?.offices ?? ''),
              version: now?.version ?? null,
              changedAt: new Date().toISOString(),
              item,
              // An upsert still without its item is stamped '' (never a real stamp), not null: the
              // start-up check finds it by a range of the `itemStamp` index (fillMissingItems).
              itemStamp: item ? (stored?.stamp ?? '') : kind === 'upsert' ? '' : null,
            },
            returning: false,
          })
          break
        } catch (error) {
          // Another instance took this `seq` (its unique index): read the largest again.
          seq = undefined
          if (attempt >= 5) throw error
          await new Promise((resolve) => setTimeout(resolve, 10 * attempt))
        }
      }
      if (previous.length > 0) await payload.db.deleteMany({ collection: changesSlug, where: { id: { in: previous.map((entry) => entry.id) } } })
      written += 1
      // For webhooks: what happened, in partners' words. A deletion of a document that still
      // exists (unpublished, or this translation removed) is `unpublished`.
      if (kind === 'delete') exists ??= (await payload.db.count({ collection, where: { id: { equals: id } } })).totalDocs > 0
      const event = kind === 'upsert' ? (!last || last.kind === 'delete' ? 'published' : 'updated') : exists ? 'unpublished' : 'deleted'
      const offices = now ? unionOffices(now.offices, last?.offices) : (last?.offices ?? '')
      events.push({ collection, id: String(id), lang, seq: seq as number, event, offices, changedAt: new Date().toISOString(), ...(item ? { item } : {}) })
    }
    // The webhooks' deliveries, next in this queue (first in, first out: a document's deliveries
    // are made in the log's order), without holding the save that caused them.
    if (events.length > 0) {
      void serially(() =>
        queueWebhookEvents(payload, events).catch((error: unknown) => {
          console.error(`[webhooks] could not queue the deliveries of ${collection} ${String(id)}: ${error instanceof Error ? error.message : error}`)
        }),
      )
    }
    return written
  })
}

const report = (collection: string, id: unknown) => (error: unknown) =>
  console.error(`[changes] could not record the change of ${collection} ${String(id)} for partners: ${error instanceof Error ? error.message : error}`)

/**
 * After a change, once the save is in the database: with no transaction open (Payload's
 * SQLite adapter commits each write at once) at once, so the next request sees the entry;
 * inside one (MongoDB runs each save in a transaction, and the hooks before its commit), once
 * it has ended (lib/cache/revalidate.ts, transactionEnded), since the public read sees only
 * what is committed.
 */
async function reconcileAfterSave(req: PayloadRequest, collection: ApiCollection, id: string | number): Promise<unknown> {
  const run = () => reconcile(req.payload, collection, id).catch(report(collection, id))
  // A transaction being begun is a promise of its id (of null where there is none).
  const transaction: unknown = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  if (typeof transaction !== 'string' && typeof transaction !== 'number') return run()
  void transactionEnded(req).then(run)
}

export const recordChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (isApiCollection(collection.slug)) await reconcileAfterSave(req, collection.slug, doc.id)
  return doc
}

export const recordDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (isApiCollection(collection.slug)) await reconcileAfterSave(req, collection.slug, doc.id)
  return doc
}

/**
 * The entries the hooks would write for documents just published, for a writer that goes past
 * them (lib/seed/bulk.ts, a batch at a time): an upsert per language each is published in, with
 * its item as the API serves it now. Where the item cannot be read yet (a transaction the
 * API's reads do not see), the upsert is stamped '' and fillMissingItems stores it later. Each
 * `doc` has every locale. The sequence is read once for the batch: the generator runs alone.
 */
export function recordPublished(payload: Payload, collection: ApiCollection, docs: (Record<string, unknown> & { id: number | string })[], req: PayloadRequest): Promise<void> {
  return serially(async () => {
    if (docs.length === 0) return
    const ids = docs.map((doc) => String(doc.id))
    // Documents written again under ids used before (SQLite reuses the largest after a delete): their old entries go.
    const { docs: previous } = await payload.db.find({
      collection: changesSlug,
      where: { and: [{ collectionSlug: { equals: collection } }, { document: { in: ids } }] },
      select: { document: true } as never,
      limit: 0,
      pagination: false,
      req,
    })
    const rendered = new Map<Locale, Awaited<ReturnType<typeof renderItems>>>()
    for (const lang of locales) rendered.set(lang, await renderItems(collection, ids, lang))
    // One writer in the transaction: the sequence is read once and counted on.
    let seq = await lastSeq(payload, req)
    for (const doc of docs) {
      for (const [lang, { version, offices }] of stateOf(collection, doc)) {
        const stored = rendered.get(lang)
        const item = stored?.items.get(String(doc.id)) ?? null
        seq += 1
        await payload.db.create({
          collection: changesSlug,
          data: {
            seq,
            collectionSlug: collection,
            document: String(doc.id),
            lang,
            kind: 'upsert',
            offices,
            version,
            changedAt: new Date().toISOString(),
            item,
            itemStamp: item ? (stored?.stamp ?? '') : '',
          },
          req,
          returning: false,
        })
      }
    }
    if (previous.length > 0) await payload.db.deleteMany({ collection: changesSlug, where: { id: { in: previous.map((entry) => entry.id) } }, req })
  })
}

/** The items of these documents (of one collection, in each language), as the API serves them now, and the stamp of their addresses. */
async function renderItems(collection: ApiCollection, ids: string[], lang: Locale): Promise<{ items: Map<string, Record<string, unknown>>; stamp: string }> {
  // Imported here: lib/api/v1/query.ts reads through the Payload client, whose config loads this file.
  const [{ itemsByIds }, { itemStamp }] = await Promise.all([import('@/lib/api/v1/query'), import('@/lib/api/v1/siteOrigins')])
  const [items, stamp] = await Promise.all([itemsByIds(collection, ids, lang), itemStamp()])
  return { items: new Map(items.map((item) => [String(item.id), item])), stamp }
}

/**
 * Stores the items of these documents' upserts that have none (written by a writer that went
 * past them: lib/seed/bulk.ts, `reconcileAll`), a language at a time: one read per language
 * for all of them. Returns the entries filled.
 */
export async function fillItems(payload: Payload, collection: ApiCollection, ids: string[], req?: PayloadRequest, options: { stale?: string } = {}): Promise<number> {
  if (ids.length === 0) return 0
  const { docs } = await payload.db.find({
    collection: changesSlug,
    where: { and: [{ collectionSlug: { equals: collection } }, { document: { in: ids } }, { kind: { equals: 'upsert' } }] },
    select: { document: true, lang: true, itemStamp: true } as never,
    limit: 0,
    pagination: false,
    req,
  })
  // Those with no item, or (given the current stamp) one built against other addresses.
  const missing = (docs as unknown as Pick<ChangeEntry, 'id' | 'document' | 'lang' | 'itemStamp'>[]).filter(
    (entry) => !entry.itemStamp || (options.stale !== undefined && entry.itemStamp !== options.stale),
  )
  let filled = 0
  for (const lang of locales) {
    const entries = missing.filter((entry) => entry.lang === lang)
    if (entries.length === 0) continue
    const { items, stamp } = await renderItems(
      collection,
      entries.map((entry) => entry.document),
      lang,
    )
    for (const entry of entries) {
      const item = items.get(entry.document)
      if (!item) continue
      await payload.db.updateOne({ collection: changesSlug, id: entry.id, data: { item, itemStamp: stamp }, req, returning: false })
      filled++
    }
  }
  return filled
}

/**
 * Whether any upsert's item is missing ('') or was built against other addresses than `stamp`:
 * two ranges of the `itemStamp` index, below and above today's stamp, so a server's start with
 * nothing to fill reads a row or two, not the whole log (50,000 documents: 320-830 ms on the
 * event loop before, as one `!=` walks every entry). An upsert stamped null (before '' marked a
 * missing item) is found by the migration that set '' (20261205_101204_items_stamp_index).
 */
export async function anyStale(payload: Payload, stamp: string): Promise<boolean> {
  for (const range of [{ less_than: stamp }, { greater_than: stamp }]) {
    const { docs } = await payload.db.find({
      collection: changesSlug,
      where: { and: [{ itemStamp: range }, { kind: { equals: 'upsert' } }] },
      select: { id: true } as never,
      sort: '-itemStamp', // the index's order, walked back (the tie-break is `-id`): no sort of every stale entry
      limit: 1,
      pagination: false,
    })
    if (docs.length > 0) return true
  }
  return false
}

/**
 * Every upsert still without its item (or with one built against other addresses), filled: the
 * bulk writer's last pass (lib/seed/bulk.ts, once the images it used are public, as items show
 * them), and at a server's start for a log from before items were stored or a site that moved
 * (instrumentation.ts, in small batches: each read holds SQLite's event loop). Each batch in one
 * transaction (lib/db/writeBatch.ts). Returns the entries filled.
 */
export async function fillMissingItems(payload: Payload, { batch = 200 }: { batch?: number } = {}): Promise<number> {
  const [{ itemStamp }, { inWriteBatch }] = await Promise.all([import('@/lib/api/v1/siteOrigins'), import('@/lib/db/writeBatch')])
  const stamp = await itemStamp()
  if (!(await anyStale(payload, stamp))) return 0
  let after = 0
  let filled = 0
  for (;;) {
    const { docs } = await payload.db.find({
      collection: changesSlug,
      where: { and: [{ seq: { greater_than: after } }, { kind: { equals: 'upsert' } }, { or: [{ itemStamp: { exists: false } }, { itemStamp: { not_equals: stamp } }] }] },
      select: { seq: true, collectionSlug: true, document: true } as never,
      sort: 'seq',
      limit: batch,
      pagination: false,
    })
    const entries = docs as unknown as Pick<ChangeEntry, 'seq' | 'collectionSlug' | 'document'>[]
    if (entries.length === 0) return filled
    after = entries[entries.length - 1].seq
    filled += await inWriteBatch(payload, async (req) => {
      let count = 0
      for (const collection of apiCollections) {
        const ids = [...new Set(entries.filter((entry) => entry.collectionSlug === collection).map((entry) => entry.document))]
        count += await fillItems(payload, collection, ids, req, { stale: stamp })
      }
      return count
    })
  }
}

/** Every document of the partner API's collections, reconciled: for a log started on existing content, or to repair one. */
export async function reconcileAll(payload: Payload): Promise<number> {
  let written = 0
  for (const collection of apiCollections) {
    const seen = new Set<string>()
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({ collection, limit: 500, page, depth: 0, overrideAccess: true, select: { updatedAt: true }, sort: ['createdAt', 'id'] })
      for (const doc of docs as unknown as { id: number | string }[]) {
        seen.add(String(doc.id))
        written += await reconcile(payload, collection, doc.id, { items: false })
      }
      // The items of this page's upserts, read together.
      await fillItems(
        payload,
        collection,
        (docs as unknown as { id: number | string }[]).map((doc) => String(doc.id)),
      )
      if (!hasNextPage) break
    }
    // Documents deleted while no hook ran: their last upsert becomes a deletion.
    const { docs: upserts } = await payload.find({
      collection: changesSlug as never,
      where: { and: [{ collectionSlug: { equals: collection } }, { kind: { equals: 'upsert' } }] } as Where,
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { document: true } as never,
    })
    const ids = [...new Set((upserts as unknown as { document: string }[]).map((entry) => entry.document))].filter((id) => !seen.has(id))
    for (const id of ids) written += await reconcile(payload, collection, id)
  }
  return written
}

/** The log's collection and its hooks on every collection the partner API serves: no per-collection wiring. */
export const partnerChanges: Plugin = (config) => ({
  ...config,
  collections: [
    ...(config.collections ?? []).map((collection) =>
      isApiCollection(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), recordChange],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), recordDeletion],
            },
          }
        : collection,
    ),
    PartnerChanges,
  ],
})

/** Deletion entries older than `days`, gone (an older cursor is refused: lib/api/v1/changes.ts). */
export async function purgeTombstones(payload: Payload, days: number): Promise<number> {
  const before = new Date(Date.now() - days * 86_400_000).toISOString()
  let purged = 0
  // Never the newest entry: the largest `seq` must stay, or the next would reuse numbers partners have passed.
  const newest = await lastSeq(payload)
  for (;;) {
    // The oldest first, by the (kind, changedAt) index, then by id.
    const { docs } = await payload.find({
      collection: changesSlug as never,
      where: { and: [{ kind: { equals: 'delete' } }, { changedAt: { less_than: before } }, { seq: { less_than: newest } }] },
      sort: ['changedAt', 'id'],
      limit: 500,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { kind: true } as never,
    })
    if (docs.length === 0) return purged
    await serially(() =>
      payload.delete({ collection: changesSlug as never, where: { id: { in: (docs as unknown as { id: number | string }[]).map((doc) => doc.id) } }, overrideAccess: true }),
    )
    purged += docs.length
  }
}

/**
 * A database from before the log (or one restored without it) starts it from its content: when
 * the log is empty and the partner API's collections are not, every document is reconciled,
 * in the background of the server's start (instrumentation.ts). Until it ends, a partner
 * following the feed gets the rest as later entries; nothing is lost.
 */
export async function backfillIfEmpty(payload: Payload): Promise<number> {
  if ((await payload.count({ collection: changesSlug as never, overrideAccess: true })).totalDocs > 0) return 0
  let documents = 0
  for (const collection of apiCollections) documents += (await payload.count({ collection, overrideAccess: true })).totalDocs
  if (documents === 0) return 0
  const started = Date.now()
  const written = await reconcileAll(payload)
  console.info(`[changes] the partners' changes feed started from ${documents} existing documents: ${written} entries in ${Math.round((Date.now() - started) / 1000)} s`)
  return written
}
