import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { isAdmin } from '@/access/offices'
import { refuse } from '@/lib/refuse'
import { idOf } from '@/lib/relationValues'

/** How deep pages nest: /who-we-are/history/1990s/… is four levels. */
export const maxPageDepth = 4

type PageRow = { id: string | number; site?: unknown; parent?: unknown; country?: unknown; _status?: string | null }

async function readPage(req: PayloadRequest, id: string | number, draft: boolean): Promise<PageRow | null> {
  const { docs } = await req.payload.find({
    collection: 'pages',
    where: { id: { equals: id } },
    draft,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    select: { site: true, parent: true, country: true, _status: true },
    req,
  })
  return (docs[0] as PageRow | undefined) ?? null
}

/**
 * A page stays where its address can work: on a site that shows its office's content, under a
 * parent of the same site and office (an admin may nest across offices) that is not itself or one
 * of its subpages, at most `maxPageDepth` levels deep, published only under a published parent
 * (a subpage of a draft has no address), and it moves to another site only without subpages. Every write path saves through here (create, update, duplicate, restore, schedule).
 */
export const keepPagePlace: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const ownId = originalDoc?.id as string | number | undefined
  // A page with subpages stays on its site: they would point at a parent on another site.
  const movedSite = ownId != null && originalDoc?.site != null && 'site' in data && String(idOf(data.site)) !== String(idOf(originalDoc.site))
  if (movedSite && (await hasSubpages(req, ownId))) throw refuse(req, 'pageChildren', undefined, 400)
  const siteId = idOf(data.site ?? originalDoc?.site)
  const office = idOf(data.country ?? originalDoc?.country)
  if (siteId != null && office != null) {
    const site = await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, select: { offices: true }, req, disableErrors: true })
    const offices = ((site as { offices?: unknown[] } | null)?.offices ?? []).map((value) => String(idOf(value)))
    if (!offices.includes(String(office))) {
      const country = await req.payload.findByID({ collection: 'countries', id: office, depth: 0, overrideAccess: true, select: { name: true }, req, disableErrors: true })
      throw refuse(req, 'pageSite', { office: String((country as { name?: string } | null)?.name ?? office) }, 400)
    }
  }
  const parentId = idOf('parent' in data ? data.parent : originalDoc?.parent)
  // Published by this save: a draft save says `draft`; an update that names no status keeps the document's (a published one stays published).
  const publishing = (data._status ?? originalDoc?._status) === 'published'
  if (('home' in data ? data.home : originalDoc?.home) === true) await keepOneHome(req, publishing, ownId, siteId, parentId)
  // Whether it is a top-level page, kept beside the parent: a reader who may not see the parent
  // gets `parent: null` (fields/relations.ts), and the page tree must not take the page for a top-level one.
  data.topLevel = parentId == null
  if (parentId == null) return data
  // Walk up from the parent, refusing a loop back to this page: through its latest drafts (where
  // the tree is going) and, when publishing, through the published versions too (what readers get).
  const parent = await walkUp(req, parentId, ownId, siteId, true)
  if (String(idOf(parent.country)) !== String(office) && !isAdmin(req.user)) throw refuse(req, 'pageParent', undefined, 400)
  if (publishing) {
    const published = await readPage(req, parent.id, false)
    if (!published || published._status !== 'published') throw refuse(req, 'pageParentDraft', undefined, 400)
    await walkUp(req, parentId, ownId, siteId, false)
  }
  return data
}

/**
 * The site's home page is a top-level page, and a site has one: publishing a second home is
 * refused (naming the first) until the first is published without the mark. Drafts may carry
 * the mark, so a new home is prepared and previewed before it takes over.
 */
async function keepOneHome(req: PayloadRequest, publishing: boolean, ownId: string | number | undefined, siteId: unknown, parentId: unknown): Promise<void> {
  if (parentId != null) throw refuse(req, 'pageHomeParent', undefined, 400)
  if (!publishing || siteId == null) return
  const { docs } = await req.payload.find({
    collection: 'pages',
    where: { and: [{ site: { equals: siteId } }, { home: { equals: true } }, { _status: { equals: 'published' } }, ...(ownId != null ? [{ id: { not_equals: ownId } }] : [])] },
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    select: { title: true },
    req,
  })
  const other = docs[0] as { id: string | number; title?: string } | undefined
  if (other) throw refuse(req, 'pageHomeTaken', { title: other.title ?? String(other.id) }, 400)
}

/** The parent as read (draft or published), after walking its ancestors: same site, no loop through `ownId`, not too deep. */
async function walkUp(req: PayloadRequest, parentId: string | number, ownId: string | number | undefined, siteId: unknown, draft: boolean): Promise<PageRow> {
  const parent = await readPage(req, parentId, draft)
  if (!parent || String(idOf(parent.site)) !== String(siteId) || (ownId != null && String(parent.id) === String(ownId))) throw refuse(req, 'pageParent', undefined, 400)
  let level = 1
  let current: PageRow | null = parent
  while (current && idOf(current.parent) != null) {
    level++
    if (level > maxPageDepth - 1) throw refuse(req, 'pageDepth', { max: maxPageDepth }, 400)
    const next = idOf(current.parent)
    if (ownId != null && String(next) === String(ownId)) throw refuse(req, 'pageParent', undefined, 400)
    current = await readPage(req, next as string | number, draft)
  }
  return parent
}

async function hasSubpages(req: PayloadRequest, id: string | number): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: 'pages', where: { parent: { equals: id } }, overrideAccess: true, req })
  return totalDocs > 0
}

/** A page with subpages stays until they are moved or deleted: they would otherwise become top-level pages at other addresses. */
export const keepSubpagesPlaced: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (await hasSubpages(req, id)) throw refuse(req, 'pageChildren', undefined, 400)
}
