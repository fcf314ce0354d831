import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionBeforeOperationHook, CollectionConfig, CollectionSlug, Field, PayloadRequest, Where } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { refuse } from '@/lib/refuse'
import { keepingRequestLocale } from '@/lib/requestLocale'
import { documentOffices, mediaUsedBy } from './publishMedia'
import { officeIds } from '@/access/offices'
import { hasRole } from '@/access/roles'
import { sharedChanges } from '@/collections/hooks/sharedValues'

/**
 * Media have no office and no drafts: a file follows the documents that use it. Its offices are
 * those of every document whose published (main) version or latest draft uses it, in an upload
 * field or as an image in a rich text, in any language. Replacing the file, changing its alt
 * text, credit or focal point, and deleting it:
 *
 *                 public file (live)            private file (drafts only, or unused)
 *   admin         yes                           yes
 *   editor        if every user is own office   if every user is own office
 *   contributor   never                         if every user is own office (no delete)
 *   translator    never                         alt text of a non-default language only
 *
 * A public file is on the site: its change is live at once, so it follows the review of the
 * documents that show it (their editors). A file nobody uses yet is its uploader's work in
 * progress (any office's staff who can see it may describe it, editors delete it). Who changes
 * a file is derived here, from its uses now; who sees a private file is the `offices` stored on
 * it (access/media.ts), which also hides another office's private file from these
 * changes (a 404-like refusal, as for a missing id).
 */

type Use = { collection: CollectionSlug; id: string | number; offices: string[] }

const pageSize = 100

/** Collections whose documents can use media: an upload field to media, or a rich text. */
function usingCollections(req: PayloadRequest): CollectionConfig[] {
  const visit = (fields: Field[]): boolean =>
    fields.some((field) => {
      if (field.type === 'upload') return ([] as string[]).concat(field.relationTo).includes('media')
      if (field.type === 'richText') return true
      if ('fields' in field && Array.isArray(field.fields)) return visit(field.fields)
      if (field.type === 'tabs') return field.tabs.some((tab) => visit(tab.fields))
      if (field.type === 'blocks') return field.blocks.some((block) => visit(block.fields))
      return false
    })
  return req.payload.config.collections.filter((c) => c.slug !== 'media' && !c.slug.startsWith('payload-') && !c.auth && visit(c.fields))
}

/**
 * The documents that use a media file. A document can only use a file in a save after the
 * upload, so only documents (and latest drafts) saved since then are read, a page at a time.
 */
export function mediaUses(req: PayloadRequest, media: { id: string | number; createdAt?: string | null }): Promise<Use[]> {
  // Reads in the save's transaction; they would leave their locale ('all') on the save's req.
  return keepingRequestLocale(req, () => findUses(req, media))
}

async function findUses(req: PayloadRequest, media: { id: string | number; createdAt?: string | null }): Promise<Use[]> {
  // Uploaded when its record says (the server's clock: collections/hooks/serverTimestamps.ts); a date that is not
  // a past one bounds nothing.
  const uploaded = media.createdAt ? new Date(media.createdAt).getTime() : NaN
  const since = Number.isFinite(uploaded) && uploaded <= Date.now() ? new Date(uploaded - 60_000).toISOString() : undefined
  const recent: Where = since ? { updatedAt: { greater_than_equal: since } } : {}
  const uses: Use[] = []
  for (const config of usingCollections(req)) {
    const collection = config.slug as CollectionSlug
    for (let page = 1; ; page++) {
      const result = await req.payload.find({ collection, where: recent, locale: 'all', depth: 0, draft: false, limit: pageSize, page, overrideAccess: true, req })
      for (const doc of result.docs as unknown as Record<string, unknown>[]) {
        if (mediaUsedBy(doc, config.fields).map(String).includes(String(media.id)))
          uses.push({ collection, id: doc.id as string | number, offices: documentOffices(collection, doc, doc.id as string | number) })
      }
      if (!result.hasNextPage) break
    }
    if (!config.versions || !(typeof config.versions === 'object' && config.versions.drafts)) continue
    for (let page = 1; ; page++) {
      const result = await req.payload.findVersions({
        collection,
        where: { and: [{ latest: { equals: true } }, recent] },
        locale: 'all',
        depth: 0,
        limit: pageSize,
        page,
        overrideAccess: true,
        req,
      })
      for (const version of result.docs) {
        const doc = version.version as unknown as Record<string, unknown>
        const parent = (typeof version.parent === 'object' && version.parent !== null ? (version.parent as { id: string | number }).id : version.parent) as string | number
        if (mediaUsedBy(doc, config.fields).map(String).includes(String(media.id))) uses.push({ collection, id: parent, offices: documentOffices(collection, doc, parent) })
      }
      if (!result.hasNextPage) break
    }
  }
  return uses
}

