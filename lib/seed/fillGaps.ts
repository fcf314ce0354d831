import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'

/**
 * What the seed would write laid over what is stored: each value the stored document lacks
 * (null, undefined or '') is taken from the seed; everything else stays as stored, so an
 * editor's change survives a second run. Rows (arrays) are matched by position, never added or
 * removed; a block of another kind at that position is left alone; rich text is one value.
 *
 * Why: on SQLite Payload writes a document's rows without a transaction (its default there: a
 * transaction would hold SQLite's write lock across the save's awaits, and a second writer's
 * busy wait would block the event loop the first needs to finish), so a seed killed mid-save can
 * leave rows whose text in one language is gone. A published page missing a required label then
 * failed every later save of it ("Content blocks > Block 9 (Downloads) > Files 1 > Title", CI
 * 2026-12-05, tests/resilience/crash.test.ts). The next run fills those gaps. Since 2026-12-06 the
 * seed writes each document in one transaction (lib/db/writeBatch.ts) and leaves no such gaps;
 * this still mends a database an older seed left torn.
 */
export function fillGaps(stored: unknown, seed: unknown): { value: unknown; filled: boolean } {
  const missing = (value: unknown) => value === null || value === undefined || value === ''
  const plain = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
  if (missing(stored)) return missing(seed) ? { value: stored, filled: false } : { value: seed, filled: true }
  if (Array.isArray(stored) && Array.isArray(seed)) {
    let filled = false
    const value = stored.map((row, i) => {
      if (i >= seed.length) return row
      const result = fillGaps(row, seed[i])
      filled ||= result.filled
      return result.value
    })
    return { value, filled }
  }
  if (plain(stored) && plain(seed) && !('root' in seed) && (seed.blockType === undefined || seed.blockType === stored.blockType)) {
    let filled = false
    const value = { ...stored }
    for (const [key, seedValue] of Object.entries(seed)) {
      const result = fillGaps(stored[key], seedValue)
      if (!result.filled) continue
      value[key] = result.value
      filled = true
    }
    return { value, filled }
  }
  return { value: stored, filled: false }
}

/** The seed's own fields of a filled document: the data of an update that writes the gaps only. */
export function seedFields(filled: unknown, seed: Record<string, unknown>): Record<string, unknown> {
  const value = (filled ?? {}) as Record<string, unknown>
  return Object.fromEntries(Object.keys(seed).map((key) => [key, value[key]]))
}

/**
 * A document as the seed's next save of it will see it, in one language: first its latest
 * version (what a save merges into, when the collection has drafts), then its own rows (what
 * readers get; a draft's text lives in its version only). A cut-short save can leave either one
 * short: seen here, a version whose download label never reached its row (the draft read looked
 * whole, since it fell back on the document's rows), and the next save lost the label from both.
 */
export async function storedCopies(
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
  locale: Locale,
  { draft, req }: { draft: boolean; req?: PayloadRequest },
): Promise<Record<string, unknown>[]> {
  const copies: Record<string, unknown>[] = []
  const config = payload.collections[collection]?.config
  if (config?.versions && typeof config.versions === 'object' && config.versions.drafts) {
    const { docs } = await payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
      sort: '-updatedAt',
      locale,
      fallbackLocale: false,
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (docs[0]) copies.push(docs[0].version as unknown as Record<string, unknown>)
  }
  if (!draft || copies.length === 0) {
    copies.push(
      (await payload.findByID({ collection, id, locale, fallbackLocale: false, draft: false, depth: 0, overrideAccess: true, req })) as unknown as Record<string, unknown>,
    )
  }
  return copies
}

/**
 * Every row's id in a document (arrays and blocks, nested), in order: a whole save leaves the same
 * rows in the document and in its latest version, so a difference means one of them was cut short.
 */
export function rowIds(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) rowIds(item, into)
  else if (typeof value === 'object' && value !== null && !('root' in value)) {
    const row = value as Record<string, unknown>
    if (typeof row.id === 'string') into.push(row.id)
    for (const [key, item] of Object.entries(row)) if (key !== 'id' && typeof item === 'object') rowIds(item, into)
  }
  return into
}
