/**
 * Webhooks end to end, on the production build: a partner registers an endpoint with its key,
 * runs the documented receiver (examples/webhook-receiver.mjs, which verifies every signature
 * with the `standardwebhooks` library), and an editor's publish and unpublish through the REST
 * API reach its folder; a forged delivery is refused; the partner reads its delivery log.
 * (The server runs with WEBHOOKS_ALLOW_PRIVATE=1, tests/setup/server.js: the receiver is on
 * 127.0.0.1.)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { demoUsers } from '@/lib/seed/data'
import { base } from '@/tests/helpers/e2e'

const demo = (role: string) => demoUsers.find((user) => user.roles.includes(role as never)) as (typeof demoUsers)[number]

async function login(email: string, password: string): Promise<string> {
  const result = await fetch(`${base()}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
  return ((await result.json()) as { token: string }).token
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const receivers: ChildProcess[] = []
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-webhooks-'))
// The docs page's receiver runs where Node finds the standardwebhooks package (this project's node_modules).
const docsDir = fs.mkdtempSync(path.join(process.cwd(), 'node_modules', '.cache-kopru-webhooks-'))
afterAll(() => {
  for (const receiver of receivers) receiver.kill()
  fs.rmSync(out, { recursive: true, force: true })
  fs.rmSync(docsDir, { recursive: true, force: true })
})

/** Starts a receiver; its stdout lines, and a wait for its first line on stderr or for it to listen. */
function start(args: string[], env: Record<string, string>) {
  const lines: string[] = []
  const child = spawn('node', args, { env: { ...process.env, ...env } })
  receivers.push(child)
  child.stdout!.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)))
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  return { lines, stderr: () => stderr }
}

const unescapeHtml = (text: string) => text.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name] as string)

