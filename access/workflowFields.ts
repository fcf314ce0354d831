import type { FieldAccess, Where } from 'payload'

import { officeIds, type OfficeField } from './offices'
import { hasRole, isStaff } from './roles'

/**
 * Workflow fields (the review status, the editor's comment, who saved last, the missing
 * translations) are an office's internal business: admins and the staff of the document's own
 * offices read them, nobody else (a contributor of one office read another office's review
 * comments on its published news). Where the offices are: `country` (news, statements, facts),
 * `countries` (programmes), or the document itself (`self`: a country page is its own office).
 * A document without an office (a global figure) is the site-wide editors' (`globalEditor`).
 */
export type WorkflowOffices = OfficeField | 'self'

type MaybeUser = { roles?: string[] | null; countries?: unknown; globalEditor?: boolean | null } | null | undefined

/** Marks a field as read by the document's offices only, for the query check (lib/api/queryGuard.ts). */
export const workflowCustom = (offices: WorkflowOffices) => ({ readByOffice: offices })

export const readByOfficeOf = (custom: unknown): WorkflowOffices | undefined => (custom as { readByOffice?: WorkflowOffices } | undefined)?.readByOffice

const globalEditor = (user: MaybeUser) => hasRole(user, 'editor') && Boolean(user?.globalEditor)

function idsIn(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value]
  return list
    .map((v) => (v && typeof v === 'object' ? (v as { id: string | number }).id : (v as string | number)))
    .filter((v) => v != null)
    .map(String)
}

/**
 * Field read access. With a document (every read: find, findByID, versions, populated
 * relations) it is that document's offices that count; without one Payload asks whether the
 * field may be read at all (permissions for the admin's columns and filters, validating a where
 * or a sort), which any staff member may: queries on these fields are limited to one's own
 * offices' documents by `scopeWorkflowQuery`. A document read without its office (a `select`
 * leaving it out, which the query check prevents) is refused.
 */
export const readInOwnOffices =
  (offices: WorkflowOffices): FieldAccess =>
  ({ req: { user }, doc }) => {
    if (hasRole(user, 'admin')) return true
    if (!isStaff(user)) return false
    if (!doc) return true
    const record = doc as Record<string, unknown>
    const key = offices === 'self' ? 'id' : offices
    // A document being created (the admin's new-document form: no id, no office chosen yet) is
    // the writer's own: a contributor submits it for review through this field.
    if (record.id == null && (key === 'id' || record[key] == null)) return true
    if (!(key in record)) return false
    const ids = idsIn(record[key])
    if (ids.length === 0) return globalEditor(user)
    const own = officeIds(user).map(String)
    return ids.some((id) => own.includes(id))
  }

/**
 * The documents whose workflow fields a user may read, as a Where (`prefix`: `version.` for
 * version history). What `readInOwnOffices` answers for one document, for a query.
 */
export function workflowOfficeWhere(user: MaybeUser, offices: WorkflowOffices, prefix = ''): Where | true {
  if (hasRole(user, 'admin')) return true
  const own = officeIds(user)
  if (offices === 'self') return { id: { in: own } }
  const inOwn: Where = { [`${prefix}${offices}`]: { in: own } }
  return globalEditor(user) ? { or: [inOwn, { [`${prefix}${offices}`]: { exists: false } }] } : inOwn
}
