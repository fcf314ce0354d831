import type { FieldHook } from 'payload'

import { isStaff } from '../access/roles'
import { idOf, visitObjects } from '../lib/relations'
import { visibleAmong } from './relations'

/**
 * What rich text may link to inside the site (payload.config.ts's LinkFeature): the collections
 * with pages (i18n/paths.ts's documentRoutes; tests/unit/richtextLinks.test.ts keeps them equal).
 */
export const linkableCollections = ['news', 'statements', 'programmes', 'countries'] as const

type LinkFields = { linkType?: string; doc?: { relationTo?: unknown; value?: unknown } | null }

/**
 * Internal links in a rich text, as anyone but staff reads it: a link to a document the reader
 * may not see (a programme or a story still in draft) keeps its text and loses its target.
 * Payload leaves an unreadable target's id in the link (unpopulated at any depth), so REST gave
 * drafts' ids to everyone. The site and the partner API then show such a link as its text
 * (lib/richtextLinks.ts). Trusted server code (overrideAccess) and staff get it as stored.
 */
export const hideUnpublishedLinkTargets: FieldHook = async ({ value, req, overrideAccess }) => {
  if (overrideAccess || isStaff(req.user) || typeof value !== 'object' || value === null) return value
  const targets = new Map<string, unknown[]>()
  visitObjects(value, (record) => {
    const fields = record.fields as LinkFields | undefined
    if (record.type !== 'link' || fields?.linkType !== 'internal' || typeof fields.doc?.relationTo !== 'string') return
    targets.set(fields.doc.relationTo, [...(targets.get(fields.doc.relationTo) ?? []), idOf(fields.doc.value)])
  })
  if (targets.size === 0) return value
  const visible = new Set<string>()
  for (const [collection, ids] of targets) {
    for (const id of await visibleAmong(req, collection as never, ids.filter((id) => id !== undefined))) visible.add(`${collection}:${id}`)
  }
  const shown = structuredClone(value)
  visitObjects(shown, (record) => {
    const fields = record.fields as LinkFields | undefined
    if (record.type !== 'link' || fields?.linkType !== 'internal' || typeof fields.doc?.relationTo !== 'string') return
    if (!visible.has(`${fields.doc.relationTo}:${String(idOf(fields.doc.value))}`)) fields.doc = null
  })
  return shown
}
