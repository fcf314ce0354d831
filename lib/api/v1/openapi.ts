import { z } from 'zod'
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponseObject, type ZodOpenApiResponsesObject } from 'zod-openapi'

import { getEnv } from '@/lib/env'
import { cacheControl } from './http'
import {
  apiBase,
  apiCollections,
  changesEnvelope,
  changesQuerySchema,
  errorBody,
  feedCollections,
  itemEnvelope,
  itemKey,
  itemQuerySchema,
  listEnvelope,
  listQuerySchemas,
  type ApiCollection,
  webhookEvent,
  webhookEventTypes,
} from './schemas'

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers validate
 * with (schemas.ts), so the description cannot drift from the behaviour.
 */

const titles: Record<ApiCollection, string> = {
  news: 'News',
  statements: 'Statements',
  programmes: 'Programmes',
  facts: 'Facts and figures',
  countries: 'Country offices',
}

const header = (description: string) => z.string().meta({ description })

const rateHeaders = {
  'RateLimit-Limit': header('Requests allowed in the window.'),
  'RateLimit-Remaining': header('Requests left in the window.'),
  'RateLimit-Reset': header('Seconds until the window starts again.'),
  'RateLimit-Policy': header('The limit and the window in seconds, e.g. 60;w=60.'),
}

const okHeaders = z.object({
  ETag: header('Validator of this response: send it back as If-None-Match to get a 304 while nothing changed.'),
  'Cache-Control': header(cacheControl),
  ...rateHeaders,
})

const error = (description: string, headers = z.object({})) => ({
  description,
  headers,
  content: { 'application/json': { schema: errorBody } },
})

function responses(ok: ZodOpenApiResponseObject, withNotFound: boolean): ZodOpenApiResponsesObject {
  return {
    '200': ok,
    '304': { description: 'Not modified: the If-None-Match ETag is still current.', headers: okHeaders },
    '400': error('A parameter is unknown, repeated or malformed; `details` says how to fix each.'),
    '401': error('The Authorization header holds no valid API key.'),
    ...(withNotFound ? { '404': error('No published document has this id or slug.') } : {}),
    '429': error('Too many requests from this client; wait Retry-After seconds.', z.object({ ...rateHeaders, 'Retry-After': header('Seconds to wait.') })),
    '503': error('The content database is unreachable; retry later.', z.object({ 'Retry-After': header('Seconds to wait.') })),
  }
}

function listOperation(collection: ApiCollection): ZodOpenApiOperationObject {
  return {
    operationId: `list${titles[collection].replace(/\W/g, '')}`,
    summary: `List published ${titles[collection].toLowerCase()}`,
    tags: [titles[collection]],
    requestParams: { query: listQuerySchemas[collection] },
    responses: responses({ description: 'A page of published documents.', headers: okHeaders, content: { 'application/json': { schema: listEnvelope(collection) } } }, false),
  }
}

function itemOperation(collection: ApiCollection): ZodOpenApiOperationObject {
  return {
    operationId: `get${titles[collection].replace(/\W/g, '')}Item`,
    summary: `One published ${titles[collection].toLowerCase()} document by id${collection === 'facts' ? '' : ' or slug'}`,
    tags: [titles[collection]],
    requestParams: { path: z.object({ key: itemKey }), query: itemQuerySchema(collection) },
    responses: responses({ description: 'The document.', headers: okHeaders, content: { 'application/json': { schema: itemEnvelope(collection) } } }, true),
  }
}

function feedOperation(collection: ApiCollection): ZodOpenApiOperationObject {
  const { fields: _fields, ...filters } = listQuerySchemas[collection].shape
  return {
    operationId: `feed${titles[collection].replace(/\W/g, '')}`,
    summary: `RSS 2.0 feed of published ${titles[collection].toLowerCase()}, with the same filters as the list`,
    tags: [titles[collection]],
    requestParams: { query: z.strictObject(filters) },
    responses: responses({ description: 'An RSS 2.0 document.', headers: okHeaders, content: { 'application/rss+xml': { schema: z.string() } } }, false),
  }
}

