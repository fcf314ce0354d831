import type { Access, Where } from 'payload'

import { hasRole, isStaff, type Role } from './roles'

/**
 * Access per country office, as data: a user's `countries` become `Where` clauses, so one rule
 * filters the admin's lists, guards REST and local-API writes alike. Admins are not limited.
 *
 *                 create   read drafts   update        publish/unpublish   delete
 *   admin         any      any           any           any                 any
 *   editor        own      own           own           own                 own
 *   contributor   own      own           own (drafts)  never               never
 *   translator    never    own           own, non-default locales, drafts only   never
 *   partner, anonymous: published documents only, no writes.
 *
 * Facts and country pages have no drafts (a change is live at once): their editors (and admins)
 * change them, nobody else. Translators change text of a non-default language only, never a
 * value shared by every language (collections/hooks/sharedValues.ts). These hold for every way of writing
 * (create, duplicate, update one or many, autosave, restore, locale switches): the hooks in
 * collections/hooks/offices.ts check them on every save.
 */

export type MaybeUser = { roles?: string[] | null; countries?: unknown; globalEditor?: boolean | null } | null | undefined

/** The ids of the offices a user belongs to (the JWT holds ids; a populated user holds documents). */
export function officeIds(user: MaybeUser): (string | number)[] {
  const countries = Array.isArray(user?.countries) ? user.countries : []
  return countries.map((c) => (c && typeof c === 'object' ? (c as { id: string | number }).id : (c as string | number))).filter((id) => id != null)
}

export const isAdmin = (user: MaybeUser) => hasRole(user, 'admin')

/** The field that ties a document to offices: one `country`, or several `countries` (programmes). */
export type OfficeField = 'country' | 'countries'

const inOwnOffices = (user: MaybeUser, field: OfficeField): Where => ({ [field]: { in: officeIds(user) } })

export function idsOf(value: unknown): (string | number)[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value]
  return list.map((v) => (v && typeof v === 'object' ? (v as { id: string | number }).id : (v as string | number))).filter((v) => v != null)
}

/** Staff see drafts of their own offices; everyone else (partners, the public) published only. */
export const readOwnDrafts =
  (field: OfficeField): Access =>
  ({ req: { user } }) => {
    if (isAdmin(user)) return true
    const published: Where = { _status: { equals: 'published' } }
    if (isStaff(user)) return { or: [published, inOwnOffices(user, field)] }
    return published
  }

/** Version history of the user's own offices (the drafts in it are not public). */
export const readOwnVersions =
  (field: OfficeField): Access =>
  ({ req: { user } }) => {
    if (isAdmin(user)) return true
    if (isStaff(user)) return { [`version.${field}`]: { in: officeIds(user) } }
    return false
  }

/**
 * Creating in one's own offices. Without an office in `data` (the admin asking whether to show
 * "Create new", or opening an empty form) the role decides; keepInOwnOffices then refuses a
 * save whose office is missing or foreign. With an office, it must be one's own.
 */
export const createInOwnOffice =
  (field: OfficeField, roles: Role[]): Access =>
  ({ req: { user }, data }) => {
    if (isAdmin(user)) return true
    if (!hasRole(user, ...roles)) return false
    const wanted = idsOf((data as Record<string, unknown> | undefined)?.[field])
    if (wanted.length === 0) return true
    const own = officeIds(user).map(String)
    return wanted.some((id) => own.includes(String(id)))
  }

/** Updating (or deleting) documents of one's own offices. */
export const changeInOwnOffice =
  (field: OfficeField, roles: Role[]): Access =>
  ({ req: { user } }) => {
    if (isAdmin(user)) return true
    if (!hasRole(user, ...roles)) return false
    return inOwnOffices(user, field)
  }

/**
 * Country documents: an office's editors update their own office's page. Country pages have no
 * drafts, so a change is live at once: translators do not change them (guardChange).
 */
export const ownCountry: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  if (!hasRole(user, 'editor')) return false
  return { id: { in: officeIds(user) } }
}

/**
 * Facts: an office's figures by its editors; global figures by admins and editors given the
 * global flag. Creating checks the new figure's scope and office (`factsCreate`); changing and
 * deleting, one or many, are limited to the figures one may edit (`factsOfOwnOffice`, a Where:
 * a bulk update has no id either, and must never be judged by the data it sends), and
 * keepFactsInOwnOffice checks where a change would move them. Facts have no drafts: a change is
 * live at once, so translators do not change them (guardChange).
 */
export const factsCreate: Access = ({ req: { user }, data }) => {
  if (isAdmin(user)) return true
  if (!hasRole(user, 'editor')) return false
  // No data: the admin asking whether to offer "Create new"; keepFactsInOwnOffice checks the save.
  return data ? factAllowed(user, data as FactPlace) : true
}

export const factsOfOwnOffice: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  if (!hasRole(user, 'editor')) return false
  const global = Boolean(user?.globalEditor)
  return global ? { or: [{ scope: { equals: 'global' } }, inOwnOffices(user, 'country')] } : inOwnOffices(user, 'country')
}

export type FactPlace = { scope?: string; country?: unknown }

export function factAllowed(user: MaybeUser, { scope, country }: FactPlace): boolean {
  if (scope === 'global') return Boolean(user?.globalEditor) && hasRole(user, 'editor')
  const wanted = idsOf(country).map(String)
  return wanted.length === 1 && officeIds(user).map(String).includes(wanted[0])
}

/** Admins, and editors given the global flag. */
export const isGlobalEditor = (user: MaybeUser): boolean => isAdmin(user) || (hasRole(user, 'editor') && Boolean(user?.globalEditor))

/** Site-wide settings (navigation, footer): admins and editors given the global flag. */
export const globalEditors: Access = ({ req: { user } }) => isGlobalEditor(user)
