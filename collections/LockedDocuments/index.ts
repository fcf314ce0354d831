import type { Access, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest, SanitizedConfig, Where } from 'payload'

import { idOf } from '@/lib/relationValues'
import { refuse } from '@/lib/refuse'
import { keepingRequestLocale } from '@/lib/requestLocale'
import { hasRole, isStaff } from '@/access/roles'

/**
 * The admin's edit locks (`payload-locked-documents`: which document, or global, who is editing
 * it since when). Payload adds the collection itself, after the plugins, with access for any
 * signed-in user: staff listed other offices' locks (draft ids and who edits them), locked
 * documents in someone else's name and deleted others' locks. `guardEditLocks` gives it these
 * rules after Payload has built the config:
 * - read: locks on documents (and globals) the user may read, and their own; admins all;
 * - create and update: only in one's own name, on a document or global one may update (taking
 *   over an editor's lock is an update that writes one's own name: Payload's "take over");
 *   checked in a beforeChange hook, which runs whatever the access (local API with access
 *   overridden included);
 * - delete: one's own lock; admins any.
 * Payload's admin also writes locks straight in the database from its form-state server
 * function; lib/formStateServerFunction.ts asks the same question before it lets it.
 */
export const lockedDocumentsSlug = 'payload-locked-documents'

type Lock = { id: string | number; document?: { relationTo?: string; value?: unknown } | null; globalSlug?: string | null; user?: { relationTo?: string; value?: unknown } | null }

const isAdmin = (req: PayloadRequest) => hasRole(req.user, 'admin')
const ownLocks = (req: PayloadRequest): Where => ({ and: [{ 'user.relationTo': { equals: req.user?.collection } }, { 'user.value': { equals: req.user?.id } }] })

/** May this user change this document (or global): its update access, asked about it. A missing id is a no. */
export async function mayEdit(req: PayloadRequest, target: { collection?: string | null; id?: unknown; global?: string | null }): Promise<boolean> {
  if (!isStaff(req.user)) return false
  if (target.global) {
    const global = req.payload.config.globals.find((g) => g.slug === target.global)
    if (!global) return false
    return Boolean(global.access.update ? await global.access.update({ req, data: {} }) : true)
  }
  const config = target.collection ? req.payload.collections[target.collection as CollectionSlug]?.config : undefined
  const id = idOf(target.id)
  if (!config || id === undefined || id === '') return false
  const access = config.access.update ? await config.access.update({ req, id: id as never }) : true
  if (access === false) return false
  const where: Where = access === true ? { id: { equals: id } } : { and: [{ id: { equals: id } }, access] }
  const { totalDocs } = await keepingRequestLocale(req, () => req.payload.count({ collection: config.slug as CollectionSlug, where, overrideAccess: true, req }))
  return totalDocs > 0
}

/** The locks this user may see: on documents they may read (asked as them), on globals they may read, and their own. */
const readLocks: Access = async ({ req }) => {
  if (isAdmin(req)) return true
  if (!isStaff(req.user)) return false
  // Locks are few (one per document open in the admin, expired ones cleared on the next lock).
  const { docs } = await req.payload.db.find({ collection: lockedDocumentsSlug, limit: 0, pagination: false, req })
  const byCollection = new Map<string, Set<string | number>>()
  const globals = new Set<string>()
  for (const lock of docs as unknown as Lock[]) {
    const id = idOf(lock.document?.value)
    if (lock.document?.relationTo && id !== undefined) byCollection.set(lock.document.relationTo, (byCollection.get(lock.document.relationTo) ?? new Set()).add(id))
    if (lock.globalSlug) globals.add(lock.globalSlug)
  }
  const readable: Where[] = [ownLocks(req)]
  for (const [collection, ids] of byCollection) {
    if (!req.payload.collections[collection as CollectionSlug]) continue
    const { docs: visible } = await keepingRequestLocale(req, () =>
      req.payload.find({
        collection: collection as CollectionSlug,
        where: { id: { in: [...ids] } },
        depth: 0,
        limit: ids.size,
        pagination: false,
        select: {},
        overrideAccess: false,
        user: req.user,
        req,
      }),
    )
    if (visible.length > 0) readable.push({ and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { in: visible.map((doc) => doc.id) } }] })
  }
  const readableGlobals: string[] = []
  for (const slug of globals) {
    const global = req.payload.config.globals.find((g) => g.slug === slug)
    if (global && (!global.access.read || (await global.access.read({ req })))) readableGlobals.push(slug)
  }
  if (readableGlobals.length > 0) readable.push({ globalSlug: { in: readableGlobals } })
  return { or: readable }
}

/** Changing a lock: among those one may see (another office's lock is not there to change); what it may say is guardLockChange's. */
const updateLocks: Access = (args) => readLocks(args)

const deleteLocks: Access = ({ req }) => (isAdmin(req) ? true : isStaff(req.user) ? ownLocks(req) : false)

/** What a lock says after the save: the user's own name, on a document or global they may update. */
export const guardLockChange: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user || isAdmin(req)) return data
  const lock = { ...(originalDoc as Lock | undefined), ...(data as Partial<Lock>) }
  const owner = lock.user
  const ownName = owner != null && String(idOf(owner.value)) === String(req.user.id) && (owner.relationTo ?? req.user.collection) === req.user.collection
  if (!ownName) throw refuse(req, 'editLock')
  const target = lock.document?.relationTo ? { collection: lock.document.relationTo, id: lock.document.value } : { global: lock.globalSlug }
  if (!(await mayEdit(req, target))) throw refuse(req, 'editLock')
  return data
}

/** Applied to the sanitized config (payload.config.ts), where Payload has added the collection. */
export function guardEditLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === lockedDocumentsSlug)
  if (!locks) return config
  locks.access = { ...locks.access, read: readLocks, create: ({ req }) => isStaff(req.user), update: updateLocks, delete: deleteLocks }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), guardLockChange]
  return config
}