it('a partner’s receiver gets the editor’s publish and unpublish, signed; a forged delivery is refused; the partner reads its log', async () => {
  const admin = { Authorization: `JWT ${await login(demo('admin').email, demo('admin').password)}`, 'Content-Type': 'application/json' }
  const { docs } = (await (await fetch(`${base()}/api/users?where[email][equals]=${demo('partner').email}`, { headers: admin })).json()) as { docs: { id: number }[] }
  const apiKey = 'e2e-webhook-partner-key-0123456789'
  expect((await fetch(`${base()}/api/users/${docs[0].id}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ enableAPIKey: true, apiKey }) })).status).toBe(200)
  const partner = { Authorization: `users API-Key ${apiKey}`, 'Content-Type': 'application/json' }

  // Registered with the key, as the docs page shows.
  const port = await freePort()
  const registered = await fetch(`${base()}/api/webhook-endpoints`, {
    method: 'POST',
    headers: partner,
    body: JSON.stringify({ url: `http://127.0.0.1:${port}/kopru`, collections: ['news'], langs: ['en'] }),
  })
  expect(registered.status).toBe(201)
  const endpoint = ((await registered.json()) as { doc: { id: number; secret: string } }).doc
  expect(endpoint.secret).toMatch(/^whsec_/)

  const { lines, stderr } = start(['examples/webhook-receiver.mjs', '--port', String(port), '--out', out], { KOPRU_WEBHOOK_SECRET: endpoint.secret })
  await until(stderr, (text) => text.includes('listening'), 'the receiver')

  // The docs page's own receiver, run as the page shows it, for a second endpoint (every collection and language).
  const docsPage = await (await fetch(`${base()}/api/v1/docs`)).text()
  const code = unescapeHtml(/<code data-webhook-receiver>([\s\S]*?)<\/code>/.exec(docsPage)![1])
  fs.writeFileSync(path.join(docsDir, 'receiver.mjs'), code)
  const docsPort = await freePort()
  const second = await fetch(`${base()}/api/webhook-endpoints`, { method: 'POST', headers: partner, body: JSON.stringify({ url: `http://127.0.0.1:${docsPort}/` }) })
  expect(second.status).toBe(201)
  const secondEndpoint = ((await second.json()) as { doc: { id: number; secret: string } }).doc
  const docsReceiver = start([path.join(docsDir, 'receiver.mjs')], { KOPRU_WEBHOOK_SECRET: secondEndpoint.secret, PORT: String(docsPort) })
  await until(
    async () => (await fetch(`http://127.0.0.1:${docsPort}/`, { method: 'POST', body: '{}' }).catch(() => null))?.status,
    (status) => status === 400,
    `the docs page's receiver (it refuses an unsigned POST): ${docsReceiver.stderr()}`,
  )

  // A forged delivery (signed with another secret) is refused and not applied.
  const forged = await fetch(`http://127.0.0.1:${port}/kopru`, {
    method: 'POST',
    headers: { 'webhook-id': 'msg_forged', 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': 'v1,bm90IGEgc2lnbmF0dXJl' },
    body: JSON.stringify({ type: 'news.deleted', data: { event: 'deleted', collection: 'news', id: '1', lang: 'en' } }),
  })
  expect(forged.status).toBe(400)

  // The editor publishes: the receiver verifies and writes the item.
  const editor = { Authorization: `JWT ${await login('editor.tr@kopru.example', 'demo-editor-2026')}`, 'Content-Type': 'application/json' }
  const countries = (await (await fetch(`${base()}/api/v1/countries?fields=isoCode`)).json()) as { data: { id: string; isoCode: string }[] }
  const turkiye = countries.data.find((country) => country.isoCode === 'TR')!.id
  const title = `Pushed to partners ${Date.now()}`
  const created = await fetch(`${base()}/api/news`, {
    method: 'POST',
    headers: editor,
    body: JSON.stringify({ title, country: Number(turkiye), publishedDate: '2026-12-05T09:00:00.000Z', _status: 'published' }),
  })
  expect(created.status).toBe(201)
  const id = ((await created.json()) as { doc: { id: number } }).doc.id
  const file = path.join(out, `news-${id}.en.json`)
  // The receiver prints a line once it has applied a delivery.
  await until(
    () => lines.length,
    (count) => count >= 1,
    'the published item applied by the receiver',
  )
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ id: String(id), title })
  expect(lines.map((line) => JSON.parse(line) as { type: string })).toEqual([expect.objectContaining({ type: 'news.published', id: String(id), lang: 'en' })])
  await until(
    () => docsReceiver.lines,
    (received) => received.includes(`news.published ${id} en`),
    'the docs receiver’s line',
  )

  // A draft saved over it sends nothing; unpublishing removes it.
  expect((await fetch(`${base()}/api/news/${id}?draft=true`, { method: 'PATCH', headers: editor, body: JSON.stringify({ title: `${title} (draft)` }) })).status).toBe(200)
  expect((await fetch(`${base()}/api/news/${id}`, { method: 'PATCH', headers: editor, body: JSON.stringify({ _status: 'draft' }) })).status).toBe(200)
  await until(
    () => lines.length,
    (count) => count >= 2,
    'the unpublish applied by the receiver',
  )
  expect(fs.existsSync(file)).toBe(false)
  expect(lines.map((line) => (JSON.parse(line) as { type: string }).type)).toEqual(['news.published', 'news.unpublished'])

  // The partner's log: both delivered, at the first attempt.
  const log = (await (
    await fetch(`${base()}/api/webhook-deliveries?where[document][equals]=${id}&where[endpoint][equals]=${endpoint.id}&sort=seq`, { headers: partner })
  ).json()) as {
    docs: { type: string; status: string; attempts: number }[]
  }
  expect(log.docs.map(({ type, status, attempts }) => ({ type, status, attempts }))).toEqual([
    { type: 'news.published', status: 'delivered', attempts: 1 },
    { type: 'news.unpublished', status: 'delivered', attempts: 1 },
  ])
  // Anonymous readers see no endpoint and no delivery.
  expect((await fetch(`${base()}/api/webhook-deliveries`)).status).toBe(403)
  expect((await fetch(`${base()}/api/webhook-endpoints`)).status).toBe(403)

  expect((await fetch(`${base()}/api/webhook-endpoints/${endpoint.id}`, { method: 'DELETE', headers: partner })).status).toBe(200)
  expect((await fetch(`${base()}/api/webhook-endpoints/${secondEndpoint.id}`, { method: 'DELETE', headers: partner })).status).toBe(200)
  await fetch(`${base()}/api/news/${id}`, { method: 'DELETE', headers: editor })
})
