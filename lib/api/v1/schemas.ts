import { z } from 'zod'
import 'zod-openapi'

import { statementKinds } from '@/collections/Statements/kinds'
import { datedSort } from '@/lib/content/filters'
import { locales, defaultLocale } from '@/i18n/locales'
import { datedCollections } from '@/i18n/paths'
import { slugPattern } from '@/lib/slugify'
import { garbledProblem, isGarbled, wholeNumber } from '@/lib/api/queryValues'

/**
 * The partner API's contract, as zod schemas: what each endpoint accepts (query parameters)
 * and returns (items, envelopes, errors). The handlers validate with them and the OpenAPI
 * document (openapi.ts) is generated from them: one source of truth.
 */

export const apiBase = '/api/v1'

export const apiCollections = ['news', 'statements', 'programmes', 'facts', 'countries'] as const
export type ApiCollection = (typeof apiCollections)[number]

export function isApiCollection(value: string): value is ApiCollection {
  return (apiCollections as readonly string[]).includes(value)
}

/** The field that names a document of each collection; a language in which it is empty is an untranslated one. */
export const titleField = { news: 'title', statements: 'title', programmes: 'title', facts: 'label', countries: 'name' } as const satisfies Record<ApiCollection, string>

/** Collections with an RSS feed (/api/v1/news.rss): the dated ones (i18n/paths.ts). */
export const feedCollections = datedCollections satisfies readonly ApiCollection[]
export type FeedCollection = (typeof feedCollections)[number]

// ---------------------------------------------------------------------------------------------
// Responses

const isoDateTime = z.iso.datetime({ offset: true })
const nullableText = z.string().nullable()

const countryRef = z
  .object({
    isoCode: z.string().meta({ example: 'TR' }),
    name: z.string().meta({ example: 'Türkiye' }),
    slug: z.string(),
  })
  .meta({ id: 'CountryRef', description: 'The country office a document belongs to.' })

const programmeRef = z.object({ slug: z.string(), title: z.string() }).meta({ id: 'ProgrammeRef', description: 'A programme a document is part of.' })

const image = z
  .object({
    url: z.url(),
    alt: nullableText,
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    credit: nullableText,
  })
  .meta({ id: 'Image', description: 'An image, with its alternative text and credit.' })

const link = z.object({ name: z.string(), url: z.url().nullable() })

/** Fields every item has: they are always returned, whatever `fields` asks for. */
const core = {
  id: z.string().meta({ description: 'Stable identifier; use it to deduplicate during a sync.' }),
  servedLocale: z.enum(locales).meta({ description: 'The language the text fields are in.' }),
  fallback: z.boolean().meta({ description: `True when the document has no translation in the requested language and is served in ${defaultLocale}.` }),
}
const coreKeys = Object.keys(core) as (keyof typeof core)[]

const common = {
  ...core,
  updatedAt: isoDateTime.meta({ description: 'Last change in any language (use with updatedSince).' }),
}

const pageUrl = z.url().meta({ description: "The document's page on the public site, in the served language." })
const body = {
  body: nullableText.meta({ description: 'The text as HTML (paragraphs, headings, lists, links).' }),
  bodyText: nullableText.meta({ description: 'The text without markup.' }),
}

