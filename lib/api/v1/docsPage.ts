import escapeHtml from 'escape-html'
import { getTranslations } from 'next-intl/server'

import { locales, type Locale } from '@/i18n/locales'
import { getEnv } from '@/lib/env'
import { apiUrl } from '@/lib/metadata'
import { openApiDocument } from './openapi'
import { disableAfterFailures } from '@/lib/sync/webhooks'
import { encodeCursor } from './changes'
import { listItems } from './query'
import { apiBase, apiCollections, feedCollections, type ApiCollection } from './schemas'

/**
 * The human docs page of /api/v1, in English or Turkish (?lang=tr): rendered from the OpenAPI
 * document (so it lists every endpoint and parameter the API has) with curl examples built from
 * the published content (so each example returns data). No scripts, fonts or CDNs.
 */

type Parameter = { name: string; in: string; description?: string; schema?: { description?: string; enum?: string[]; default?: unknown } }
type Operation = { summary?: string; parameters?: Parameter[] }

const html = (strings: TemplateStringsArray, ...values: unknown[]) => strings.reduce((out, part, i) => out + part + (i < values.length ? String(values[i]) : ''), '')

/**
 * A complete webhook receiver (Node and the standardwebhooks package): shown on the page, and
 * run as it is shown by tests/e2e/webhooks.test.ts.
 */
export const webhookReceiverExample = `import http from 'node:http'
import { Webhook } from 'standardwebhooks'

// The endpoint's signing secret (whsec_…), from the registration's answer.
const webhook = new Webhook(process.env.KOPRU_WEBHOOK_SECRET)

http
  .createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      try {
        // Over the exact body received; throws when the signature or the time is wrong.
        const event = webhook.verify(body, request.headers)
        console.log(event.type, event.data.id, event.data.lang)
        response.writeHead(204).end()
      } catch {
        // Not from Köprü, or altered on the way: ignore it.
        response.writeHead(400).end()
      }
    })
  })
  .listen(Number(process.env.PORT ?? 8787))
`

/** A real document per collection, so that the examples answer with data. */
async function exampleKeys(): Promise<{ keys: Partial<Record<ApiCollection, string>>; country?: string }> {
  const keys: Partial<Record<ApiCollection, string>> = {}
  let country: string | undefined
  for (const collection of apiCollections) {
    const { items } = await listItems(collection, {
      lang: 'en',
      limit: 1,
      fields: collection === 'facts' ? ['label'] : ['slug', ...(collection === 'countries' ? ['isoCode'] : [])],
    })
    const item = items[0]
    if (!item) continue
    keys[collection] = String(collection === 'facts' ? item.id : item.slug)
    if (collection === 'countries') country = String(item.isoCode)
  }
  return { keys, country }
}

function curl(url: string, headers: string[] = []): string {
  const flags = headers.map((header) => ` -H '${header}'`).join('')
  return `curl -s${flags} '${url}'`
}

function example(label: string, url: string, headers: string[] = []): string {
  return html`<figure class="example">
    <figcaption>${escapeHtml(label)}</figcaption>
    <pre><code data-example="${escapeHtml(url)}">${escapeHtml(curl(url, headers))}</code></pre>
  </figure>`
}

