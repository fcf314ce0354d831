import type { BaseDatabaseAdapter, FindArgs, PaginatedDocs, TypeWithID } from 'payload'

import { nextTurn } from '@/lib/eventLoop'

/**
 * A long page read by the database adapter in slices, with a turn of the event loop between them,
 * for the reads that may take turns (`when()`: the APIs' and the admin's GETs, lib/http/readTurns.mjs).
 * libSQL runs a statement synchronously, and turning a page of 100 whole documents' rows into
 * documents is one more block: REST's anonymous page of 100 at 50,000 news held the event loop
 * 70-140 ms, its statement and the adapter's 26-39 ms of it. The statements' turns (lib/db/turns.ts)
 * come between statements, never inside one.
 *
 * The page's ids first (the caller's where, sort and page, with the count), then its documents
 * `sliceSize` at a time by id, in the page's order. The same as lib/content/reader.ts does for the
 * public reads, here for everything Payload reads through `find` (REST, the admin's lists of
 * published documents, the local API); drafts go through `queryDrafts` and stay whole. A read of
 * ids alone (as the first step of this, or of findPublic) is never cut.
 *
 * Written by hand: a few lines around the adapter Payload already has.
 */
export function sliceLongFinds(adapter: Pick<BaseDatabaseAdapter, 'find'>, { sliceSize = 25, when }: { sliceSize?: number; when: () => unknown }): void {
  const find = adapter.find
  const idsOnly = (select: FindArgs['select']) => select !== undefined && Object.keys(select).length === 1 && (select as Record<string, unknown>).id === true
  adapter.find = async function <T = TypeWithID>(this: BaseDatabaseAdapter, args: FindArgs): Promise<PaginatedDocs<T>> {
    const limit = args.limit ?? 10
    if (!when() || limit === 0 || limit <= sliceSize || idsOnly(args.select)) return find.call(this, args) as Promise<PaginatedDocs<T>>
    const page = (await find.call(this, { ...args, select: { id: true } })) as PaginatedDocs<TypeWithID>
    const ids = page.docs.map((doc) => doc.id)
    const byId = new Map<string, T>()
    for (let start = 0; start < ids.length; start += sliceSize) {
      await nextTurn()
      const slice = ids.slice(start, start + sliceSize)
      // The caller's where again: it holds the access rule (Payload merged it in), and a save may have
      // run in the turn just taken (a document unpublished in between is left out, not shown). Sorted
      // by id (the page's order is put back below): with the caller's sort, a where on a sorted column
      // (`updatedAt > …`) made SQLite walk that column's index instead of reading the 25 by key.
      const where = { and: [...(args.where ? [args.where] : []), { id: { in: slice } }] }
      const { docs } = await find.call(this, { ...args, where, sort: 'id', limit: slice.length, page: 1, pagination: false })
      for (const doc of docs as (T & TypeWithID)[]) byId.set(String(doc.id), doc)
    }
    // In the page's order; one deleted or no longer matching in between is left out.
    return { ...page, docs: ids.flatMap((id) => (byId.has(String(id)) ? [byId.get(String(id)) as T] : [])) }
  }
}