const isPublic = (media: { public?: boolean | null }) => media.public !== false

/** Whether every document using the file belongs to one of the user's offices; which do not. */
async function foreignUses(req: PayloadRequest, media: { id: string | number; createdAt?: string | null }): Promise<Use[]> {
  const own = officeIds(req.user).map(String)
  return (await mediaUses(req, media)).filter((use) => !use.offices.some((office) => own.includes(office)))
}

/** The documents that keep a file, as a refusal names them: up to three, then "…". */
const otherOffice = (req: PayloadRequest, uses: Use[]) => {
  const keys = [...new Set(uses.map((use) => `${use.collection} ${use.id}`))]
  return refuse(req, 'mediaOtherOffice', { documents: `${keys.slice(0, 3).join(', ')}${keys.length > 3 ? ', …' : ''}` })
}

/**
 * A change to a media record (its file, alt text, credit, focal point), however it is made: one
 * record or many (bulk updates call this per record), the admin or REST.
 */
export const guardMediaChange: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const { user } = req
  if (operation !== 'update' || !user || hasRole(user, 'admin') || !originalDoc) return data
  const media = originalDoc as { id: string | number; createdAt?: string | null; public?: boolean | null }
  const editor = hasRole(user, 'editor')
  if (!editor && isPublic(media)) {
    throw refuse(req, 'mediaPublic')
  }
  if (!editor && !hasRole(user, 'contributor')) {
    // Translators: the alt text of their language, nothing shared.
    if (req.file) throw refuse(req, 'mediaTranslatorFile')
    const locale = req.locale
    if (!locale || locale === defaultLocale || locale === 'all') {
      throw refuse(req, 'translate', { defaultLocale })
    }
    const shared = sharedChanges(
      collection.fields.filter((field) => 'name' in field && field.name === 'credit'),
      data,
      originalDoc,
    )
    if (shared.length > 0) throw refuse(req, 'sharedValues', { fields: shared.join(', '), count: shared.length })
  }
  const foreign = await foreignUses(req, media)
  if (foreign.length > 0) throw otherOffice(req, foreign)
  return data
}

/** Deleting a media record (one or many): editors under the same office rule, and admins. */
export const guardMediaDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { user } = req
  if (!user || hasRole(user, 'admin')) return
  if (!hasRole(user, 'editor')) throw refuse(req, 'mediaDelete')
  const media = await keepingRequestLocale(req, () => req.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, disableErrors: true, req }))
  if (!media) return
  const foreign = await foreignUses(req, media as unknown as { id: string | number; createdAt?: string | null })
  if (foreign.length > 0) throw otherOffice(req, foreign)
}

/**
 * Using a file in a document (an upload field, an image in a rich text): a private file is a
 * draft's, and publishing a document that uses it makes it public (access/media.ts).
 * So anyone but an admin adds only public files, or private ones whose documents are all of
 * their own offices (an unused upload included): an editor could otherwise publish another
 * office's embargoed image or PDF by using it in their own article.
 */
export const attachOwnMedia: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const { user } = req
  if (!user || hasRole(user, 'admin') || !data) return data
  const before = new Set(mediaUsedBy((originalDoc ?? {}) as Record<string, unknown>, collection.fields).map(String))
  const added = mediaUsedBy(data, collection.fields).filter((id) => !before.has(String(id)))
  if (added.length === 0) return data
  const { docs } = await keepingRequestLocale(req, () =>
    req.payload.find({
      collection: 'media',
      where: { and: [{ id: { in: added } }, { public: { equals: false } }] },
      depth: 0,
      limit: added.length,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  )
  for (const media of docs) {
    const foreign = await foreignUses(req, media as unknown as { id: string | number; createdAt?: string | null })
    if (foreign.length > 0) {
      throw refuse(req, 'mediaPrivateUse', { id: String(media.id) })
    }
  }
  return data
}

/**
 * Duplicating a media record copies its file into a new, unused record that the user may then
 * attach and publish: a private file (an embargoed image or PDF) used by another office's
 * documents is copied only by that office's editors or an admin (an attacker's review found an
 * editor of one office publishing the other's embargoed file this way).
 */
export const duplicateOwnMedia: CollectionBeforeOperationHook<'media'> = async ({ args, operation, req }) => {
  const from = (args as { duplicateFromID?: string | number }).duplicateFromID
  const { user } = req
  if (operation !== 'create' || from == null || !user || hasRole(user, 'admin')) return args
  const source = await req.payload.findByID({ collection: 'media', id: from, depth: 0, overrideAccess: true, disableErrors: true, req }).catch(() => null)
  if (!source || isPublic(source as { public?: boolean | null })) return args
  const foreign = await foreignUses(req, source as { id: string | number; createdAt?: string | null })
  if (foreign.length > 0) {
    throw refuse(req, 'mediaPrivateCopy')
  }
  return args
}
