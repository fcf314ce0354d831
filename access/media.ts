import type { Access, PayloadRequest, Where } from 'payload'

import { officeIds } from './offices'
import { hasRole, isStaff } from './roles'

/**
 * Media become public with the first published document that uses them. An upload made for a
 * draft (the statement's PDF before its embargo, a hero image of a story in preparation) is
 * its offices' staff's only until then: its record, its file and every size of it. Admins see all.
 *
 * `public` is set by `publishMedia` only (field access refuses it to everyone; the hook writes
 * with overrideAccess). Records from before the field (a MongoDB without it, SQLite rows the
 * migration marked) were public and stay so.
 *
 * `offices` are the offices a private file belongs to: the uploader's on upload, and those of
 * every document (draft or published) that has used it since (`publishMedia` adds them, straight
 * in the database). Staff other than admins see a private file only when it is of one of their
 * offices, or when it has no office recorded (an upload by someone without offices that nothing
 * uses yet, or a record from before the field: they stay visible to all staff until a
 * document's save names their offices). A Where, so lists, counts, the record, its file and its
 * sizes all obey it: another office's embargoed file answers 404, as a missing one does.
 */
const publicMedia: Where[] = [{ public: { equals: true } }, { public: { exists: false } }]

export function mediaVisibleTo(user: PayloadRequest['user']): Where | boolean {
  if (hasRole(user, 'admin')) return true
  if (!isStaff(user)) return { or: publicMedia }
  const own = officeIds(user)
  return { or: [...publicMedia, { offices: { exists: false } }, ...(own.length > 0 ? [{ offices: { in: own } }] : [])] }
}

export const mediaRead: Access = ({ req }) => mediaVisibleTo(req.user)

/** Changing a file: staff, among the files they may see (another office's private file is a 404); who exactly is collections/Media/hooks/guards.ts's. */
export const mediaUpdate: Access = ({ req }) => (isStaff(req.user) ? mediaVisibleTo(req.user) : false)

/** Deleting a file: editors and admins, likewise. */
export const mediaDelete: Access = ({ req }) => (hasRole(req.user, 'admin', 'editor') ? mediaVisibleTo(req.user) : false)
