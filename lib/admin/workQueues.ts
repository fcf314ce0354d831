import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { titleField } from '@/lib/api/v1/schemas'

import { officeIds } from '@/access/offices'
import { hasRole } from '@/access/roles'
import { siteLanguagesOfOffices } from '@/fields/translationStatus'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { officeClause } from '@/lib/content/filters'
import { idOf } from '@/lib/relationValues'

/**
 * What waits for an officer, for the admin's dashboard (components/admin/WorkQueues.tsx): every
 * queue is read as the officer (their user, access applied: overrideAccess false), so it shows
 * what their lists would show, and each item and queue links to the list filtered the same way.
 *
 * - waiting: in review, for editors (and admins) to publish or send back;
 * - sentBack: changes requested, with the editor's comment, for contributors;
 * - scheduled: publishes and unpublishes due in the next 14 days, of documents they may read;
 * - untranslated: documents lacking a language of their offices' sites, for translators and editors;
 * - published: the latest published documents of their offices.
 */
export type QueueKey = 'waiting' | 'sentBack' | 'scheduled' | 'untranslated' | 'published'

export type QueueItem = {
  collection: ReviewedCollection | TranslatedCollection
  id: number | string
  title: string
  /** The document in the admin. */
  href: string
  /** The editor's comment (sentBack), when there is one. */
  comment?: string
  /** When it is due (scheduled) or was published (published), ISO. */
  date?: string
  /** scheduled: what is due. */
  action?: 'publish' | 'unpublish'
  /** untranslated: the languages it lacks, of the ones asked. */
  languages?: Locale[]
}

export type Queue = {
  key: QueueKey
  total: number
  items: QueueItem[]
  /** Lists with the same filter, one per collection with items. */ lists: { collection: string; href: string; total: number }[]
  languages?: Locale[]
}

/** The collections with a review workflow (fields/review.ts). */
const reviewed = ['news', 'statements', 'programmes'] as const
type ReviewedCollection = (typeof reviewed)[number]
/** The collections whose translations are tracked (fields/translationStatus.ts). */
const translated = ['news', 'statements', 'programmes', 'facts', 'countries'] as const
type TranslatedCollection = (typeof translated)[number]

type User = NonNullable<PayloadRequest['user']>

/** `?where[a][b]=c` of a Where of plain clauses (and: [...] of field: { op: value }), as the admin's list reads it. */
export function listHref(adminRoute: string, collection: string, where: Where): string {
  const params = new URLSearchParams()
  const add = (prefix: string, value: unknown) => {
    if (Array.isArray(value)) value.forEach((item, i) => add(`${prefix}[${i}]`, item))
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) add(`${prefix}[${key}]`, inner)
    else params.append(prefix, String(value))
  }
  for (const [key, value] of Object.entries(where)) add(`where[${key}]`, value)
  return `${adminRoute}/collections/${collection}?${params.toString()}`
}

const docHref = (adminRoute: string, collection: string, id: number | string, locale?: Locale) =>
  `${adminRoute}/collections/${collection}/${id}${locale ? `?locale=${locale}` : ''}`

/**
 * The filter that keeps what belongs to these offices (admins: none): the sites' own office
 * clause (lib/content/filters.ts), except that global facts are the site-wide editors', not an
 * office's work.
 */
function officeWhere(collection: TranslatedCollection, offices: (number | string)[] | 'all'): Where | undefined {
  if (offices === 'all') return undefined
  return collection === 'facts' ? { country: { in: offices } } : officeClause(collection, offices)
}

const and = (...clauses: (Where | undefined)[]): Where => {
  const kept = clauses.filter((clause): clause is Where => clause !== undefined)
  return kept.length === 1 ? kept[0] : { and: kept }
}

type Options = { adminRoute?: string; locale?: Locale; limit?: number; now?: Date }

async function queueOf(
  payload: Payload,
  req: Partial<PayloadRequest> & { user: User },
  key: QueueKey,
  collections: readonly TranslatedCollection[],
  where: (collection: TranslatedCollection) => Where,
  { adminRoute = '/admin', locale = defaultLocale, limit = 5 }: Options,
  { draft, sort, extra }: { draft: boolean; sort: string; extra?: (doc: Record<string, unknown>) => Partial<QueueItem> },
): Promise<Queue> {
  const found = await Promise.all(
    collections.map(async (collection) => {
      const result = await payload.find({
        collection: collection as CollectionSlug,
        where: where(collection),
        sort,
        limit,
        depth: 0,
        draft,
        locale,
        fallbackLocale: defaultLocale,
        user: req.user,
        overrideAccess: false,
        req: req as PayloadRequest,
      })
      return { collection, result }
    }),
  )
  const items = found
    .flatMap(({ collection, result }) =>
      (result.docs as unknown as Record<string, unknown>[]).map((doc) => ({
        collection,
        id: doc.id as number | string,
        title: String(doc[titleField[collection]] ?? `#${doc.id}`),
        href: docHref(adminRoute, collection, doc.id as number | string, locale),
        ...extra?.(doc),
      })),
    )
    .sort((a, b) => String(b.date ?? '').localeCompare(String(a.date ?? '')))
    .slice(0, limit)
  return {
    key,
    total: found.reduce((sum, { result }) => sum + result.totalDocs, 0),
    items,
    lists: found
      .filter(({ result }) => result.totalDocs > 0)
      .map(({ collection, result }) => ({ collection, href: listHref(adminRoute, collection, where(collection)), total: result.totalDocs })),
  }
}