function examplesFor(path: string, keys: Partial<Record<ApiCollection, string>>, country: string | undefined, t: (key: string) => string): string[] {
  if (path === `${apiBase}/changes`) {
    const url = apiUrl(`${apiBase}/changes`)
    // A real cursor (the beginning, given out now), so that the example answers.
    const cursor = encodeCursor({ s: 0, t: Math.floor(Date.now() / 3_600_000) * 3_600_000 })
    return [
      example(t('exampleChangesStart'), `${url}?limit=100`),
      example(t('exampleChangesFiltered'), `${url}?collection=news&lang=en${country ? `&country=${country}` : ''}`),
      example(t('exampleChangesCursor'), `${url}?cursor=${cursor}`, ['Authorization: users API-Key YOUR-KEY']),
    ]
  }
  const [, collectionPart, rest] = /^\/api\/v1\/([a-z]+)(.*)$/.exec(path) ?? []
  const collection = collectionPart as ApiCollection
  const filter = country && collection !== 'countries' ? `&country=${country}` : ''
  if (rest === '/{key}') {
    const key = keys[collection]
    if (!key) return []
    const url = apiUrl(`${apiBase}/${collection}/${encodeURIComponent(key)}`)
    return [example(t('exampleEnglish'), `${url}?lang=en`), example(t('exampleTurkish'), `${url}?lang=tr`)]
  }
  const base = apiUrl(`${apiBase}/${collection}${rest}`)
  const out = [example(t('exampleEnglish'), `${base}?lang=en&limit=5`), example(t('exampleTurkish'), `${base}?lang=tr${filter}&limit=5`)]
  if (rest === '' && collection === 'news') {
    out.push(example(t('exampleSync'), `${base}?lang=tr&updatedSince=2024-01-01T00:00:00Z&sort=updatedAt&limit=100`))
    out.push(example(t('exampleKey'), `${base}?lang=en`, ['Authorization: users API-Key YOUR-KEY']))
    out.push(example(t('exampleConditional'), `${base}?lang=en`, ['If-None-Match: "ETAG-FROM-YOUR-LAST-ANSWER"']))
  }
  return out
}

function parameterRows(operation: Operation, t: (key: string) => string): string {
  return (operation.parameters ?? [])
    .map((parameter) => {
      const schema = parameter.schema ?? {}
      const allowed = schema.enum ? ` (${schema.enum.join(' | ')})` : ''
      const where = parameter.in === 'path' ? ` <small>${escapeHtml(t('inPath'))}</small>` : ''
      return html`<tr>
        <th scope="row"><code>${escapeHtml(parameter.name)}</code>${where}</th>
        <td>${escapeHtml(`${parameter.description ?? schema.description ?? ''}${allowed}`)}</td>
      </tr>`
    })
    .join('')
}

const styles = `
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a2e;background:#fff}
header{background:#0b3d91;color:#fff;padding:1.5rem 1rem}header a{color:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{margin:.2rem 0}h2{border-bottom:2px solid #0b3d91;padding-bottom:.2rem;margin-top:2rem}
h3{margin-top:1.6rem}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.92em}
pre{background:#f2f5fa;border:1px solid #d4dbe8;padding:.6rem;white-space:pre-wrap;overflow-wrap:anywhere;border-radius:4px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;border-bottom:1px solid #d4dbe8;padding:.35rem .5rem}
figure{margin:.6rem 0}figcaption{font-weight:600;font-size:.92em}a{color:#0b3d91}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.method{display:inline-block;background:#0b3d91;color:#fff;border-radius:3px;padding:0 .4rem;margin-right:.4rem;font-size:.85em}
`

