import type { Access, CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug, Field } from 'payload'

import { idOf, visitObjects } from '../lib/relations'
import { isStaff } from './roles'

/**
 * Media become public with the first published document that uses them. An upload made for a
 * draft (the statement's PDF before its embargo, a hero image of a story in preparation) is
 * staff's only: its record, its file and every size of it. Staff see all of it.
 *
 * `public` is set by `publishMedia` only (field access refuses it to everyone; the hook writes
 * with overrideAccess). Records from before the field (a MongoDB without it, SQLite rows the
 * migration marked) were public and stay so.
 */
export const mediaRead: Access = ({ req }) => (isStaff(req.user) ? true : { or: [{ public: { equals: true } }, { public: { exists: false } }] })

/**
 * The media field: read-only in the admin, written by the hooks alone. No defaultValue: Payload
 * would fill it into records read without the field (MongoDB documents from before it) and the
 * next edit would save them private; `privateOnUpload` marks new uploads instead.
 */
export const mediaPublicField: Field = {
  name: 'public',
  type: 'checkbox',
  index: true,
  label: { en: 'Public', tr: 'Herkese açık' },
  access: { create: () => false, update: () => false },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Set when a published document first uses this file. Until then only staff can see it.',
      tr: 'Bu dosyayı kullanan bir belge ilk yayımlandığında işaretlenir. O zamana kadar dosyayı yalnızca personel görebilir.',
    },
  },
}

/** A new upload starts private (after field access, which keeps `public` out of what clients send). */
export const privateOnUpload: CollectionBeforeChangeHook = ({ data, operation }) => (operation === 'create' ? { ...data, public: false } : data)

/**
 * Paths of the fields that hold a media upload (groups, rows, collapsibles and tabs looked into;
 * no collection has one inside an array or blocks: tests/unit/media-fields.test.ts fails when one does).
 */
export function mediaFieldPaths(fields: Field[], prefix: string[] = []): string[][] {
  return fields.flatMap((field): string[][] => {
    if (field.type === 'upload') return (Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]).includes('media') ? [[...prefix, field.name]] : []
    if (field.type === 'group') return mediaFieldPaths(field.fields, 'name' in field && field.name ? [...prefix, field.name] : prefix)
    if (field.type === 'row' || field.type === 'collapsible') return mediaFieldPaths(field.fields, prefix)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => mediaFieldPaths(tab.fields, 'name' in tab && tab.name ? [...prefix, tab.name] : prefix))
    return []
  })
}

/** Media ids in a document read with locale 'all': its upload fields and the rich texts' upload nodes. */
export function mediaUsedBy(doc: Record<string, unknown>, fields: Field[]): Array<string | number> {
  const ids = new Set<string | number>()
  const add = (value: unknown) => {
    const id = idOf(value)
    if (id !== undefined) ids.add(id)
  }
  for (const path of mediaFieldPaths(fields)) {
    const value = path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), doc)
    // A localized upload field reads as { en: id, tr: id } with locale 'all'.
    if (typeof value === 'object' && value !== null && !('id' in value)) Object.values(value).forEach(add)
    else add(value)
  }
  visitObjects(doc, (record) => {
    if (record.type === 'upload' && record.relationTo === 'media') add(record.value)
  })
  return [...ids]
}

/** After a save: when the document is published (or has no drafts), its media become public. */
export const publishMedia: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const status = (doc as { _status?: string })._status
  if (status !== undefined && status !== 'published') return doc
  // Every language's text (publishing publishes them all), read in the save's transaction.
  // The local API leaves its locale on the req it is given: the save's later hooks (the
  // search index) need theirs back.
  const { locale, fallbackLocale } = req
  let published: Record<string, unknown>
  try {
    published = (await req.payload.findByID({ collection: collection.slug as CollectionSlug, id: doc.id, locale: 'all', depth: 0, draft: false, overrideAccess: true, req })) as unknown as Record<string, unknown>
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
  const ids = mediaUsedBy(published, collection.fields)
  if (ids.length === 0) return doc
  // Straight to the database: a media record is not re-validated for this (an image whose alt
  // text exists only in Turkish would fail an English save), and nothing else of it changes.
  // The pages that show it are expired by the document's own save.
  await req.payload.db.updateMany({ collection: 'media', where: { and: [{ id: { in: ids } }, { public: { not_equals: true } }] }, data: { public: true }, req, returning: false })
  return doc
}