/** The scheduled publishes and unpublishes due within 14 days, of documents this officer may read. */
async function scheduled(
  payload: Payload,
  req: Partial<PayloadRequest> & { user: User },
  { adminRoute = '/admin', locale = defaultLocale, limit = 5, now = new Date() }: Options,
): Promise<Queue> {
  const until = new Date(now.getTime() + 14 * 24 * 60 * 60 * 1000)
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { waitUntil: { greater_than_equal: now.toISOString() } },
        { waitUntil: { less_than_equal: until.toISOString() } },
      ],
    },
    sort: 'waitUntil',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    req: req as PayloadRequest,
  })
  type Job = { waitUntil?: string; input?: { type?: string; doc?: { relationTo?: string; value?: unknown } } }
  const due = (jobs.docs as unknown as Job[]).flatMap((job) => {
    const collection = job.input?.doc?.relationTo as TranslatedCollection | undefined
    const id = idOf(job.input?.doc?.value)
    return collection && (translated as readonly string[]).includes(collection) && id != null ? [{ job, collection, id }] : []
  })
  // Read as the officer, one query per collection: a document they may not read is not theirs to see scheduled.
  const readable = new Map<string, Record<string, unknown>>()
  for (const collection of new Set(due.map((entry) => entry.collection))) {
    const ids = due.filter((entry) => entry.collection === collection).map((entry) => entry.id)
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: ids } },
      limit: ids.length,
      pagination: false,
      depth: 0,
      draft: true,
      locale,
      fallbackLocale: defaultLocale,
      user: req.user,
      overrideAccess: false,
      req: req as PayloadRequest,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) readable.set(`${collection}:${doc.id}`, doc)
  }
  const items: QueueItem[] = due.flatMap(({ job, collection, id }) => {
    const doc = readable.get(`${collection}:${id}`)
    if (!doc) return []
    return [
      {
        collection,
        id,
        title: String(doc[titleField[collection]] ?? `#${id}`),
        href: docHref(adminRoute, collection, id, locale),
        date: job.waitUntil,
        action: job.input?.type === 'unpublish' ? ('unpublish' as const) : ('publish' as const),
      },
    ]
  })
  return { key: 'scheduled', total: items.length, items: items.slice(0, limit), lists: [] }
}

/**
 * The officer's queues, in the order the dashboard shows them, for their role: editors and
 * admins what waits for review, contributors what was sent back, both what is scheduled;
 * translators and editors what lacks their offices' languages; everyone their offices' latest.
 */
export async function workQueues(payload: Payload, req: Partial<PayloadRequest> & { user: User }, options: Options = {}): Promise<Queue[]> {
  const { user } = req
  const admin = hasRole(user, 'admin')
  const editor = admin || hasRole(user, 'editor')
  const offices = admin ? ('all' as const) : officeIds(user)
  const queues: Promise<Queue>[] = []
  const inOffices = (collection: TranslatedCollection) => officeWhere(collection, offices)
  if (editor)
    queues.push(
      queueOf(payload, req, 'waiting', reviewed, (c) => and({ reviewStatus: { equals: 'inReview' } }, inOffices(c)), options, {
        draft: true,
        sort: '-updatedAt',
        extra: (doc) => ({ date: doc.updatedAt as string }),
      }),
    )
  if (hasRole(user, 'contributor'))
    queues.push(
      queueOf(payload, req, 'sentBack', reviewed, (c) => and({ reviewStatus: { equals: 'changesRequested' } }, inOffices(c)), options, {
        draft: true,
        sort: '-updatedAt',
        extra: (doc) => ({ date: doc.updatedAt as string, comment: typeof doc.reviewComment === 'string' && doc.reviewComment.trim() ? doc.reviewComment : undefined }),
      }),
    )
  if (editor || hasRole(user, 'contributor')) queues.push(scheduled(payload, req, options))
  if (editor || hasRole(user, 'translator')) {
    const siteLanguages = (await siteLanguagesOfOffices(payload, offices === 'all' ? 'every site' : offices)) ?? []
    const languages = siteLanguages.filter((language) => language !== defaultLocale)
    if (languages.length > 0)
      queues.push(
        queueOf(payload, req, 'untranslated', translated, (c) => and({ missingTranslations: { in: languages } }, inOffices(c)), options, {
          draft: true,
          sort: '-updatedAt',
          extra: (doc) => ({
            date: doc.updatedAt as string,
            languages: ((doc.missingTranslations as Locale[] | undefined) ?? []).filter((language) => languages.includes(language)),
          }),
        }).then((queue) => ({ ...queue, languages })),
      )
  }
  queues.push(
    queueOf(payload, req, 'published', reviewed, (c) => and({ _status: { equals: 'published' } }, inOffices(c)), options, {
      draft: false,
      sort: '-updatedAt',
      extra: (doc) => ({ date: doc.updatedAt as string }),
    }),
  )
  return Promise.all(queues)
}
