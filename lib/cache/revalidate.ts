import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { derivedSecret } from '@/lib/derivedSecret'
import { selfOrigin } from '@/lib/selfOrigin'

import { purgeCaches } from './purge'
import { officeIdsOf } from '@/lib/sites/offices'

import {
  collectionTag,
  globalTag,
  isKnownTag,
  officeTag,
  publicCollections,
  publicGlobals,
  tagsForChange,
  type OfficeScope,
  type PublicGlobal,
  type TaggedCollection,
} from './tags'

/**
 * Expires the collection's cache tag at once (not stale-while-revalidate), so the next
 * request of every page showing it reads the change. Next applies it when the request that
 * made it has answered; the cache handler then drops the tag's entries, and anything a render
 * that began earlier stores, and purges the caches in front of Next (lib/cache/handler.mjs).
 * False outside a request (the seed script, jest, a scheduled job), where Next cannot take it.
 */
function expire(tag: string): boolean {
  try {
    revalidateTag(tag, { expire: 0 })
    return true
  } catch (error) {
    if (!/static generation store missing/.test(String(error))) throw error
    return false
  }
}

/**
 * Where Next could not take an expiry (a scheduled job saves outside any request), and on
 * MongoDB, where the hooks run inside the save's transaction and Next may apply the expiry
 * before the commit (a page rendered in between reads the old version), the change is followed
 * up: once its transaction has ended, this server's own /api/revalidate expires the tags (they
 * can only be expired inside a request). A bulk publish commits after its last document: its
 * follow-up counts from then. And each change gets one more, `followUpMs` later, for what no
 * stamp can see: another instance's page cache hearing of the change a moment late through
 * Redis, or its clock a moment off.
 */
export const followUpMs = 1500
/** Follow-ups due within this much of each other go out as one request. */
const coalesceMs = 200
/** A transaction still open after this long is not waited for any more. */
const transactionWaitMs = 120_000

/**
 * Resolves once the request's transaction has ended: Payload deletes `req.transactionID` when
 * it commits or rolls back (payload/utilities/commitTransaction), and offers no hook after
 * that, so it is watched. While a transaction is being begun, `transactionID` is a promise of
 * its id; an adapter without transactions (Payload's SQLite adapter unless given
 * transactionOptions: each write commits at once) leaves a promise of null there, and then
 * there is nothing to wait for. MongoDB on a replica set runs each save in one.
 * True when there was a transaction to wait for.
 *
 * Only an id (a string or a number: the adapters' are uuids) is an open transaction. Payload's
 * relationship data loader, which populates the saved document before the afterChange hooks,
 * writes back the JSON of its batch key, so that promise of null becomes `{}`: read as an open
 * transaction, every save's follow-ups (and their purges of the page cache and the proxies)
 * went out 2 minutes late (transactionWaitMs) instead of at followUpMs, and emptied the caches
 * of readers long after the edits (tests/e2e/proxy.test.ts, after the suites that write).
 */
export async function transactionEnded(req?: Pick<PayloadRequest, 'transactionID'>): Promise<boolean> {
  const started = Date.now()
  let waited = false
  while (req && Date.now() - started < transactionWaitMs) {
    const id: unknown = req.transactionID
    if (id instanceof Promise) {
      // initTransaction puts the id in place of the promise before the promise settles.
      if (!(await id)) return waited
      continue
    }
    if (!id || (typeof id !== 'string' && typeof id !== 'number')) return waited
    waited = true
    await new Promise((resolve) => setTimeout(resolve, 20).unref?.())
  }
  return waited
}

/** One wait per request and transaction (a bulk publish saves many documents in one). */
const settling = new WeakMap<object, { transaction: unknown; ended: Promise<boolean> }>()

function afterTransaction(req: PayloadRequest | undefined): Promise<boolean> {
  if (!req) return Promise.resolve(false)
  const known = settling.get(req)
  if (known && known.transaction === req.transactionID) return known.ended
  const ended = transactionEnded(req)
  settling.set(req, { transaction: req.transactionID, ended })
  return ended
}

const followUps: { tag: string; due: number }[] = []
let timer: ReturnType<typeof setTimeout> | undefined

