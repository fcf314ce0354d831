import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getEnv } from '@/lib/env'
import { apiUrl } from '@/lib/metadata'
import { getPayloadClient } from '@/lib/payload'
import { changesSlug, lastSeq, purgeTombstones, type ChangeEntry } from '@/lib/sync/changes'
import type { ApiResult } from './http'
import { BadRequest, countryId, itemsByIds } from './query'
import { itemStamp } from './siteOrigins'
import { apiBase, changesDefaultLimit, changesQuerySchema, parseQuery, type ApiCollection, type ChangesQuery } from './schemas'

/**
 * GET /api/v1/changes: the log of lib/sync/changes.ts as pages, oldest change first. The cursor
 * is opaque to partners: the last `seq` they have, and when it was given out, so that a cursor
 * older than the deletions kept (CHANGES_RETENTION_DAYS) is refused with a 410 instead of
 * silently missing a deletion.
 */

type Cursor = { s: number; t: number }

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url')
}

export function decodeCursor(value: string): Cursor | null {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Cursor>
    if (!Number.isSafeInteger(parsed.s) || (parsed.s as number) < 0 || !Number.isSafeInteger(parsed.t)) return null
    return { s: parsed.s as number, t: parsed.t as number }
  } catch {
    return null
  }
}

const gone = (details: string[]): ApiResult => ({ status: 410, json: { error: 'This cursor has expired.', details } })

// Tombstones past their time go at most once an hour, on a read.
let purgedAt = 0

export async function changes(request: Request): Promise<ApiResult> {
  const params = new URL(request.url).searchParams
  const parsed = parseQuery<ChangesQuery>(changesQuerySchema, params)
  if (!parsed.ok) throw new BadRequest(parsed.details)
  const query = parsed.value
  const payload = await getPayloadClient()
  const retentionDays = getEnv().CHANGES_RETENTION_DAYS
  const now = Date.now()
  if (now - purgedAt > 3_600_000) {
    purgedAt = now
    await purgeTombstones(payload, retentionDays)
  }

  const startOver = `Start over without a cursor (${apiUrl(`${apiBase}/changes`)}): the first pages give every published document again, and you drop what they do not name.`
  let from = 0
  const hour = Math.floor(now / 3_600_000) * 3_600_000
  // When the walk this cursor belongs to began: the deletions it may still meet are those kept since.
  let began = hour
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor)
    if (!cursor || cursor.t > now)
      throw new BadRequest(['cursor is not one this API gave out: send the `next` value of an earlier page unchanged, or leave cursor out to start from the beginning'])
    if (cursor.t < now - retentionDays * 86_400_000)
      return gone([`The feed keeps deletions ${retentionDays} days, and this cursor is older: some deletions since are no longer known.`, startOver])
    from = cursor.s
    began = cursor.t
  }

  // The newest entry first: what is written while this page is read waits for the next one.
  const last = await lastSeq(payload)
  if (from > last) return gone(['This cursor is ahead of the feed (it was given out by another installation, or the feed was rebuilt).', startOver])
  const limit = query.limit ?? changesDefaultLimit
  const and: Where[] = [{ seq: { greater_than: from } }, { seq: { less_than_equal: last } }]
  if (query.collection) and.push({ collectionSlug: { equals: query.collection } })
  if (query.lang) and.push({ lang: { equals: query.lang } })
  if (query.country) and.push({ offices: { contains: ` ${await countryId(query.country)} ` } })
  const { docs } = await payload.find({
    collection: changesSlug as never,
    where: { and },
    sort: ['seq', 'id'],
    limit: limit + 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const entries = (docs as unknown as ChangeEntry[]).slice(0, limit)
  const hasMore = docs.length > limit
  // Without more, the cursor goes to the newest entry read, past those the filters left out, and
  // its time to now: nothing older is left to meet. With more, it keeps the time its walk began:
  // a deletion further on may be as old as that, and is purged only past the retention.
  // Times to the hour: the same page has the same bytes (and ETag) for an hour.
  const next = encodeCursor(hasMore ? { s: entries[entries.length - 1].seq, t: began } : { s: last, t: hour })

  // The items of the upserts: as stored with the entry (lib/sync/changes.ts) when built against
  // today's addresses, else read per collection and language as the API serves them now.
  const items = new Map<string, Record<string, unknown>>()
  const stamp = await itemStamp()
  const groups = new Map<string, { collection: ApiCollection; lang: Locale; ids: string[] }>()
  for (const entry of entries.filter((candidate) => candidate.kind === 'upsert')) {
    if (entry.item && entry.itemStamp === stamp) {
      items.set(`${entry.collectionSlug}\u0000${entry.lang}\u0000${entry.document}`, entry.item)
      continue
    }
    const key = `${entry.collectionSlug}\u0000${entry.lang}`
    const group = groups.get(key) ?? { collection: entry.collectionSlug, lang: entry.lang, ids: [] }
    group.ids.push(entry.document)
    groups.set(key, group)
  }
  for (const { collection, lang, ids } of groups.values()) {
    for (const item of await itemsByIds(collection, ids, lang)) items.set(`${collection}\u0000${lang}\u0000${String(item.id)}`, item)
  }

  const selfQuery = new URLSearchParams(params)
  const nextQuery = new URLSearchParams(params)
  nextQuery.set('cursor', next)
  return {
    json: {
      data: entries.map((entry) => {
        const item = entry.kind === 'upsert' ? items.get(`${entry.collectionSlug}\u0000${entry.lang}\u0000${entry.document}`) : undefined
        return {
          // An upsert whose document went in the meantime: its deletion follows in the feed.
          type: entry.kind,
          collection: entry.collectionSlug,
          id: entry.document,
          lang: entry.lang,
          changedAt: new Date(entry.changedAt).toISOString(),
          href: apiUrl(`${apiBase}/${entry.collectionSlug}/${encodeURIComponent(entry.document)}?lang=${entry.lang}`),
          ...(item ? { item } : {}),
        }
      }),
      next,
      hasMore,
      links: { self: apiUrl(`${apiBase}/changes${selfQuery.size ? `?${selfQuery}` : ''}`), next: apiUrl(`${apiBase}/changes?${nextQuery}`) },
    },
  }
}
