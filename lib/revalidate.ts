import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { purgeCaches } from './cachePurge'
import { derivedSecret } from './derivedSecret'
import { selfOrigin } from './selfOrigin'
import { collectionTag, globalTag, publicCollections, publicGlobals, type PublicGlobal, type TaggedCollection } from './cacheTags'

/**
 * Expires the collection's cache tag at once (not stale-while-revalidate), so the next
 * request of every page showing it reads the change. Outside a Next server (seed script, jest)
 * there is no cache to expire and nothing to do.
 */
function expire(tag: string): void {
  try {
    revalidateTag(tag, { expire: 0 })
  } catch (error) {
    if (!/static generation store missing/.test(String(error))) throw error
  }
}

/**
 * The hooks run inside the save's database transaction, before it commits, and Next applies
 * tag expiries only once the request that made them has answered. A page rendered in between
 * reads the old version and would be kept as fresh (for a year: pages are purged, not aged),
 * as would a render that began before the change and finished after it (the resilience suite
 * caught this under load). So each change is followed up: once its transaction has ended the
 * caches in front of Next are purged again, and `followUpMs` and `lateFollowUpMs` after that
 * this server's own /api/revalidate (tags can only be expired inside a request) expires the
 * tags and purges once more. A bulk publish commits after its last document: its follow-up counts from then.
 */
export const followUpMs = 1500
/**
 * And once more, later: under heavy load a page render can take longer than followUpMs, and
 * one that began before the change and ended after the first follow-up would be kept (the
 * resilience suite's home page, 1 run in 5 on CI).
 */
export const lateFollowUpMs = 4000
/** Follow-ups due within this much of each other go out as one request. */
const coalesceMs = 200
/** A transaction still open after this long is not waited for any more. */
const transactionWaitMs = 120_000

/**
 * Resolves once the request's transaction has ended: Payload deletes `req.transactionID` when
 * it commits or rolls back (payload/utilities/commitTransaction), and offers no hook after
 * that, so it is watched. While a transaction is being begun, `transactionID` is a promise of
 * its id; an adapter without transactions (Payload's SQLite adapter unless given
 * transactionOptions: each write commits at once) leaves a promise of null there for good,
 * and then there is nothing to wait for. MongoDB on a replica set runs each save in one.
 */
export async function transactionEnded(req?: Pick<PayloadRequest, 'transactionID'>): Promise<boolean> {
  const started = Date.now()
  let waited = false
  while (req?.transactionID && Date.now() - started < transactionWaitMs) {
    if (req.transactionID instanceof Promise) {
      // initTransaction puts the id in place of the promise before the promise settles.
      if (!(await req.transactionID)) return waited
      continue
    }
    waited = true
    await new Promise((resolve) => setTimeout(resolve, 20).unref?.())
  }
  return waited
}

/**
 * One wait per request and transaction (a bulk publish saves many documents in one), and
 * one purge when a transaction it waited for ends: without one, the hooks' purge already
 * came after the write.
 */
const settling = new WeakMap<object, { transaction: unknown; ended: Promise<void> }>()

function afterTransaction(req: PayloadRequest | undefined): Promise<void> {
  if (!req) return Promise.resolve()
  const known = settling.get(req)
  if (known && known.transaction === req.transactionID) return known.ended
  const ended = transactionEnded(req).then((waited) => (waited ? purgeCaches() : undefined))
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
    }).catch((error) => console.error('[cache] follow-up revalidation failed:', error instanceof Error ? error.message : error))
  }
  armFollowUp()
}

function armFollowUp(): void {
  if (timer || followUps.length === 0) return
  const next = Math.min(...followUps.map((followUp) => followUp.due))
  timer = setTimeout(sendDueFollowUps, Math.max(0, next - Date.now()) + coalesceMs)
  timer.unref?.()
}

function followUp(tag: string, req: PayloadRequest | undefined): void {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  void afterTransaction(req).then(() => {
    const now = Date.now()
    followUps.push({ tag, due: now + followUpMs }, { tag, due: now + lateFollowUpMs })
    armFollowUp()
  })
}

export const revalidateToken = () => derivedSecret('cache:revalidate')

/** Every tag this server's follow-up may expire. */
export const knownTags = new Set<string>([...publicCollections.map(collectionTag), ...publicGlobals.map(globalTag)])

export function expireTags(tags: string[]): void {
  for (const tag of tags) if (knownTags.has(tag)) expire(tag)
  purgeCaches()
}

/** Expires the tag at once, purges the caches in front of Next, and follows the change up. */
function changed(tag: string, req: PayloadRequest | undefined): void {
  expire(tag)
  purgeCaches()
  followUp(tag, req)
}

export function revalidateCollection(collection: string, req?: PayloadRequest): void {
  if ((publicCollections as readonly string[]).includes(collection)) changed(collectionTag(collection as TaggedCollection), req)
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