export const itemSchemas = {
  news: z
    .object({
      ...common,
      slug: z.string(),
      url: pageUrl,
      title: z.string(),
      excerpt: nullableText,
      ...body,
      publishedDate: isoDateTime,
      dateline: nullableText,
      country: countryRef.nullable(),
      programmes: z.array(programmeRef),
      image: image.nullable(),
      imageCaption: nullableText,
      pressContacts: z.array(z.object({ name: z.string(), email: nullableText, phone: nullableText })),
    })
    .meta({ id: 'NewsItem', description: 'A news story.' }),
  statements: z
    .object({
      ...common,
      slug: z.string(),
      url: pageUrl,
      title: z.string(),
      kind: z.enum(statementKinds),
      ...body,
      date: isoDateTime,
      dateline: nullableText,
      speakerName: nullableText,
      speakerRole: nullableText,
      occasion: nullableText,
      country: countryRef.nullable(),
      programmes: z.array(programmeRef),
      pdfUrl: z.url().nullable(),
    })
    .meta({ id: 'StatementItem', description: 'An official statement, press release, message or speech.' }),
  programmes: z
    .object({
      ...common,
      slug: z.string(),
      url: pageUrl,
      title: z.string(),
      summary: nullableText,
      ...body,
      status: z.enum(['active', 'completed']),
      since: z.number().int().nullable(),
      pillars: z.array(z.object({ title: z.string(), text: nullableText })),
      principles: z.array(z.string()),
      countries: z.array(countryRef),
      partners: z.array(link),
      donors: z.array(link),
    })
    .meta({ id: 'ProgrammeItem', description: 'A programme of work.' }),
  facts: z
    .object({
      ...common,
      url: pageUrl,
      label: z.string(),
      value: z.number(),
      notation: z.enum(['plain', 'compact', 'percent']).meta({ description: 'How the site writes the number: 1,700,000, 1.7M or 17%.' }),
      scope: z.enum(['global', 'country']),
      country: countryRef.nullable(),
      programme: programmeRef.nullable(),
      asOf: isoDateTime.nullable(),
      sourceText: nullableText,
      sourceUrl: z.url().nullable(),
      order: z.number().nullable(),
    })
    .meta({ id: 'FactItem', description: 'A fact or figure.' }),
  countries: z
    .object({
      ...common,
      slug: z.string(),
      url: pageUrl,
      name: z.string(),
      isoCode: z.string(),
      presenceSince: z.number().int().nullable(),
      summary: nullableText,
      ...body,
      image: image.nullable(),
      officeAddress: nullableText,
      officeEmail: nullableText,
      officePhone: nullableText,
    })
    .meta({ id: 'CountryItem', description: 'A country office.' }),
} satisfies Record<ApiCollection, z.ZodObject>

export type ApiItem<C extends ApiCollection> = z.output<(typeof itemSchemas)[C]>

/** The fields a partner may pick with `fields=`. */
export function selectableFields(collection: ApiCollection): string[] {
  return Object.keys(itemSchemas[collection].shape).filter((key) => !(coreKeys as string[]).includes(key))
}

/** An item cut down to `fields` (the core fields always stay). */
export const partialItemSchemas = Object.fromEntries(
  apiCollections.map((collection) => {
    const schema: z.ZodObject = itemSchemas[collection]
    return [
      collection,
      schema.partial(Object.fromEntries(selectableFields(collection).map((key) => [key, true])) as Record<string, true>).meta({
        id: `${schema.meta()?.id}Selection`,
        description: 'The same item reduced to the fields asked for with `fields` (id, servedLocale and fallback always stay).',
      }),
    ]
  }),
) as unknown as { [C in ApiCollection]: z.ZodObject }

const links = z
  .object({
    self: z.url(),
    next: z.url().nullable(),
    prev: z.url().nullable(),
  })
  .meta({ id: 'PageLinks', description: 'Absolute links to this page and its neighbours (null at either end).' })

export function listEnvelope(collection: ApiCollection) {
  return z
    .object({
      data: z.array(z.union([itemSchemas[collection], partialItemSchemas[collection]])),
      totalCount: z.number().int().meta({ description: 'Documents matching the filters, on all pages.' }),
      count: z.number().int().meta({ description: 'Documents on this page.' }),
      page: z.number().int(),
      totalPages: z.number().int(),
      links,
    })
    .meta({ id: `${itemSchemas[collection].meta()?.id}List` })
}

export function itemEnvelope(collection: ApiCollection) {
  return z
    .object({
      data: z.union([itemSchemas[collection], partialItemSchemas[collection]]),
      links: z.object({ self: z.url() }),
    })
    .meta({ id: `${itemSchemas[collection].meta()?.id}Document` })
}

export const errorBody = z
  .object({
    error: z.string().meta({ description: 'What went wrong.' }),
    details: z.array(z.string()).meta({ description: 'How to fix the request, one line per problem.' }),
  })
  .meta({ id: 'Error' })