const changesOperation: ZodOpenApiOperationObject = {
  operationId: 'listChanges',
  summary: 'What changed for partners since your cursor, deletions included',
  description:
    'Follow it to keep a mirror exact. Start without a cursor: the pages give every published document (one entry per language it is published in), then what changes. Apply each entry in order: an upsert replaces your copy of that document in that language with `item`; a delete removes it (deleted, unpublished, or its translation removed). Keep `next` and send it as `cursor`: while `hasMore` is true ask again at once, otherwise poll later. Drafts never appear. Deletions are kept CHANGES_RETENTION_DAYS (at least 90) days: an older cursor gets a 410, and you start over. With country=, a document moved to another office comes as an upsert whose item names its new country: drop it. An entry is written when the document itself changes; a renamed country or programme shows in the items of documents changed later.',
  tags: ['Changes'],
  requestParams: { query: changesQuerySchema },
  responses: {
    ...responses({ description: 'A page of changes, oldest first.', headers: okHeaders, content: { 'application/json': { schema: changesEnvelope } } }, false),
    '410': error('The cursor is older than the deletions kept: start over without a cursor.'),
  },
}

/** The webhooks partners may receive (OpenAPI 3.1 `webhooks`): one per event, the same body. */
function webhookOperation(event: (typeof webhookEventTypes)[number]): ZodOpenApiOperationObject {
  return {
    operationId: `webhook${event[0].toUpperCase()}${event.slice(1)}`,
    summary: `A document was ${event} (per language)`,
    description:
      'POSTed to each endpoint whose filters select it. Register endpoints with your key: POST /api/webhook-endpoints {"url", "events", "collections", "countries", "langs"}; the answer holds the signing `secret`. Verify the headers webhook-id, webhook-timestamp and webhook-signature over the exact body with a Standard Webhooks library before trusting it. Answer 2xx within WEBHOOK_TIMEOUT_MS (10 s); otherwise it is tried again after 1, 5, 15 and 30 minutes, 1, 2, 4, 8 and 8 hours (the same webhook-id: ignore a repeat). Twenty failed attempts in a row disable the endpoint and e-mail its owner. Your deliveries: GET /api/webhook-deliveries.',
    tags: ['Changes'],
    requestParams: {
      header: z.object({
        'webhook-id': z.string().meta({ description: 'The message id, the same on every attempt.' }),
        'webhook-timestamp': z.string().meta({ description: 'Seconds since 1970 when this attempt was signed.' }),
        'webhook-signature': z.string().meta({ description: '`v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the secret.' }),
      }),
    },
    requestBody: { content: { 'application/json': { schema: webhookEvent } } },
    responses: { '2XX': { description: 'Received: not sent again.' }, default: { description: 'Anything else, or no answer in time: tried again later.' } },
  }
}

function buildDocument() {
  const paths: ZodOpenApiPathsObject = {}
  for (const collection of apiCollections) {
    paths[`${apiBase}/${collection}`] = { get: listOperation(collection) }
    paths[`${apiBase}/${collection}/{key}`] = { get: itemOperation(collection) }
  }
  for (const collection of feedCollections) paths[`${apiBase}/${collection}.rss`] = { get: feedOperation(collection) }
  paths[`${apiBase}/changes`] = { get: changesOperation }

  const webhooks: ZodOpenApiPathsObject = Object.fromEntries(webhookEventTypes.map((event) => [event, { post: webhookOperation(event) }]))

  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Köprü partner API',
      version: '1.0.0',
      description:
        'Published news, statements, programmes, facts and country offices of the agency’s country offices, in English and Turkish. Read-only; drafts never appear. Anonymous use is rate-limited per IP; partners with an API key get a higher rate.',
    },
    servers: [{ url: getEnv().SERVER_URL }],
    tags: [...apiCollections.map((collection) => ({ name: titles[collection] })), { name: 'Changes', description: 'The changes feed: sync with deletions.' }],
    security: [{}, { apiKey: [] }],
    components: {
      securitySchemes: {
        apiKey: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description:
            'Your key, as "users API-Key <key>". Optional: without it you read anonymously at the lower rate. A key switched off or changed keeps working for up to 30 seconds (the server remembers recognised keys that long).',
        },
      },
    },
    paths,
    webhooks,
  })
}

let cached: ReturnType<typeof buildDocument> | undefined

export function openApiDocument() {
  cached ??= buildDocument()
  return cached
}
