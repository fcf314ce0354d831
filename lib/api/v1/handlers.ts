import { getTranslations } from 'next-intl/server'
import { z } from 'zod'

import { defaultLocale, locales } from '@/i18n/locales'

import { listPath } from '@/i18n/paths'
import { rssFeed } from '@/lib/feeds'
import { apiUrl } from '@/lib/metadata'
import { docsPage } from './docsPage'
import type { ApiResult } from './http'
import { NotFound } from './http'
import { openApiDocument } from './openapi'
import { BadRequest, findItem, listItems } from './query'
import {
  apiBase,
  apiCollections,
  feedCollections,
  isApiCollection,
  itemQuerySchema,
  listQuerySchemas,
  parseQuery,
  type ApiCollection,
  type FeedCollection,
  type ItemQuery,
  type ListQuery,
} from './schemas'

/** The handlers of /api/v1: parameters → reads (query.ts) → envelope. HTTP concerns live in http.ts. */

function collectionOf(segment: string): ApiCollection {
  if (isApiCollection(segment)) return segment
  throw new NotFound([`There is no collection "${segment.slice(0, 60)}" here; the collections are ${apiCollections.join(', ')}.`])
}

function parseOrThrow<T>(schema: Parameters<typeof parseQuery<T>>[0], params: URLSearchParams): T {
  const parsed = parseQuery(schema, params)
  if (!parsed.ok) throw new BadRequest(parsed.details)
  return parsed.value
}

/**
 * A copy of the query with its parameters sorted by name (each name's values in their order):
 * the links of an answer do not depend on the order a client wrote them in, so server.mjs keeps
 * one answer for every order (lib/cache/apiCache.mjs).
 */
function sorted(params: URLSearchParams): URLSearchParams {
  const copy = new URLSearchParams(params)
  copy.sort()
  return copy
}

/** The same query with another page, as an absolute URL. */
function pageUrl(path: string, params: URLSearchParams, page: number): string {
  const next = sorted(params)
  if (page === 1) next.delete('page')
  else next.set('page', String(page))
  const query = next.toString()
  return apiUrl(`${path}${query ? `?${query}` : ''}`)
}

async function list(collection: ApiCollection, params: URLSearchParams): Promise<ApiResult> {
  const query = parseOrThrow<ListQuery>(listQuerySchemas[collection], params)
  const result = await listItems(collection, query)
  const path = `${apiBase}/${collection}`
  const query_ = sorted(params)
  return {
    json: {
      data: result.items,
      totalCount: result.totalCount,
      count: result.items.length,
      page: result.page,
      totalPages: result.totalPages,
      links: {
        self: apiUrl(`${path}${query_.size ? `?${query_}` : ''}`),
        next: result.page < result.totalPages ? pageUrl(path, params, result.page + 1) : null,
        prev: result.page > 1 ? pageUrl(path, params, Math.min(result.page - 1, Math.max(result.totalPages, 1))) : null,
      },
    },
  }
}

/** The feed of a list with the same filters (news.rss?country=TR&lang=tr). */
async function feed(collection: FeedCollection, params: URLSearchParams): Promise<ApiResult> {
  if (params.has('fields')) throw new BadRequest(['fields does not apply to a feed: leave it out'])
  const query = parseOrThrow<ListQuery>(listQuerySchemas[collection], params)
  const { items } = await listItems(collection, query)
  const t = await getTranslations({ locale: query.lang })
  const filters = [query.country, query.programme, query.kind, query.q && `“${query.q}”`].filter(Boolean).join(', ')
  const selfQuery = sorted(params).toString()
  const xml = rssFeed({
    site: { origin: new URL(apiUrl('')).origin },
    title: `${t(`nav.${collection}`)} · ${t('site.name')}${filters ? ` (${filters})` : ''}`,
    description: t('site.tagline'),
    locale: query.lang,
    selfPath: `${apiBase}/${collection}.rss${selfQuery ? `?${selfQuery}` : ''}`,
    pagePath: listPath(collection, query.lang),
    items: items.map((item) => ({
      id: String(item.id),
      title: String(item.title),
      href: String(item.url),
      excerpt: (item.excerpt as string | null | undefined) ?? (item.occasion as string | null | undefined) ?? null,
      date: (item.publishedDate ?? item.date) as string,
    })),
  })
  return { text: xml, contentType: 'application/rss+xml; charset=utf-8' }
}

/** GET /api/v1/{collection} and /api/v1/{news,statements}.rss */
export async function listOrFeed(request: Request, { collection: segment }: { collection: string }): Promise<ApiResult> {
  const params = new URL(request.url).searchParams
  const feedMatch = /^(.+)\.rss$/.exec(segment)
  if (feedMatch) {
    const collection = collectionOf(feedMatch[1])
    if (!(feedCollections as readonly string[]).includes(collection)) {
      throw new NotFound([`Feeds exist for ${feedCollections.join(' and ')} only: ${feedCollections.map((c) => `${apiBase}/${c}.rss`).join(', ')}.`])
    }
    return feed(collection as FeedCollection, params)
  }
  return list(collectionOf(segment), params)
}

const docsQuery = z.strictObject({ lang: z.enum(locales, { message: `lang must be one of ${locales.join(', ')}` }).default(defaultLocale) })

/** GET /api/v1/docs (?lang=tr): the human documentation. */
export async function docs(request: Request): Promise<ApiResult> {
  const { lang } = parseOrThrow(docsQuery, new URL(request.url).searchParams)
  return { text: await docsPage(lang), contentType: 'text/html; charset=utf-8' }
}

/** GET /api/v1: where everything is. */
export async function index(request: Request): Promise<ApiResult> {
  parseOrThrow(z.strictObject({}), new URL(request.url).searchParams)
  return {
    json: {
      name: 'Köprü partner API',
      version: 'v1',
      links: {
        docs: apiUrl(`${apiBase}/docs`),
        openapi: apiUrl(`${apiBase}/openapi.json`),
        ...Object.fromEntries(apiCollections.map((collection) => [collection, apiUrl(`${apiBase}/${collection}`)])),
        ...Object.fromEntries(feedCollections.map((collection) => [`${collection}Feed`, apiUrl(`${apiBase}/${collection}.rss`)])),
        changes: apiUrl(`${apiBase}/changes`),
      },
    },
  }
}

/** GET /api/v1/openapi.json */
export async function openApi(request: Request): Promise<ApiResult> {
  parseOrThrow(z.strictObject({}), new URL(request.url).searchParams)
  return { json: openApiDocument() }
}

/** GET /api/v1/{collection}/{id or slug} */
export async function one(request: Request, { collection: segment, key }: { collection: string; key: string }): Promise<ApiResult> {
  const collection = collectionOf(segment)
  const params = new URL(request.url).searchParams
  const query = parseOrThrow<ItemQuery>(itemQuerySchema(collection), params)
  if (key.length > 200) throw new BadRequest(['the last part of the address must be an id or a slug of at most 200 characters'])
  const item = await findItem(collection, key, query)
  if (!item) {
    throw new NotFound([
      `No published ${collection} document has the ${collection === 'facts' ? 'id' : 'id or slug'} "${key.slice(0, 80)}". List them at ${apiUrl(`${apiBase}/${collection}`)}.`,
    ])
  }
  const path = `${apiBase}/${collection}/${encodeURIComponent(key)}`
  return { json: { data: item, links: { self: apiUrl(`${path}${params.size ? `?${sorted(params)}` : ''}`) } } }
}
