import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { refuse } from '@/lib/refuse'
import { idOf } from '@/lib/relationValues'

/** How deep pages nest: /who-we-are/history/1990s/… is four levels. */
export const maxPageDepth = 4

type PageRow = { id: string | number; site?: unknown; parent?: unknown; _status?: string | null }

async function readPage(req: PayloadRequest, id: string | number, draft: boolean): Promise<PageRow | null> {
  const { docs } = await req.payload.find({
    collection: 'pages',
    where: { id: { equals: id } },
    draft,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    select: { site: true, parent: true, _status: true },
    req,
  })
  return (docs[0] as PageRow | undefined) ?? null
}

/**
 * A page stays where its address can work: on a site that shows its office's content, under a
 * parent of the same site that is not itself or one of its subpages, at most `maxPageDepth`
 * levels deep, and published only under a published parent (a subpage of a draft has no
 * address). Every write path saves through here (create, update, duplicate, restore, schedule).
 */
export const keepPagePlace: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
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
  if (parentId == null) return data
  const ownId = originalDoc?.id as string | number | undefined
  // Walk up from the parent (its latest draft: where it is going), refusing a loop back to this page.
  let level = 1
  let current: PageRow | null = await readPage(req, parentId, true)
  if (!current || String(idOf(current.site)) !== String(siteId) || (ownId != null && String(current.id) === String(ownId))) throw refuse(req, 'pageParent', undefined, 400)
  const parent = current
  while (current && idOf(current.parent) != null) {
    level++
    if (level > maxPageDepth - 1) throw refuse(req, 'pageDepth', { max: maxPageDepth }, 400)
    const next = idOf(current.parent)
    if (ownId != null && String(next) === String(ownId)) throw refuse(req, 'pageParent', undefined, 400)
    current = await readPage(req, next as string | number, true)
  }
  if (data._status === 'published') {
    const published = await readPage(req, parent.id, false)
    if (!published || published._status !== 'published') throw refuse(req, 'pageParentDraft', undefined, 400)
  }
  return data
}

/** A page with subpages stays until they are moved or deleted: they would otherwise become top-level pages at other addresses. */
export const keepSubpagesPlaced: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'pages', where: { parent: { equals: id } }, overrideAccess: true, req })
  if (totalDocs > 0) throw refuse(req, 'pageChildren', undefined, 400)
}
