import type { FieldHook } from 'payload'

import { isStaff } from '@/access/roles'
import { routedCollections } from '@/i18n/paths'
import { visitObjects } from '@/lib/relationValues'
import { targetKey, visibleTargets } from './relations'

/**
 * What rich text may link to inside the site (payload.config.ts's LinkFeature): the collections
 * with pages (i18n/paths.ts's routedCollections).
 */
export const linkableCollections = routedCollections

type InternalLink = { linkType: 'internal'; doc: { relationTo: string; value: unknown } | null }

/** A rich text node's fields when it is an internal link with a target. */
function internalLink(record: Record<string, unknown>): InternalLink | undefined {
  const fields = record.fields as Partial<InternalLink> | undefined
  return record.type === 'link' && fields?.linkType === 'internal' && typeof fields.doc?.relationTo === 'string' ? (fields as InternalLink) : undefined
}

/**
 * Internal links in a rich text, as anyone but staff reads it: a link to a document the reader
 * may not see (a programme or a story still in draft) keeps its text and loses its target.
 * Payload leaves an unreadable target's id in the link (unpopulated at any depth), so REST gave
 * drafts' ids to everyone. The site and the partner API then show such a link as its text
 * (lib/richtextHtml.ts). Trusted server code (overrideAccess) and staff get it as stored.
 */
export const hideUnpublishedLinkTargets: FieldHook = async ({ value, req, overrideAccess }) => {
  if (overrideAccess || isStaff(req.user) || typeof value !== 'object' || value === null) return value
  const targets: { relationTo: string; value: unknown }[] = []
  visitObjects(value, (record) => {
    const doc = internalLink(record)?.doc
    if (doc) targets.push(doc)
  })
  if (targets.length === 0) return value
  const visible = await visibleTargets(req, targets)
  const shown = structuredClone(value)
  visitObjects(shown, (record) => {
    const link = internalLink(record)
    if (link?.doc && !visible.has(targetKey(link.doc.relationTo, link.doc.value))) link.doc = null
  })
  return shown
}
