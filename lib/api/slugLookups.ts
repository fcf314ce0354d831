import type { CollectionSlug, FlattenedField, PayloadRequest, Where } from 'payload'

import { locales } from '@/i18n/locales'

/**
 * A look-up of a document by its slug in any of several languages, `where[or][0][slug.en][equals]=x
 * &where[or][1][slug.tr][equals]=x` (REST, anyone may send it), asked one language at a time.
 * As one query it joins the languages' rows once per branch, and no index serves an `or` across
 * two joins: SQLite walked every document by date and looked up both languages for each, one
 * statement of 0.5-2.6 s on the event loop at 50,000 news (docs/scaling.md). Each branch alone is
 * served by the slug index, so the `or` becomes `id in [the documents each branch finds]`.
 *
 * The same documents: each branch is looked up exactly as the query would test it (`equals` on
 * the document's own rows, not the drafts), past access, and the query itself still runs with the
 * caller's access, sort and page, so nothing it would not show is shown. Drafts (`draft=true`:
 * the versions' rows) are left as they are. Written by hand: Payload has no query rewriting.
 */
const most = 10

export async function slugBranchesAsIds(
  args: { where?: unknown; draft?: unknown },
  collection: { slug: string; flattenedFields: FlattenedField[] },
  req: PayloadRequest,
): Promise<Where | null> {
  const where = args.where as Record<string, unknown> | undefined
  if (!where || args.draft || Object.keys(where).length !== 1 || !Array.isArray(where.or)) return null
  const branches = where.or as unknown[]
  if (branches.length < 2 || branches.length > 2 * locales.length) return null
  const slug = collection.flattenedFields.find((field) => field.name === 'slug')
  if (!slug || !('localized' in slug) || !slug.localized) return null
  const lookups: { locale: string; value: string }[] = []
  for (const branch of branches) {
    const entries = branch && typeof branch === 'object' ? Object.entries(branch) : []
    if (entries.length !== 1) return null
    const [path, condition] = entries[0]
    const locale = /^slug\.(.+)$/.exec(path)?.[1]
    const operators = condition && typeof condition === 'object' ? Object.entries(condition) : []
    if (!locale || !(locales as readonly string[]).includes(locale) || operators.length !== 1 || operators[0][0] !== 'equals' || typeof operators[0][1] !== 'string') return null
    lookups.push({ locale, value: operators[0][1] })
  }
  const ids = new Set<string | number>()
  for (const { locale, value } of lookups) {
    // A slug names one document (fields/slug.ts; a page's, one among its siblings): the look-ups are cheap. Should a branch find `most`, the query is left as it was.
    const { docs } = await req.payload.find({
      collection: collection.slug as CollectionSlug,
      where: { [`slug.${locale}`]: { equals: value } },
      select: { id: true } as never,
      sort: 'id',
      depth: 0,
      limit: most,
      pagination: false,
      overrideAccess: true,
      draft: false,
    })
    if (docs.length >= most) return null
    for (const doc of docs as { id: string | number }[]) ids.add(doc.id)
  }
  return { id: { in: [...ids] } }
}
