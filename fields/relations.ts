import type { CollectionSlug, FieldHook, PayloadRequest, RelationshipField } from 'payload'

import { isStaff } from '@/access/roles'
import { idOf } from '@/lib/relationValues'

/** The country office a document belongs to (also the unit of editorial access). */
export function countryField(overrides: Partial<RelationshipField> = {}): RelationshipField {
  return {
    name: 'country',
    type: 'relationship',
    relationTo: 'countries',
    hasMany: false,
    index: true,
    label: { en: 'Country office', tr: 'Ülke ofisi', az: 'Ölkə ofisi' },
    // New documents start in the author's own office (the first, when they have several).
    defaultValue: ({ user }: { user?: { countries?: unknown } | null }) => {
      const first = Array.isArray(user?.countries) ? user.countries[0] : undefined
      return first && typeof first === 'object' ? (first as { id: unknown }).id : first
    },
    admin: { position: 'sidebar' },
    ...overrides,
  } as RelationshipField
}

/**
 * Which of these documents the reader may see, asked as the reader would ask: the
 * collection's read access with the reader's user, or none. One query per operation for the
 * ids not asked about yet (a list's documents share most of theirs), answers kept on the
 * operation's context.
 */
export async function visibleAmong(req: PayloadRequest, collection: CollectionSlug, ids: unknown[]): Promise<Set<string>> {
  const key = `kopru:visible:${collection}`
  const known = (req.context[key] as Map<string, Promise<boolean>> | undefined) ?? new Map<string, Promise<boolean>>()
  req.context[key] = known
  const unknown = [...new Set(ids.map(String))].filter((id) => !known.has(id))
  if (unknown.length > 0) {
    const found = req.payload
      .find({ collection, where: { id: { in: unknown } }, depth: 0, limit: unknown.length, pagination: false, select: {}, overrideAccess: false, user: req.user ?? undefined })
      .then(({ docs }) => new Set(docs.map((doc) => String(doc.id))))
    for (const id of unknown)
      known.set(
        id,
        found.then((visible) => visible.has(id)),
      )
  }
  const answers = await Promise.all(ids.map(async (id) => [String(id), await known.get(String(id))] as const))
  return new Set(answers.filter(([, visible]) => visible).map(([id]) => id))
}

/** A relation's target as one key: "programmes:7". */
export const targetKey = (relationTo: string, value: unknown): string => `${relationTo}:${String(idOf(value))}`

/**
 * Which of these targets (links in globals and rich text name several collections) the reader
 * may see, as targetKeys: visibleAmong per collection.
 */
export async function visibleTargets(req: PayloadRequest, targets: { relationTo: string; value: unknown }[]): Promise<Set<string>> {
  const byCollection = new Map<string, unknown[]>()
  for (const { relationTo, value } of targets) {
    const id = idOf(value)
    if (id !== undefined) byCollection.set(relationTo, [...(byCollection.get(relationTo) ?? []), id])
  }
  const visible = new Set<string>()
  for (const [collection, ids] of byCollection) {
    for (const id of await visibleAmong(req, collection as CollectionSlug, ids)) visible.add(targetKey(collection, id))
  }
  return visible
}

/**
 * A relationship to documents with drafts (programmes), as anyone but staff reads it: without
 * the ones they may not see. Payload leaves an unreadable relation's id in place (at depth 0,
 * and unpopulated at any depth), so REST /api/news and /api/facts named programmes still in
 * draft. Trusted server code (overrideAccess) and staff get it as stored. What a reader sees
 * of a document then depends on which programmes are published: lib/cache/tags.ts tags its reads
 * with the programmes' tag at every depth.
 */
export function hideUnpublishedRelations(collection: CollectionSlug): FieldHook {
  return async ({ value, req, overrideAccess }) => {
    if (overrideAccess || isStaff(req.user) || value === null || value === undefined) return value
    const entries = Array.isArray(value) ? value : [value]
    const visible = await visibleAmong(
      req,
      collection,
      entries.map(idOf).filter((id) => id !== undefined),
    )
    const shown = (entry: unknown) => visible.has(String(idOf(entry)))
    if (Array.isArray(value)) return value.filter(shown)
    return shown(value) ? value : null
  }
}

/** The same for a relationship to several collections (`{ relationTo, value }` entries): a page's cards. */
export const hideUnpublishedTargets: FieldHook = async ({ value, req, overrideAccess }) => {
  if (overrideAccess || isStaff(req.user) || value === null || value === undefined) return value
  const entries = (Array.isArray(value) ? value : [value]) as { relationTo: string; value: unknown }[]
  const visible = await visibleTargets(req, entries)
  const shown = (entry: { relationTo: string; value: unknown }) => visible.has(targetKey(entry.relationTo, entry.value))
  if (Array.isArray(value)) return entries.filter(shown)
  return shown(value as { relationTo: string; value: unknown }) ? value : null
}

export function programmesField(): RelationshipField {
  return {
    name: 'programmes',
    type: 'relationship',
    relationTo: 'programmes',
    hasMany: true,
    label: { en: 'Programmes', tr: 'Programlar', az: 'Proqramlar' },
    admin: { position: 'sidebar' },
    hooks: { afterRead: [hideUnpublishedRelations('programmes')] },
  }
}
