import { buildFormStateHandler } from '@payloadcms/ui/utilities/buildFormState'
import type { BuildFormStateArgs } from 'payload'

import { mayEdit } from '@/collections/LockedDocuments'
import { hasRole } from '@/access/roles'

type Args = Parameters<typeof buildFormStateHandler>[0]

/**
 * The admin's "form-state" server function, registered in app/(payload)/layout.tsx in place of
 * Payload's own. Payload's also takes the edit lock of the document it is asked about
 * (`returnLockStatus`): it writes the lock straight in the database (no access, no hooks), for
 * any id the caller names. Here a lock is taken only on a document (or global) the user may
 * update, the rule collections/LockedDocuments/index.ts applies to every other way of writing a lock; anyone
 * else gets the form state without taking or refreshing a lock.
 */
export async function formStateServerFunction(args: Args): ReturnType<typeof buildFormStateHandler> {
  const { req } = args
  const { collectionSlug, globalSlug, id, returnLockStatus } = args as unknown as BuildFormStateArgs & { id?: unknown }
  if (returnLockStatus && req.user && !hasRole(req.user, 'admin') && (id != null || globalSlug)) {
    const allowed = await mayEdit(req, collectionSlug ? { collection: collectionSlug, id } : { global: globalSlug }).catch(() => false)
    if (!allowed) return buildFormStateHandler({ ...args, returnLockStatus: false, updateLastEdited: false } as Args)
  }
  return buildFormStateHandler(args)
}
