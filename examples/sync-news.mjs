#!/usr/bin/env node
// @ts-check
/**
 * Köprü partner API: keep a folder that mirrors the published news exactly, deletions
 * included, by following the changes feed (/api/v1/changes).
 *
 *   node examples/sync-news.mjs --base https://www.example.org --out ./news [--key KEY] [--langs en,tr]
 *
 * Each news item in each language is one file, <out>/news-<id>.<lang>.json. The feed's cursor is
 * kept in <out>/.cursor: run it again (from cron, every few minutes) and it goes on from there.
 * An upsert writes the file, a delete removes it (the item was deleted, unpublished, or its
 * translation removed). A cursor older than the feed keeps deletions (410 Gone) starts over:
 * the files the new walk does not name are removed. Without --out it prints the entries as
 * JSON lines and keeps no cursor. Honours 429 (waits Retry-After) and 503 (retries).
 * Node 18+ (global fetch), no dependencies.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.KOPRU_API_BASE ?? 'http://localhost:3000' },
    key: { type: 'string', default: process.env.KOPRU_API_KEY },
    out: { type: 'string' },
    langs: { type: 'string', default: 'en,tr' },
  },
})

const langs = new Set(values.langs.split(','))
const headers = { Accept: 'application/json', ...(values.key ? { Authorization: `users API-Key ${values.key}` } : {}) }
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** @param {string} url @returns {Promise<{ status: number, body: any }>} The API's JSON answer. */
async function getJson(url, attempt = 1) {
  const response = await fetch(url, { headers })
  if ((response.status === 429 || response.status === 503) && attempt <= 5) {
    const wait = Number(response.headers.get('retry-after') ?? '5')
    console.error(`${response.status} on ${url}: retrying in ${wait} s`)
    await sleep(wait * 1000)
    return getJson(url, attempt + 1)
  }
  const body = await response.json()
  if (!response.ok && response.status !== 410) throw new Error(`${response.status} ${body.error} ${body.details?.join(' ')}`)
  return { status: response.status, body }
}

const cursorFile = values.out ? path.join(values.out, '.cursor') : undefined
const fileOf = (/** @type {string} */ id, /** @type {string} */ lang) => path.join(/** @type {string} */ (values.out), `news-${id}.${lang}.json`)

/** Follows the feed from `cursor` to its end; returns the new cursor and the files it named, or null on 410. */
async function follow(/** @type {string | undefined} */ cursor) {
  const named = new Set()
  let upserts = 0
  let deletions = 0
  for (;;) {
    const query = new URLSearchParams({ collection: 'news', limit: '500', ...(cursor ? { cursor } : {}) })
    const { status, body } = await getJson(`${values.base.replace(/\/$/, '')}/api/v1/changes?${query}`)
    if (status === 410) return null
    for (const entry of body.data) {
      if (!langs.has(entry.lang)) continue
      if (!values.out) {
        process.stdout.write(`${JSON.stringify(entry)}\n`)
      } else if (entry.type === 'upsert' && entry.item) {
        named.add(fileOf(entry.id, entry.lang))
        await fs.writeFile(fileOf(entry.id, entry.lang), `${JSON.stringify(entry.item, null, 2)}\n`)
      } else if (entry.type === 'delete') {
        named.delete(fileOf(entry.id, entry.lang))
        await fs.rm(fileOf(entry.id, entry.lang), { force: true })
      }
      if (entry.type === 'upsert') upserts += 1
      else deletions += 1
    }
    cursor = body.next
    // Saved after each page: a run that stops goes on from the last page it applied.
    if (cursorFile) await fs.writeFile(cursorFile, `${cursor}\n`)
    if (!body.hasMore) return { cursor, named, upserts, deletions }
  }
}

if (values.out) await fs.mkdir(values.out, { recursive: true })
const saved = cursorFile ? (await fs.readFile(cursorFile, 'utf8').catch(() => '')).trim() || undefined : undefined
let result = await follow(saved)
if (!result) {
  console.error('The cursor has expired (410): starting over.')
  result = await follow(undefined)
  if (!result) throw new Error('The feed refused a walk from the beginning.')
  // What the new walk does not name is no longer published.
  if (values.out) {
    for (const name of await fs.readdir(values.out)) {
      const file = path.join(values.out, name)
      if (/^news-.+\.json$/.test(name) && !result.named.has(file)) await fs.rm(file)
    }
  }
}
console.error(`${result.upserts} upserts, ${result.deletions} deletions; cursor ${result.cursor}`)
