#!/usr/bin/env node
// @ts-check
/**
 * Köprü partner API: receive Köprü's webhooks, check each one's signature, and keep a folder
 * that mirrors the published news (the push counterpart of sync-news.mjs).
 *
 *   npm install standardwebhooks
 *   KOPRU_WEBHOOK_SECRET=whsec_… node examples/webhook-receiver.mjs --port 8787 --out ./news
 *
 * Register the address this listens on (it must be reachable from the internet) with your key:
 *
 *   curl -s -X POST https://www.example.org/api/webhook-endpoints \
 *     -H 'Authorization: users API-Key YOUR-KEY' -H 'Content-Type: application/json' \
 *     -d '{"url": "https://partner.example.org/kopru", "collections": ["news"]}'
 *
 * and keep the `secret` of the answer: it is the KOPRU_WEBHOOK_SECRET here. Each delivery is a
 * POST with the headers webhook-id, webhook-timestamp and webhook-signature (Standard Webhooks,
 * https://www.standardwebhooks.com). A delivery whose signature does not verify, or whose
 * timestamp is more than 5 minutes off, is refused with 400 and not applied. A repeat of a
 * webhook-id already applied (Köprü tries again until it gets a 2xx) is acknowledged and skipped.
 *
 * What it applies: published and updated write <out>/<collection>-<id>.<lang>.json with the
 * item; unpublished and deleted remove it. Node 18+.
 */
import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { Webhook } from 'standardwebhooks'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    out: { type: 'string', default: './kopru-mirror' },
    secret: { type: 'string', default: process.env.KOPRU_WEBHOOK_SECRET },
  },
})
if (!values.secret) {
  console.error('Give the endpoint’s signing secret (whsec_…) as KOPRU_WEBHOOK_SECRET or --secret.')
  process.exit(2)
}
const webhook = new Webhook(values.secret)
await fs.mkdir(values.out, { recursive: true })
const seen = new Set()

/** @param {string} name A safe file name part (ids, collections and languages are word characters). */
const safe = (name) => String(name).replace(/[^\w-]/g, '_')

const server = http.createServer((request, response) => {
  if (request.method !== 'POST') return void response.writeHead(405, { Allow: 'POST' }).end()
  /** @type {Buffer[]} */
  const chunks = []
  request.on('data', (chunk) => chunks.push(chunk))
  request.on('end', async () => {
    // The exact bytes received: the signature covers them, not a re-serialised object.
    const body = Buffer.concat(chunks).toString('utf8')
    /** @type {{ type: string, data: { event: string, collection: string, id: string, lang: string, seq: number, item?: unknown } }} */
    let event
    try {
      event = /** @type {typeof event} */ (webhook.verify(body, /** @type {Record<string, string>} */ (request.headers)))
    } catch (error) {
      console.error(`refused a delivery: ${error instanceof Error ? error.message : error}`)
      return void response.writeHead(400, { 'Content-Type': 'text/plain' }).end('signature not verified')
    }
    const id = String(request.headers['webhook-id'])
    if (!seen.has(id)) {
      const { event: what, collection, id: documentId, lang, item } = event.data
      const file = path.join(values.out, `${safe(collection)}-${safe(documentId)}.${safe(lang)}.json`)
      if (what === 'published' || what === 'updated') {
        // Written whole, then renamed: a reader of the folder never sees half a file.
        await fs.writeFile(`${file}.tmp`, `${JSON.stringify(item, null, 2)}\n`)
        await fs.rename(`${file}.tmp`, file)
      } else await fs.rm(file, { force: true })
      seen.add(id)
      console.log(JSON.stringify({ webhookId: id, type: event.type, id: documentId, lang, seq: event.data.seq }))
    }
    response.writeHead(204).end()
  })
})

server.listen(Number(values.port), values.host, () => console.error(`listening on http://${values.host}:${values.port}, mirroring into ${values.out}`))
