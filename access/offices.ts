import type { Access, CollectionBeforeChangeHook, CollectionBeforeOperationHook, Where } from 'payload'

import { defaultLocale } from '../i18n/locales'
import { refuse } from '../lib/refuse'
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
 */

type MaybeUser = { roles?: string[] | null; countries?: unknown; globalEditor?: boolean | null } | null | undefined

/** The ids of the offices a user belongs to (the JWT holds ids; a populated user holds documents). */
export function officeIds(user: MaybeUser): (string | number)[] {
  const countries = Array.isArray(user?.countries) ? user.countries : []
  return countries.map((c) => (c && typeof c === 'object' ? (c as { id: string | number }).id : (c as string | number))).filter((id) => id != null)
}

const isAdmin = (user: MaybeUser) => hasRole(user, 'admin')

/** The field that ties a document to offices: one `country`, or several `countries` (programmes). */
export type OfficeField = 'country' | 'countries'

const inOwnOffices = (user: MaybeUser, field: OfficeField): Where => ({ [field]: { in: officeIds(user) } })

function idsOf(value: unknown): (string | number)[] {
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

/** Country documents: editors (and translators, in their languages) update their own office's page. */
export const ownCountry: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  if (!hasRole(user, 'editor', 'translator')) return false
  return { id: { in: officeIds(user) } }
}

/** Translators translate (update, in non-default locales) the figures of their offices and the global ones. */
export const translateFacts: Access = (args) => {
  const { user } = args.req
  if (hasRole(user, 'translator') && !hasRole(user, 'admin', 'editor')) {
    return { or: [{ scope: { equals: 'global' } }, inOwnOffices(user, 'country')] }
  }
  return factsOfOwnOffice(args)
}

/**
 * Facts: an office's figures by its editors; global figures by admins and editors given the
 * global flag. Creating checks the new figure's scope and office; changing is limited to the
 * figures one may edit (and keepFactsInOwnOffice checks where a change would move them).
 */
export const factsOfOwnOffice: Access = ({ req: { user }, data, id }) => {
  if (isAdmin(user)) return true
  if (!hasRole(user, 'editor')) return false
  const global = Boolean(user?.globalEditor)
  if (data && id === undefined) return factAllowed(user, data as FactPlace)
  return global ? { or: [{ scope: { equals: 'global' } }, inOwnOffices(user, 'country')] } : inOwnOffices(user, 'country')
}

type FactPlace = { scope?: string; country?: unknown }

function factAllowed(user: MaybeUser, { scope, country }: FactPlace): boolean {
  if (scope === 'global') return Boolean(user?.globalEditor) && hasRole(user, 'editor')
  const wanted = idsOf(country).map(String)
  return wanted.length === 1 && officeIds(user).map(String).includes(wanted[0])
}

/** A figure cannot be moved to another office, or made global, by someone who may not edit it there. */
export const keepFactsInOwnOffice: CollectionBeforeChangeHook = ({ data, originalDoc, req: { user } }) => {
  if (!user || isAdmin(user) || !data || !('scope' in data || 'country' in data)) return data
  const place: FactPlace = { scope: data.scope ?? originalDoc?.scope, country: 'country' in data ? data.country : originalDoc?.country }
  const unchanged = originalDoc && place.scope === originalDoc.scope && String(idsOf(place.country)[0]) === String(idsOf(originalDoc.country)[0])
  if (unchanged || factAllowed(user, place)) return data
  throw refuse('You can only place figures in your own country office (global figures need the site-wide flag).')
}

/** Site-wide settings (navigation, footer): admins and editors given the global flag. */
export const globalEditors: Access = ({ req: { user } }) => isAdmin(user) || (hasRole(user, 'editor') && Boolean(user?.globalEditor))


/**
 * Who may publish: only admins and editors (of their offices; the access Where sees to that).
 * Contributors and translators save drafts only (`?draft=true`), so they can neither publish
 * nor unpublish; translators work in the non-default locales only. Checked before the
 * operation, where the draft flag is known.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one guard for every drafted collection
export const guardPublication: CollectionBeforeOperationHook<any> = ({ args, collection, operation, req }) => {
  const { user } = req
  if (!user || isAdmin(user) || hasRole(user, 'editor')) return args
  if (operation === 'restoreVersion') throw refuse('Only an editor of this office can restore a version.')
  if (operation !== 'create' && operation !== 'update') return args
  // Collections without drafts (facts, countries) have nothing to publish: only the locale rule applies.
  if (collection.versions?.drafts) {
    const data = (args as { data?: { _status?: string } }).data
    if (data?._status === 'published') {
      throw refuse('Only an editor of this office can publish. Save your changes as a draft and submit them for review.')
    }
    if (operation !== 'create' && !(args as { draft?: boolean }).draft) {
      throw refuse('Save your changes as a draft (add ?draft=true): an editor of this office publishes them.')
    }
  }
  if (hasRole(user, 'translator') && !hasRole(user, 'contributor')) {
    const locale = (args as { locale?: string }).locale ?? req.locale
    if (!locale || locale === defaultLocale || locale === 'all') {
      throw refuse(`Translators edit the translations only: choose a language other than ${defaultLocale} (e.g. ?locale=tr).`)
    }
  }
  return args
}

/** A document cannot be moved to (or created for) an office the user does not belong to. */
export const keepInOwnOffices =
  (field: OfficeField): CollectionBeforeChangeHook =>
  ({ data, operation, req: { user } }) => {
    if (!user || isAdmin(user)) return data
    // An update that leaves the office alone is fine; a new document must name one.
    if (operation === 'update' && !(field in (data ?? {}))) return data
    const wanted = idsOf(data[field]).map(String)
    const own = officeIds(user).map(String)
    const foreign = wanted.filter((id) => !own.includes(id))
    if (wanted.length === 0 || (field === 'country' && foreign.length > 0) || (field === 'countries' && !wanted.some((id) => own.includes(id)))) {
      throw refuse(`Choose your own country office${own.length > 1 ? 's' : ''}: you work for offices ${own.join(', ') || '(none)'}.`)
    }
    return data
  }
