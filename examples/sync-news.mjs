#!/usr/bin/env node
// @ts-check
/**
 * Köprü partner API: sync every news item changed since a date, in English and Turkish.
 *
 *   node examples/sync-news.mjs --base https://www.example.org --since 2024-01-01T00:00:00Z [--key KEY] [--out dir]
 *
 * Walks /api/v1/news?updatedSince=…&sort=updatedAt page by page (links.next) for each
 * language and writes one JSON file per item and language (or prints JSON lines without
 * --out). Keep the largest updatedAt you saw and pass it as --since next time: the API returns
 * items changed at or after that instant, so re-reading the last one is expected and harmless.
 * Honours 429 (waits Retry-After) and 503 (retries). Node 18+ (global fetch), no dependencies.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.KOPRU_API_BASE ?? 'http://localhost:3000' },
    since: { type: 'string', default: '1970-01-01T00:00:00Z' },
    key: { type: 'string', default: process.env.KOPRU_API_KEY },
    out: { type: 'string' },
    langs: { type: 'string', default: 'en,tr' },
  },
})

const headers = { Accept: 'application/json', ...(values.key ? { Authorization: `users API-Key ${values.key}` } : {}) }
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** @param {string} url @returns {Promise<any>} The API's JSON answer. */
async function getJson(url, attempt = 1) {
  const response = await fetch(url, { headers })
  if ((response.status === 429 || response.status === 503) && attempt <= 5) {
    const wait = Number(response.headers.get('retry-after') ?? '5')
    console.error(`${response.status} on ${url}: retrying in ${wait} s`)
    await sleep(wait * 1000)
    return getJson(url, attempt + 1)
  }
  const body = await response.json()
  if (!response.ok) throw new Error(`${response.status} ${body.error} ${body.details?.join(' ')}`)
  return body
}

/** @param {string} lang */
async function syncLanguage(lang) {
  const query = new URLSearchParams({ lang, updatedSince: values.since, sort: 'updatedAt', limit: '100' })
  let next = `${values.base.replace(/\/$/, '')}/api/v1/news?${query}`
  let count = 0
  let latest = values.since
  while (next) {
    const page = await getJson(next)
    for (const item of page.data) {
      count += 1
      if (item.updatedAt > latest) latest = item.updatedAt
      if (values.out) {
        await fs.mkdir(values.out, { recursive: true })
        await fs.writeFile(path.join(values.out, `news-${item.id}.${lang}.json`), `${JSON.stringify(item, null, 2)}\n`)
      } else {
        process.stdout.write(`${JSON.stringify({ lang, ...item })}\n`)
      }
    }
    next = page.links.next
  }
  return { lang, count, latest }
}

const results = []
for (const lang of values.langs.split(',')) results.push(await syncLanguage(lang))
for (const { lang, count, latest } of results) console.error(`${lang}: ${count} items; next run: --since ${latest}`)