// ---------------------------------------------------------------------------------------------
// Query parameters

/** Text that came through the URL intact: no control characters, no undecodable bytes (U+FFFD). */
const cleanText = (name: string, max: number) =>
  z
    .string()
    .max(max, `${name} is longer than ${max} characters`)
    .refine((value) => !isGarbled(value), garbledProblem(name))

const documentedWholeNumber = (name: string, min: number, max: number, description: string) =>
  wholeNumber(name, min, max).meta({
    description,
    override: ({ jsonSchema }) => {
      delete jsonSchema.pattern
      Object.assign(jsonSchema, { type: 'integer', minimum: min, maximum: max })
    },
  })

/** A calendar date or an instant in ISO 8601: 2024-07-28, 2024-07-28T09:30:00Z, 2024-07-28T12:30:00+03:00. */
const isoInstant = (name: string, description: string) =>
  z
    .string()
    .max(40, `${name} must be an ISO 8601 date such as 2024-07-28 or 2024-07-28T09:30:00Z`)
    .refine(
      (value) => (z.iso.date().safeParse(value).success || z.iso.datetime({ offset: true }).safeParse(value).success) && !Number.isNaN(Date.parse(value)),
      `${name} must be an ISO 8601 date such as 2024-07-28 or 2024-07-28T09:30:00Z`,
    )
    .meta({ description, example: '2024-07-28' })

export const maxLimit = 100
export const defaultLimit = 20

/** Sort orders per collection: the public name and Payload's sort (always ending in the id, so pages never overlap; by date: `datedSort`, the dated index's order). */
export const sorts = {
  news: {
    '-date': datedSort('news'),
    date: datedSort('news', false),
    '-updatedAt': ['-updatedAt', '-createdAt', '-id'],
    updatedAt: ['updatedAt', 'createdAt', 'id'],
  },
  statements: {
    '-date': datedSort('statements'),
    date: datedSort('statements', false),
    '-updatedAt': ['-updatedAt', '-createdAt', '-id'],
    updatedAt: ['updatedAt', 'createdAt', 'id'],
  },
  programmes: { title: ['title', 'id'], '-updatedAt': ['-updatedAt', '-createdAt', '-id'], updatedAt: ['updatedAt', 'createdAt', 'id'] },
  facts: { order: ['order', 'id'], '-updatedAt': ['-updatedAt', '-createdAt', '-id'], updatedAt: ['updatedAt', 'createdAt', 'id'] },
  countries: { name: ['name', 'id'], '-updatedAt': ['-updatedAt', '-createdAt', '-id'], updatedAt: ['updatedAt', 'createdAt', 'id'] },
} as const satisfies Record<ApiCollection, Record<string, readonly string[]>>

const lang = z
  .enum(locales, { message: `lang must be one of ${locales.join(', ')}` })
  .default(defaultLocale)
  .meta({ description: `Language of the text fields. A document not yet translated is served in ${defaultLocale}, with fallback: true.` })

function fieldsParam(collection: ApiCollection) {
  const allowed = selectableFields(collection)
  return cleanText('fields', 1000)
    .transform((value) =>
      value
        .split(',')
        .map((field) => field.trim())
        .filter(Boolean),
    )
    .refine((fields) => fields.length > 0 && fields.every((field) => allowed.includes(field)), {
      message: `fields must be a comma-separated list of: ${allowed.join(', ')}`,
    })
    .meta({ description: `Only these fields (id, servedLocale and fallback always come). One or more of: ${allowed.join(', ')}.`, example: allowed.slice(0, 2).join(',') })
}

const country = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'country must be a two-letter ISO 3166 code such as TR or AZ')
  .transform((code) => code.toUpperCase())
  .meta({ description: 'ISO 3166-1 alpha-2 code of a country office, e.g. TR or AZ.', example: 'TR' })

const programme = z
  .string()
  .max(200, 'programme must be a programme slug (see /api/v1/programmes)')
  .regex(slugPattern, 'programme must be a programme slug (see /api/v1/programmes)')
  .meta({ description: 'Slug of a programme (in either language), from /api/v1/programmes.' })

