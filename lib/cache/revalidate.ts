import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { derivedSecret } from '@/lib/derivedSecret'
import { selfOrigin } from '@/lib/selfOrigin'

import { purgeCaches } from './purge'
import { collectionTag, globalTag, publicCollections, publicGlobals, type PublicGlobal, type TaggedCollection } from './tags'

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

/** Every tag this server's follow-up may expire. */
export const knownTags = new Set<string>([...publicCollections.map(collectionTag), ...publicGlobals.map(globalTag)])

/** For /api/revalidate: the caches in front of Next are purged once Next has applied them. */
export function expireTags(tags: string[]): void {
  for (const tag of tags) if (knownTags.has(tag)) expire(tag)
}

/**
 * Expires the tag and follows the change up. Outside a request the caches in front of Next
 * are purged at once as well (a script has no Next, but may have a proxy to purge).
 */
function changed(tag: string, req: PayloadRequest | undefined): void {
  const taken = expire(tag)
  if (!taken) purgeCaches()
  followUp(tag, req, taken)
}

export function revalidateCollection(collection: string, req?: PayloadRequest): void {
  if ((publicCollections as readonly string[]).includes(collection)) changed(collectionTag(collection as TaggedCollection), req)
}

/** Every public tag at once: a change that can alter every page (a site's languages, offices or addresses). */
export function expireEveryTag(req?: PayloadRequest): void {
  for (const tag of knownTags) changed(tag, req)
}

export const revalidateAfterChange: CollectionAfterChangeHook = ({ collection, doc, req }) => {
  revalidateCollection(collection.slug, req)
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  revalidateCollection(collection.slug, req)
  return doc
}

export const revalidateGlobalAfterChange: GlobalAfterChangeHook = ({ global, doc, req }) => {
  if ((publicGlobals as readonly string[]).includes(global.slug)) changed(globalTag(global.slug as PublicGlobal), req)
  return doc
}