export async function docsPage(locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'apiDocs' })
  const tr = (key: string) => t(key as never)
  const env = getEnv()
  const document = openApiDocument()
  const { keys, country } = await exampleKeys()
  const other = locales.find((candidate) => candidate !== locale) ?? locale

  const endpoints = Object.entries(document.paths ?? {})
    .map(([path, item]) => {
      const operation = (item as { get?: Operation }).get ?? {}
      const rows = parameterRows(operation, tr)
      return html`<section id="${escapeHtml(path.replace(/[^a-z0-9]+/gi, '-'))}">
        <h3><span class="method">GET</span><code>${escapeHtml(path)}</code></h3>
        <p>${escapeHtml(operation.summary ?? '')}</p>
        ${
          rows
            ? html`<table>
                <caption class="visually-hidden">
                  ${escapeHtml(tr('parameters'))}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${escapeHtml(tr('parameter'))}</th>
                    <th scope="col">${escapeHtml(tr('description'))}</th>
                  </tr>
                </thead>
                <tbody>
                  ${rows}
                </tbody>
              </table>`
            : ''
        }
        <h4>${escapeHtml(tr('examples'))}</h4>
        ${examplesFor(path, keys, country, tr).join('\n')}
      </section>`
    })
    .join('\n')

  const feeds = feedCollections
    .map((collection) => {
      const url = apiUrl(`${apiBase}/${collection}.rss?lang=${locale}`)
      return html`<li><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></li>`
    })
    .join('')

  return html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${escapeHtml(tr('title'))}</title>
        <link rel="alternate" hreflang="${other}" href="${escapeHtml(apiUrl(`${apiBase}/docs?lang=${other}`))}" />
        <style>
          ${styles}
        </style>
      </head>
      <body>
        <header>
          <h1>${escapeHtml(tr('title'))}</h1>
          <p>${escapeHtml(tr('intro'))}</p>
          <p>
            <a href="${apiBase}/docs?lang=${other}" hreflang="${other}" lang="${other}">${escapeHtml(tr('otherLanguage'))}</a> ·
            <a href="${apiBase}/openapi.json">${escapeHtml(tr('reference'))}</a>
          </p>
        </header>
        <main>
          <h2>${escapeHtml(tr('basicsTitle'))}</h2>
          <ul>
            <li>${escapeHtml(tr('basicsLang'))}</li>
            <li>${escapeHtml(tr('basicsEnvelope'))}</li>
            <li>${escapeHtml(tr('basicsFields'))}</li>
          </ul>
          <h2>${escapeHtml(tr('keysTitle'))}</h2>
          <p>${escapeHtml(t('keysText', { anonymous: env.RATE_LIMIT_ANONYMOUS, keyed: env.RATE_LIMIT_KEYED, window: env.RATE_LIMIT_WINDOW_SECONDS }))}</p>
          <pre><code>${escapeHtml(curl(apiUrl(`${apiBase}/news?lang=en`), ['Authorization: users API-Key YOUR-KEY']))}</code></pre>
          <h2>${escapeHtml(tr('cachingTitle'))}</h2>
          <p>${escapeHtml(tr('cachingText'))}</p>
          <h2 id="changes">${escapeHtml(tr('changesTitle'))}</h2>
          <p>${escapeHtml(t('changesText', { days: env.CHANGES_RETENTION_DAYS }))}</p>
          <h2 id="webhooks">${escapeHtml(tr('webhooksTitle'))}</h2>
          <p>${escapeHtml(tr('webhooksText'))}</p>
          <p>${escapeHtml(tr('webhooksRegister'))}</p>
          <pre><code>${escapeHtml(
            `curl -s -X POST '${apiUrl('/api/webhook-endpoints')}' -H 'Authorization: users API-Key YOUR-KEY' -H 'Content-Type: application/json' \\\n  -d '{"url": "https://partner.example.org/kopru", "events": ["published", "updated", "unpublished", "deleted"], "collections": ["news", "statements"], "langs": ["en", "tr"]}'`,
          )}</code></pre>
          <p>${escapeHtml(tr('webhooksVerify'))}</p>
          <pre><code data-webhook-receiver>${escapeHtml(webhookReceiverExample)}</code></pre>
          <p>${escapeHtml(t('webhooksRetries', { timeout: Math.round(env.WEBHOOK_TIMEOUT_MS / 1000), failures: disableAfterFailures }))}</p>
          <p>${escapeHtml(tr('webhooksLog'))}</p>
          <pre><code>${escapeHtml(curl(apiUrl('/api/webhook-deliveries?sort=-createdAt&limit=20'), ['Authorization: users API-Key YOUR-KEY']))}</code></pre>
          <h2>${escapeHtml(tr('errorsTitle'))}</h2>
          <p>${escapeHtml(tr('errorsText'))}</p>
          <h2>${escapeHtml(tr('feedsTitle'))}</h2>
          <p>${escapeHtml(tr('feedsText'))}</p>
          <ul>
            ${feeds}
          </ul>
          <h2>${escapeHtml(tr('endpointsTitle'))}</h2>
          ${endpoints}
        </main>
      </body>
    </html>`
}
