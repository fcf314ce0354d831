import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { idsOf, isAdmin, officeIds, type MaybeUser, type OfficeField } from '@/access/offices'
import { hasRole } from '@/access/roles'
import { defaultLocale } from '@/i18n/locales'
import { refuse } from '@/lib/refuse'
import { keepingRequestLocale } from '@/lib/requestLocale'
import { sharedChanges } from './sharedValues'

// The office rules of access/offices.ts, checked on what every save writes (create, duplicate, update one or many, autosave, restore).

/** Editors and admins publish; contributors and translators save drafts that an editor publishes. */
const mayPublish = (user: MaybeUser) => hasRole(user, 'admin', 'editor')

/** A translator who is nothing else works in the translations only. */
const translatesOnly = (user: MaybeUser) => hasRole(user, 'translator') && !hasRole(user, 'admin', 'editor', 'contributor')

/**
 * Who may publish: only admins and editors (of their offices; the access Where sees to that).
 * Contributors and translators save drafts only (`?draft=true`), so they can neither publish
 * nor unpublish; translators work in the non-default locales only. This is the early check,
 * before the operation, where the draft flag is known; `guardChange` checks again on what is
 * saved, in the locale and with the status the save ends up with.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one guard for every drafted collection
export const guardPublication: CollectionBeforeOperationHook<any> = ({ args, collection, operation, req }) => {
  const { user } = req
  if (!user || mayPublish(user)) return args
  if (operation === 'restoreVersion') throw refuse(req, 'restore')
  if (operation !== 'create' && operation !== 'update') return args
  // Collections without drafts (facts, countries) have nothing to publish: only the locale rule applies.
  if (collection.versions?.drafts) {
    const data = (args as { data?: { _status?: string } }).data
    if (data?._status === 'published') throw refuse(req, 'publish')
    if (operation !== 'create' && !(args as { draft?: boolean }).draft) throw refuse(req, 'draft')
  }
  if (translatesOnly(user)) {
    const locale = (args as { locale?: string }).locale ?? req.locale
    if (!locale || locale === defaultLocale || locale === 'all') throw refuse(req, 'translate', { defaultLocale })
  }
  return args
}

/**
 * The same rules on what a save writes, in every way of writing (create, duplicate, update one
 * or many, autosave, the admin's forms): collection hooks run after Payload has settled the
 * locale (`publishSpecificLocale` switches it after beforeOperation; an unknown locale becomes
 * the default one) and the status (a duplicate copies its source's status unless saved as a
 * draft). For anyone who may not publish:
 * - a new document (a duplicate too) is a draft; a change is a draft, never the live document;
 * - collections without drafts (facts, country pages) are changed by editors only: any other
 *   change would be live at once;
 * - translators change the text of a non-default language only, never a value shared by every
 *   language (a number, a date, an office, a relation, an image, the rows of a list).
 */
export const guardChange: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  const { user } = req
  if (!user || mayPublish(user)) return data
  if (!collection.versions?.drafts) {
    throw refuse(req, 'noDrafts')
  }
  if (data?._status === 'published') throw refuse(req, 'publish')
  if (operation === 'create') data = { ...data, _status: 'draft' }
  else if (data?._status !== 'draft') throw refuse(req, 'draft')
  if (translatesOnly(user)) {
    const locale = req.locale
    if (!locale || locale === defaultLocale || locale === 'all') throw refuse(req, 'translate', { defaultLocale })
    const shared = sharedChanges(collection.fields, data, originalDoc)
    if (shared.length > 0) {
      throw refuse(req, 'sharedValues', { fields: shared.join(', '), count: shared.length })
    }
  }
  return data
}

/** The offices a stored document belongs to. */
export function officesOf(doc: Record<string, unknown> | null | undefined, field: OfficeField): string[] {
  return idsOf(doc?.[field]).map(String)
}

/**
 * Duplicating copies a document: only one of the user's own offices (a contributor could read,
 * and so copy, another office's published article into their own office).
 */
export const duplicateWithinOffices =
  (field: OfficeField): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    const from = (args as { duplicateFromID?: string | number }).duplicateFromID
    const { user } = req
    if (operation !== 'create' || from == null || !user || isAdmin(user)) return args
    const source = await keepingRequestLocale(req, () =>
      req.payload
        .findByID({ collection: collection.slug as CollectionSlug, id: from, depth: 0, draft: true, overrideAccess: false, user, disableErrors: true, req })
        .catch(() => null),
    )
    // Read as the user: a document they may not read (another office's draft) gets Payload's own
    // answer, the same as a missing id, not a refusal that tells it exists.
    if (!source) return args
    const own = officeIds(user).map(String)
    if (!officesOf(source as unknown as Record<string, unknown>, field).some((id) => own.includes(id))) {
      throw refuse(req, 'duplicateOwnOffice', { count: own.length })
    }
    return args
  }

/**
 * A document cannot be moved to (or created for) an office the user does not belong to. A
 * duplicate keeps its source's office unless the save names one. Programmes (several offices)
 * keep the other offices they had: linking a programme to an office puts it on that office's
 * page, and unlinking takes it off, which is that office's editors' (or an admin's) decision.
 */
export const keepInOwnOffices =
  (field: OfficeField): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    const { user } = req
    if (!user || isAdmin(user)) return data
    // An update that leaves the office alone is fine; a new document must name one.
    if (operation === 'update' && !(field in (data ?? {}))) return data
    const wanted = (field in (data ?? {}) ? idsOf(data[field]) : idsOf(originalDoc?.[field])).map(String)
    const own = officeIds(user).map(String)
    const foreign = wanted.filter((id) => !own.includes(id))
    const foreignBefore = operation === 'update' ? officesOf(originalDoc, field).filter((id) => !own.includes(id)) : []
    const sameForeign = foreign.length === foreignBefore.length && foreign.every((id) => foreignBefore.includes(id))
    if (wanted.length === 0 || (field === 'country' && foreign.length > 0) || (field === 'countries' && (!wanted.some((id) => own.includes(id)) || !sameForeign))) {
      throw refuse(req, 'ownOffice', { offices: own.join(', '), count: own.length })
    }
    return data
  }

/**
 * Relations to programmes put a document on those programmes' pages (a programme page lists its
 * news, statements and figures). Anyone but an admin links only to programmes of their own
 * offices: an editor of one office could otherwise place their article or figure on another
 * office's programme. Links already there (an admin's) stay through the office's own edits, and
 * taking a link away is the document's own office's choice.
 */
export const linkOwnProgrammes: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const { user } = req
  if (!user || isAdmin(user) || !data) return data
  const fields = collection.fields.filter(
    (field): field is Extract<typeof field, { name: string }> => field.type === 'relationship' && field.relationTo === 'programmes' && 'name' in field,
  )
  const added = fields.flatMap((field) => {
    if (!(field.name in data)) return []
    const before = new Set(idsOf(originalDoc?.[field.name]).map(String))
    return idsOf(data[field.name]).filter((id) => !before.has(String(id)))
  })
  if (added.length === 0) return data
  const { docs } = await keepingRequestLocale(req, () =>
    req.payload.find({
      collection: 'programmes',
      where: { and: [{ id: { in: added } }, { countries: { in: officeIds(user) } }] },
      depth: 0,
      limit: added.length,
      pagination: false,
      select: {},
      overrideAccess: true,
      req,
    }),
  )
  const own = new Set(docs.map((doc) => String(doc.id)))
  const foreign = added.filter((id) => !own.has(String(id)))
  if (foreign.length > 0) {
    throw refuse(req, 'foreignProgrammes', { ids: foreign.join(', '), count: foreign.length })
  }
  return data
}