function sendDueFollowUps(): void {
  timer = undefined
  const now = Date.now()
  const tags = new Set(followUps.filter((followUp) => followUp.due <= now).map((followUp) => followUp.tag))
  followUps.splice(0, followUps.length, ...followUps.filter((followUp) => followUp.due > now))
  if (tags.size > 0) {
    fetch(`${selfOrigin()}/api/revalidate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${revalidateToken()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tags: [...tags] }),
      signal: AbortSignal.timeout(5000),
    })
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
      })
      .catch((error) => console.error('[cache] follow-up revalidation failed:', error instanceof Error ? error.message : error))
  }
  armFollowUp()
}

function armFollowUp(): void {
  if (timer || followUps.length === 0) return
  const next = Math.min(...followUps.map((followUp) => followUp.due))
  timer = setTimeout(sendDueFollowUps, Math.max(0, next - Date.now()) + coalesceMs)
  timer.unref?.()
}

function followUp(tag: string, req: PayloadRequest | undefined, taken: boolean): void {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  void afterTransaction(req).then((waited) => {
    const now = Date.now()
    if (!taken || waited) followUps.push({ tag, due: now })
    followUps.push({ tag, due: now + followUpMs })
    armFollowUp()
  })
}

export const revalidateToken = () => derivedSecret('cache:revalidate')

/** Every tag of every site's reads and of reads for no site: what a change that alters every page expires. */
const everyTag = [...publicCollections.flatMap((collection) => [collectionTag(collection), officeTag(collection, '*')]), ...publicGlobals.map(globalTag)]

/** Whether this server's follow-up may expire the tag (/api/revalidate). */
export { isKnownTag }

/** For /api/revalidate: the caches in front of Next are purged once Next has applied them. */
export function expireTags(tags: string[]): void {
  for (const tag of tags) if (isKnownTag(tag)) expire(tag)
}

/**
 * Expires the tag and follows the change up. Outside a request the caches in front of Next
 * are purged at once as well (a script has no Next, but may have a proxy to purge).
 */
function changed(tag: string, req: PayloadRequest | undefined): void {
  const taken = expire(tag)
  if (!taken) purgeCaches([tag])
  followUp(tag, req, taken)
}

/** A public collection's change: its tags for these offices, or for every site ('everywhere'). */
export function revalidateCollection(collection: string, req?: PayloadRequest, offices: readonly OfficeScope[] | 'everywhere' = 'everywhere'): void {
  if (!(publicCollections as readonly string[]).includes(collection)) return
  for (const tag of tagsForChange(collection as TaggedCollection, offices)) changed(tag, req)
}

/** Every public tag at once: a change that can alter every page (a site's languages, offices or addresses). */
export function expireEveryTag(req?: PayloadRequest): void {
  for (const tag of everyTag) changed(tag, req)
}

type Doc = Record<string, unknown> | undefined

const published = (doc: Doc) => doc !== undefined && (doc._status === undefined || doc._status === 'published')

const sameInstant = (a: unknown, b: unknown) => a != null && b != null && new Date(a as string).getTime() === new Date(b as string).getTime()

/**
 * A save that changed nothing anyone outside the admin reads: a draft created, or a draft saved
 * over a document (published or not) without touching its published version. Payload writes
 * the document itself only when it publishes or unpublishes (a draft goes to the versions
 * alone), so the stored document tells: still published, or not written by this save (its
 * updatedAt is not this save's).
 */
async function draftOnly(collection: string, doc: Doc, operation: 'create' | 'update', req: PayloadRequest): Promise<boolean> {
  if (doc?._status !== 'draft') return false
  if (operation === 'create') return true
  const stored = (await req.payload.db.findOne({ collection: collection as CollectionSlug, where: { id: { equals: doc.id } }, req })) as Doc | null
  return stored != null && (stored._status === 'published' || !sameInstant(stored.updatedAt, doc.updatedAt))
}

/**
 * Which sites a change reaches: those of the offices its document belongs to, before and after
 * the change (a document moved to another office leaves the first site too; lib/sites/offices.ts),
 * or every site:
 * - what has no office: a global fact, an image (any site may show it), a search entry of one;
 * - a retraction (unpublished, deleted, or given another slug): another office's documents and
 *   menus may link to it, and their cached pages must not keep naming an address that is gone,
 *   nor the slug of what was withdrawn.
 */
export function officesOfChange(collection: string, doc: Doc, previousDoc: Doc, retracted: boolean): OfficeScope[] | 'everywhere' {
  if (retracted || collection === 'media' || collection === 'sites') return 'everywhere'
  if (collection === 'search') {
    const tokens = [doc, previousDoc].flatMap((entry) =>
      String(entry?.offices ?? '')
        .trim()
        .split(/\s+/)
        .filter(Boolean),
    )
    return tokens.length === 0 || tokens.includes('global') ? 'everywhere' : tokens
  }
  if (collection === 'facts' && [doc, previousDoc].some((fact) => fact?.scope === 'global')) return 'everywhere'
  const offices = [...new Set([...officeIdsOf(collection, doc), ...officeIdsOf(collection, previousDoc)].map(String))]
  return offices.length === 0 ? 'everywhere' : offices
}

const slugChanged = (doc: Doc, previousDoc: Doc) => previousDoc?.slug !== undefined && JSON.stringify(previousDoc.slug) !== JSON.stringify(doc?.slug)

/** The change's scope, once known (see officesOfChange); every site's when it cannot be told. */
function revalidateChange(collection: string, doc: Doc, before: Doc, operation: 'create' | 'update', req: PayloadRequest): void {
  let scope: OfficeScope[] | 'everywhere' = 'everywhere'
  try {
    // Saved as a draft and not a draft only (draftOnly): this save unpublished it.
    const retracted = operation === 'update' && (!published(doc) || (published(before) && slugChanged(doc, before)))
    scope = officesOfChange(collection, doc, before, retracted)
  } catch (error) {
    console.error(`[cache] could not tell which sites a change of ${collection} reaches, expiring every site's: ${error instanceof Error ? error.message : error}`)
  }
  revalidateCollection(collection, req, scope)
}

/** Expires what the change reaches; a draft saved without touching the published version expires nothing (draftOnly). */
export const revalidateAfterChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, operation, req }) => {
  const before = operation === 'create' ? undefined : (previousDoc as Doc)
  if ((doc as Doc)?._status !== 'draft') {
    revalidateChange(collection.slug, doc, before, operation, req)
    return doc
  }
  return draftOnly(collection.slug, doc, operation, req)
    .catch((error) => {
      console.error(`[cache] could not tell whether a save of ${collection.slug} was a draft only: ${error instanceof Error ? error.message : error}`)
      return false
    })
    .then((only) => {
      if (!only) revalidateChange(collection.slug, doc, before, operation, req)
      return doc
    })
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  revalidateCollection(collection.slug, req, officesOfChange(collection.slug, undefined, doc, published(doc)))
  return doc
}

export const revalidateGlobalAfterChange: GlobalAfterChangeHook = ({ global, doc, req }) => {
  if ((publicGlobals as readonly string[]).includes(global.slug)) changed(globalTag(global.slug as PublicGlobal), req)
  return doc
}