const dateRange = {
  from: isoInstant('from', 'Dated on or after this day or instant.'),
  to: isoInstant('to', 'Dated on or before this day (the whole day) or instant.'),
}

function listQuerySchema<C extends ApiCollection>(collection: C, filters: z.ZodRawShape) {
  const sortNames = Object.keys(sorts[collection]) as [string, ...string[]]
  return z.strictObject({
    lang,
    page: documentedWholeNumber('page', 1, 100_000, 'Page number, from 1.').optional(),
    limit: documentedWholeNumber('limit', 1, maxLimit, `Documents per page, 1 to ${maxLimit} (default ${defaultLimit}).`).optional(),
    sort: z
      .enum(sortNames, { message: `sort must be one of ${sortNames.join(', ')}` })
      .optional()
      .meta({ description: `Order (default ${sortNames[0]}); ties are broken by creation time, then office, then id, so pages never overlap.` }),
    updatedSince: isoInstant('updatedSince', 'Only documents changed at or after this instant (incremental sync; pair with sort=updatedAt).').optional(),
    q: cleanText('q', 200)
      .refine((value) => value.trim().length > 0, 'q must not be empty')
      .optional()
      .meta({ description: 'Full text, case and accent insensitive with Turkish rules ("gocmen" finds "göçmen").', example: 'göç' }),
    fields: fieldsParam(collection).optional(),
    ...filters,
  })
}

export const listQuerySchemas = {
  news: listQuerySchema('news', { country: country.optional(), programme: programme.optional(), ...optionalRange() }),
  statements: listQuerySchema('statements', {
    country: country.optional(),
    programme: programme.optional(),
    kind: z.enum(statementKinds, { message: `kind must be one of ${statementKinds.join(', ')}` }).optional(),
    ...optionalRange(),
  }),
  programmes: listQuerySchema('programmes', {
    country: country.optional(),
    status: z.enum(['active', 'completed'], { message: 'status must be active or completed' }).optional(),
  }),
  facts: listQuerySchema('facts', {
    country: country.optional(),
    programme: programme.optional(),
    scope: z.enum(['global', 'country'], { message: 'scope must be global or country' }).optional(),
  }),
  countries: listQuerySchema('countries', {}),
} satisfies Record<ApiCollection, z.ZodObject>

function optionalRange() {
  return { from: dateRange.from.optional(), to: dateRange.to.optional() }
}

export type ListQuery = {
  lang: (typeof locales)[number]
  page?: number
  limit?: number
  sort?: string
  updatedSince?: string
  q?: string
  fields?: string[]
  country?: string
  programme?: string
  kind?: string
  status?: string
  scope?: string
  from?: string
  to?: string
}

export function itemQuerySchema(collection: ApiCollection) {
  return z.strictObject({ lang, fields: fieldsParam(collection).optional() })
}

export type ItemQuery = { lang: (typeof locales)[number]; fields?: string[] }

export const itemKey = z
  .string()
  .min(1)
  .max(200, 'the last part of the address must be an id or a slug of at most 200 characters')
  .meta({ description: 'The id, or the slug in either language (facts: id only).', example: 'baku-roundtable' })

/** Query parameters as zod sees them; a parameter given twice is an error, not a silent pick. */
export function parseQuery<T>(schema: z.ZodType<T>, params: URLSearchParams): { ok: true; value: T } | { ok: false; details: string[] } {
  const picked: Record<string, string> = {}
  const details: string[] = []
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    if (values.length > 1) details.push(`${key} is given ${values.length} times; give it once`)
    picked[key] = values[0]
  }
  const parsed = schema.safeParse(picked)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const allowed = schema instanceof z.ZodObject ? Object.keys(schema.shape).join(', ') : ''
        details.push(`unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}; this endpoint takes ${allowed}`)
      } else {
        details.push(issue.message)
      }
    }
  }
  if (details.length > 0 || !parsed.success) return { ok: false, details }
  return { ok: true, value: parsed.data }
}

// ---------------------------------------------------------------------------------------------
// The changes feed (/api/v1/changes, changes.ts)

