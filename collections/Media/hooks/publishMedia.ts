import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug, Field, PayloadRequest } from 'payload'

import { officeIds } from '@/access/offices'
import { idOf, visitObjects } from '@/lib/relationValues'
import { keepingRequestLocale } from '@/lib/requestLocale'

// A file's visibility follows its uses (access/media.ts says who sees what): the uploader's offices on upload, the offices of every document that uses it after each save, public with the first published one.

/**
 * A new upload starts private and belongs to its uploader's offices (after field access, which
 * keeps `public` and `offices` out of what clients send). A duplicate is a new upload too. An
 * uploader without offices (an admin) leaves the field out rather than empty: MongoDB's
 * `exists: false` does not match an empty list.
 */
export const privateOnUpload: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const upload: Record<string, unknown> = { ...data, public: false }
  delete upload.offices
  const own = officeIds(req.user)
  return own.length > 0 ? { ...upload, offices: own } : upload
}

/**
 * Paths of the fields that hold a media upload: groups, rows, collapsibles and tabs looked
 * into, and arrays and blocks (a block's fields under its slug: `layout.hero.image`).
 * tests/unit/media-fields.test.ts checks it against an independent walk of every collection.
 */
export function mediaFieldPaths(fields: Field[], prefix: string[] = []): string[][] {
  return fields.flatMap((field): string[][] => {
    if (field.type === 'upload') return (Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]).includes('media') ? [[...prefix, field.name]] : []
    if (field.type === 'group') return mediaFieldPaths(field.fields, 'name' in field && field.name ? [...prefix, field.name] : prefix)
    if (field.type === 'row' || field.type === 'collapsible') return mediaFieldPaths(field.fields, prefix)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => mediaFieldPaths(tab.fields, 'name' in tab && tab.name ? [...prefix, tab.name] : prefix))
    if (field.type === 'array') return mediaFieldPaths(field.fields, [...prefix, field.name])
    if (field.type === 'blocks') return (field.blocks ?? []).flatMap((block) => mediaFieldPaths(block.fields, [...prefix, field.name, block.slug]))
    return []
  })
}

/** A value read with locale 'all': a localized one is `{ en: …, tr: … }`, each language's value in turn. */
const perLanguage = (value: unknown, isLocalized: boolean): unknown[] =>
  isLocalized && typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.values(value) : [value]

/** Walks fields and data together (arrays row by row, blocks by each row's `blockType`), calling `add` with each media upload's value. */
function visitUploads(fields: Field[], data: unknown, add: (value: unknown) => void): void {
  if (typeof data !== 'object' || data === null) return
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') visitUploads(field.fields, record, add)
    else if (field.type === 'tabs') for (const tab of field.tabs) visitUploads(tab.fields, 'name' in tab && tab.name ? record[tab.name] : record, add)
    else if (field.type === 'group') {
      const named = 'name' in field && field.name
      for (const value of named ? perLanguage(record[field.name], Boolean(field.localized)) : [record]) visitUploads(field.fields, value, add)
    } else if (field.type === 'upload') {
      if (!(Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]).includes('media')) continue
      for (const value of perLanguage(record[field.name], Boolean(field.localized))) for (const entry of Array.isArray(value) ? value : [value]) add(entry)
    } else if (field.type === 'array' || field.type === 'blocks') {
      for (const rows of perLanguage(record[field.name], Boolean(field.localized))) {
        for (const row of Array.isArray(rows) ? rows : []) {
          const blockType = (row as { blockType?: string } | null)?.blockType
          const rowFields = field.type === 'array' ? field.fields : (field.blocks ?? []).find((block) => block.slug === blockType)?.fields
          if (rowFields) visitUploads(rowFields, row, add)
        }
      }
    }
  }
}

/** Media ids in a document read with locale 'all': its upload fields (in groups, arrays and blocks) and the rich texts' upload nodes. */
export function mediaUsedBy(doc: Record<string, unknown>, fields: Field[]): Array<string | number> {
  const ids = new Set<string | number>()
  const add = (value: unknown) => {
    const id = idOf(value)
    if (id !== undefined) ids.add(id)
  }
  visitUploads(fields, doc, add)
  visitObjects(doc, (record) => {
    if (record.type === 'upload' && record.relationTo === 'media') add(record.value)
  })
  return [...ids]
}

/** The offices of a stored document: a country page is its own office; others name theirs (`country`, or `countries` for programmes). */
export function documentOffices(collection: string, doc: Record<string, unknown>, id: string | number): string[] {
  if (collection === 'countries') return [String(id)]
  const value = doc.country ?? doc.countries
  const list = Array.isArray(value) ? value : value == null ? [] : [value]
  return list
    .map((v) => idOf(v))
    .filter((v) => v !== undefined)
    .map(String)
}

/**
 * After every save (draft or published) of a document that can use media: the files it uses
 * now belong to its offices too (`offices`, added, never taken away), and when the document is
 * published (or has no drafts) they become public.
 */
export const publishMedia: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const status = (doc as { _status?: string })._status
  const published = status === undefined || status === 'published'
  // Every language's text (publishing publishes them all; a draft keeps each language's
  // images), read in the save's transaction. The save's later hooks (the search index) need the
  // request's locale back, which the local API overwrites.
  const saved = (await keepingRequestLocale(req, () =>
    req.payload.findByID({ collection: collection.slug as CollectionSlug, id: doc.id, locale: 'all', depth: 0, draft: !published, overrideAccess: true, req }),
  )) as unknown as Record<string, unknown>
  const ids = mediaUsedBy(saved, collection.fields)
  if (ids.length === 0) return doc
  await addOffices(req, ids, documentOffices(collection.slug, saved, doc.id))
  if (!published) return doc
  // Straight to the database: a media record is not re-validated for this (an image whose alt
  // text exists only in Turkish would fail an English save), and nothing else of it changes.
  // The pages that show it are expired by the document's own save.
  await req.payload.db.updateMany({ collection: 'media', where: { and: [{ id: { in: ids } }, { public: { not_equals: true } }] }, data: { public: true }, req, returning: false })
  return doc
}

/** Adds offices to media records that lack one of them, straight in the database (as `public` is set). */
async function addOffices(req: PayloadRequest, ids: Array<string | number>, offices: string[]) {
  if (offices.length === 0) return
  const { docs } = await req.payload.db.find({ collection: 'media', where: { id: { in: ids } }, limit: ids.length, pagination: false, req })
  for (const media of docs as Array<{ id: string | number; offices?: unknown }>) {
    const current = (Array.isArray(media.offices) ? media.offices : []).map((v) => idOf(v)).filter((v) => v !== undefined)
    const known = new Set(current.map(String))
    const missing = offices.filter((office) => !known.has(office))
    if (missing.length === 0) continue
    const typed = missing.map((office) => (req.payload.db.defaultIDType === 'number' ? Number(office) : office))
    await req.payload.db.updateOne({ collection: 'media', id: media.id, data: { offices: [...current, ...typed] }, req, returning: false })
  }
}