export const changesMaxLimit = 1000
export const changesDefaultLimit = 100

export const changesQuerySchema = z.strictObject({
  cursor: z
    .string()
    .max(200, 'cursor must be the `next` value of an earlier page, unchanged')
    .regex(/^[A-Za-z0-9_-]+$/, 'cursor must be the `next` value of an earlier page, unchanged')
    .optional()
    .meta({ description: 'Where to go on from: the `next` of the page before. Leave it out to start from the beginning (every published document, then what changed).' }),
  limit: documentedWholeNumber('limit', 1, changesMaxLimit, `Entries per page, 1 to ${changesMaxLimit} (default ${changesDefaultLimit}).`).optional(),
  collection: z
    .enum(apiCollections, { message: `collection must be one of ${apiCollections.join(', ')}` })
    .optional()
    .meta({ description: 'Only entries of this collection.' }),
  country: country.optional(),
  lang: z
    .enum(locales, { message: `lang must be one of ${locales.join(', ')}` })
    .optional()
    .meta({ description: 'Only entries in this language. Without it, every language: each document has one entry per language it is published in.' }),
})
export type ChangesQuery = z.output<typeof changesQuerySchema>

const changeEntry = z
  .object({
    type: z.enum(['upsert', 'delete']).meta({
      description:
        'upsert: the document is published in this language, new or changed; replace your copy with `item`. delete: it is no longer (deleted, unpublished, or its translation into this language removed); drop your copy.',
    }),
    collection: z.enum(apiCollections),
    id: z.string().meta({ description: 'The document’s id, as items give it.' }),
    lang: z.enum(locales).meta({ description: 'The language this entry is about; a document has one entry per language.' }),
    changedAt: isoDateTime,
    href: z.url().meta({ description: 'The document in this language on the API (a 404 once deleted).' }),
    item: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: 'For an upsert: the document as /api/v1/{collection}/{id}?lang= returns it now (its latest state, whatever the entry’s time).' }),
  })
  .meta({ id: 'ChangeEntry', description: 'The latest change of one document in one language.' })

export const changesEnvelope = z
  .object({
    data: z.array(changeEntry).meta({ description: 'In the feed’s order, oldest change first; a document’s earlier entries are replaced by its latest.' }),
    next: z.string().meta({ description: 'The cursor to send next time (also when this page is empty): keep it.' }),
    hasMore: z.boolean().meta({ description: 'More entries are waiting: ask again now with `next`. false: you are up to date; poll later with `next`.' }),
    links: z.object({ self: z.url(), next: z.url() }),
  })
  .meta({ id: 'ChangesPage' })

/** What a webhook delivery carries (lib/sync/webhooks.ts): the Standard Webhooks envelope. */
export const webhookEventTypes = ['published', 'updated', 'unpublished', 'deleted'] as const

export const webhookEvent = z
  .object({
    type: z.string().meta({ description: '`{collection}.{event}`, e.g. `news.published`.', example: 'news.published' }),
    timestamp: isoDateTime.meta({ description: 'When the change was recorded.' }),
    data: z.object({
      event: z.enum(webhookEventTypes).meta({
        description:
          'published: now public in this language (new, or again); updated: changed while public; unpublished: no longer public in this language (unpublished, or its translation removed); deleted: the document is gone.',
      }),
      collection: z.enum(apiCollections),
      id: z.string().meta({ description: 'The document’s id, as items give it.' }),
      lang: z.enum(locales),
      seq: z.number().int().meta({ description: 'Its place in the changes feed: one document’s deliveries arrive in this order.' }),
      href: z.url().meta({ description: 'The document in this language on the API.' }),
      item: z
        .record(z.string(), z.unknown())
        .optional()
        .meta({ description: 'For published and updated: the document as /api/v1/{collection}/{id}?lang= returned it when the change was recorded.' }),
    }),
  })
  .meta({ id: 'WebhookEvent', description: 'One change, POSTed to a partner’s endpoint and signed (webhook-id, webhook-timestamp, webhook-signature: Standard Webhooks).' })
