/**
 * Partners' webhooks (issue 20, lib/sync/webhooks.ts) delivered to a local receiver: partners
 * register endpoints with their key over REST and see only their own; each change of the feed
 * (published, updated, unpublished, deleted, per language) arrives signed, verified here with
 * the `standardwebhooks` library; a draft fires nothing; one document's deliveries arrive in
 * order; a 500 or a timeout is tried again later, twenty failures in a row disable the endpoint
 * and e-mail its owner; private and loopback addresses are refused, when registering and when
 * connecting.
 */
import { jest } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { Webhook } from 'standardwebhooks'

import { webhookEvent } from '@/lib/api/v1/schemas'

process.env.WEBHOOKS_ALLOW_PRIVATE = '1'

type Received = { headers: http.IncomingHttpHeaders; body: string }
type Behaviour = number | 'hang'

const received: Received[] = []
// What the receiver answers next (then 204 once they are used up).
const behaviours: Behaviour[] = []
const receiver = http.createServer((request, response) => {
  let body = ''
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
  request.on('end', () => {
    received.push({ headers: request.headers, body })
    const next = behaviours.shift() ?? 204
    if (next === 'hang') return
    response.writeHead(next).end(next >= 400 ? 'receiver says no' : '')
  })
})

let payload: Payload
let rest: Awaited<ReturnType<typeof import('@/tests/helpers/payload').guardedRest>>
let receiverUrl: string
let offices: Record<'TR' | 'AZ', number>
const keys = { A: 'partner-a-key-000000000000000000', B: 'partner-b-key-000000000000000000' }
const partners = {} as Record<'A' | 'B', { id: number | string; email: string }>

const keyed = (key: string, init: RequestInit = {}) => ({ ...init, headers: { Authorization: `users API-Key ${key}`, 'Content-Type': 'application/json', ...init.headers } })
const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, init: RequestInit) =>
  rest[method](new Request(`http://localhost:3000/api/${path}`, { method, ...init }), { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) })

async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 500)}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

async function register(key: string, data: Record<string, unknown>) {
  const response = await call('POST', 'webhook-endpoints', keyed(key, { body: JSON.stringify({ url: receiverUrl, ...data }) }))
  const json = (await response.json()) as { doc?: Record<string, unknown>; errors?: { message: string; data?: unknown }[] }
  return { status: response.status, json }
}

async function deliveries(where: Record<string, unknown> = {}) {
  const { docs } = await payload.find({ collection: 'webhook-deliveries' as never, where: where as never, sort: ['seq', 'id'], limit: 0, pagination: false, overrideAccess: true })
  return docs as unknown as {
    id: number
    type: string
    document: string
    lang: string
    status: string
    attempts: number
    error?: string
    nextAttemptAt?: string
    messageId: string
  }[]
}

/** A news item of an office, published at once. */
const publishNews = (title: string, slug: string, office: 'TR' | 'AZ', excerpt = 'x') =>
  payload.create({
    collection: 'news',
    data: { title, slug, excerpt, publishedDate: '2026-12-01T09:00:00.000Z', country: offices[office], _status: 'published' } as never,
    overrideAccess: true,
  })

/** A document's deliveries since `after` (SQLite gives a new document the id of one deleted before). */
const deliveriesOf = async (id: number | string, after: number) => (await deliveries({ document: { equals: String(id) } })).filter((delivery) => delivery.id > after)
const lastDelivery = async () => Math.max(0, ...(await deliveries()).map((delivery) => delivery.id))

const events = (from: number) => received.slice(from).map((message) => (JSON.parse(message.body) as { type: string; data: { lang: string } }).type)

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`
  const { startPayload, officesWithStaff, guardedRest, createUser } = await import('@/tests/helpers/payload')
  payload = await startPayload()
  rest = await guardedRest()
  // An admin first (the first account becomes one).
  ;({ offices } = await officesWithStaff(payload, ['admin'] as const))
  for (const name of ['A', 'B'] as const) {
    const user = await createUser(payload, ['partner'], `partner-${name.toLowerCase()}@test.example`)
    await payload.update({ collection: 'users', id: user.id, data: { enableAPIKey: true, apiKey: keys[name] } as never, overrideAccess: true })
    partners[name] = { id: user.id, email: user.email }
  }
})

afterAll(async () => {
  const [{ changesIdle }, { immediateRunsIdle }] = await Promise.all([import('@/lib/sync/changes'), import('@/lib/sync/webhooks')])
  await changesIdle()
  await immediateRunsIdle()
  receiver.closeAllConnections()
  await new Promise((resolve) => receiver.close(resolve))
})

let endpoint: { id: number; secret: string }

describe('registering', () => {
  it('a partner registers with its key, owns the endpoint whatever it sends, and gets a secret', async () => {
    const { status, json } = await register(keys.A, { owner: partners.B.id, collections: ['news'], langs: ['en', 'tr'], countries: [offices.TR] })
    expect(status).toBe(201)
    expect(json.doc?.owner).toMatchObject({ id: partners.A.id })
    expect(json.doc?.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/)
    expect(json.doc?.events).toEqual(['published', 'updated', 'unpublished', 'deleted'])
    endpoint = { id: json.doc!.id as number, secret: json.doc!.secret as string }
  })

  it('the secret and the failure count are not the partner’s to set; a new secret only when asked', async () => {
    const patched = await call('PATCH', `webhook-endpoints/${endpoint.id}`, keyed(keys.A, { body: JSON.stringify({ secret: 'whsec_AAAA', consecutiveFailures: -5 }) }))
    expect(patched.status).toBe(200)
    const { doc } = (await patched.json()) as { doc: { secret: string; consecutiveFailures: number } }
    expect(doc).toMatchObject({ secret: endpoint.secret, consecutiveFailures: 0 })
    const rotated = await call('PATCH', `webhook-endpoints/${endpoint.id}`, keyed(keys.A, { body: JSON.stringify({ rotateSecret: true }) }))
    const { doc: fresh } = (await rotated.json()) as { doc: { secret: string } }
    expect(fresh.secret).toMatch(/^whsec_/)
    expect(fresh.secret).not.toBe(endpoint.secret)
    endpoint.secret = fresh.secret
  })

  it('other partners, staff without the admin role and the public see nothing of it', async () => {
    const other = await call('GET', 'webhook-endpoints', keyed(keys.B))
    expect(((await other.json()) as { docs: unknown[] }).docs).toEqual([])
    expect((await call('GET', `webhook-endpoints/${endpoint.id}`, keyed(keys.B))).status).toBe(404)
    expect([403, 404]).toContain((await call('PATCH', `webhook-endpoints/${endpoint.id}`, keyed(keys.B, { body: JSON.stringify({ url: 'https://evil.example/' }) }))).status)
    expect([403, 404]).toContain((await call('DELETE', `webhook-endpoints/${endpoint.id}`, keyed(keys.B))).status)
    expect((await call('GET', 'webhook-endpoints', {})).status).toBe(403)
    expect((await call('POST', 'webhook-endpoints', { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ url: receiverUrl }) })).status).toBe(403)
  })

  it('a partner has at most ten endpoints, and is told how to go on', async () => {
    const { maxEndpointsPerOwner } = await import('@/lib/sync/webhooks')
    const made: number[] = []
    for (let i = 0; i < maxEndpointsPerOwner - 2; i++) {
      const { status, json } = await register(keys.B, { url: `${receiverUrl}?n=${i}`, enabled: false })
      expect(status).toBe(201)
      made.push(json.doc!.id as number)
    }
    // Three at once for the last two places: each counts 8 before it writes; one is still refused.
    const racing = await Promise.all([0, 1, 2].map((i) => register(keys.B, { url: `${receiverUrl}?race=${i}`, enabled: false })))
    expect(racing.map(({ status }) => status).sort()).toEqual([201, 201, 400])
    made.push(...racing.filter(({ status }) => status === 201).map(({ json }) => json.doc!.id as number))
    const { totalDocs } = await payload.count({ collection: 'webhook-endpoints' as never, where: { owner: { equals: partners.B.id } }, overrideAccess: true })
    expect(totalDocs).toBe(maxEndpointsPerOwner)
    const refused = await call('POST', 'webhook-endpoints', keyed(keys.B, { body: JSON.stringify({ url: receiverUrl }) }))
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('at most 10 webhook endpoints')
    for (const id of made) expect((await call('DELETE', `webhook-endpoints/${id}`, keyed(keys.B))).status).toBe(200)
  })

  it('refuses URLs that are not http(s), carry credentials, or lead to private, loopback or link-local addresses', async () => {
    const { getEnv } = await import('@/lib/env')
    const env = getEnv() as { WEBHOOKS_ALLOW_PRIVATE: boolean }
    env.WEBHOOKS_ALLOW_PRIVATE = false
    try {
      for (const [url, says] of [
        ['ftp://partner.example.org/', 'https://'],
        ['https://user:pw@partner.example.org/', 'user name or password'],
        ['http://127.0.0.1:9/', 'public address'],
        ['http://[::1]/', 'public address'],
        ['http://169.254.169.254/latest/meta-data/', 'public address'],
        ['http://10.1.2.3/', 'public address'],
        ['http://localhost:3000/api/users', 'resolves to'],
        ['http://[::ffff:127.0.0.1]/', 'public address'],
      ] as const) {
        const { status, json } = await register(keys.B, { url })
        expect({ url, status }).toEqual({ url, status: 400 })
        expect(JSON.stringify(json.errors)).toContain(says)
      }
    } finally {
      env.WEBHOOKS_ALLOW_PRIVATE = true
    }
  })
})

/** A pending delivery to the partner's endpoint, written directly (no job): its id. */
async function pendingDelivery(messageId: string, document: string, seq: number, nextAttemptAt: string | null = new Date().toISOString()): Promise<number> {
  const data = {
    endpoint: endpoint.id,
    owner: partners.A.id,
    messageId,
    type: 'news.updated',
    collectionSlug: 'news',
    document,
    lang: 'en',
    seq,
    body: JSON.stringify({ type: 'news.updated', data: {} }),
    status: 'pending',
    attempts: 0,
    nextAttemptAt,
  }
  return ((await payload.create({ collection: 'webhook-deliveries' as never, data: data as never, overrideAccess: true })) as unknown as { id: number }).id
}

/** The clock reaches a delivery's next attempt (a job of an attempt not yet due does nothing). */
const dueNow = (id: number) => payload.update({ collection: 'webhook-deliveries' as never, id, data: { nextAttemptAt: new Date().toISOString() } as never, overrideAccess: true })

describe('deliveries', () => {
  let newsId: number

  it('publishing sends news.published in each language, signed to the Standard Webhooks specification', async () => {
    const from = received.length
    const doc = await publishNews('Webhook news', 'webhook-news', 'TR', 'An excerpt.')
    newsId = doc.id as number
    await until(
      () => received.length - from,
      (count) => count >= 1,
      'the English publication',
    )
    const [message] = received.slice(from)
    const verified = new Webhook(endpoint.secret).verify(message.body, message.headers as Record<string, string>) as {
      type: string
      data: { id: string; lang: string; item: { title: string }; href: string }
    }
    expect(webhookEvent.safeParse(verified).error).toBeUndefined()
    expect(verified.type).toBe('news.published')
    expect(verified.data).toMatchObject({ id: String(newsId), lang: 'en', item: { title: 'Webhook news' } })
    expect(verified.data.href).toContain(`/api/v1/news/${newsId}?lang=en`)
    expect(message.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/)
    // Tampered, or signed with another secret: the library refuses it.
    expect(() => new Webhook(endpoint.secret).verify(message.body.replace('Webhook news', 'Forged news'), message.headers as Record<string, string>)).toThrow()
    expect(() => new Webhook(`whsec_${Buffer.from('another secret of 24 bytes').toString('base64')}`).verify(message.body, message.headers as Record<string, string>)).toThrow()

    // The Turkish translation published: news.published in Turkish, and news.updated in English (the document changed).
    await payload.update({ collection: 'news', id: newsId, locale: 'tr', data: { title: 'Webhook haberi', _status: 'published' } as never, overrideAccess: true })
    await until(
      () => received.length - from,
      (count) => count >= 3,
      'the Turkish publication',
    )
    const later = received.slice(from + 1).map((message) => JSON.parse(message.body) as { type: string; data: { lang: string; item: { title: string } } })
    expect(later).toEqual([
      expect.objectContaining({ type: 'news.updated', data: expect.objectContaining({ lang: 'en', item: expect.objectContaining({ title: 'Webhook news' }) }) }),
      expect.objectContaining({ type: 'news.published', data: expect.objectContaining({ lang: 'tr', item: expect.objectContaining({ title: 'Webhook haberi' }) }) }),
    ])
    expect((await deliveries({ document: { equals: String(newsId) } })).every((delivery) => delivery.status === 'delivered' && delivery.attempts === 1)).toBe(true)
  })

  it('a draft saved over the published document fires nothing; publishing it fires news.updated', async () => {
    const from = received.length
    const before = (await deliveries()).length
    await payload.update({ collection: 'news', id: newsId, data: { title: 'Webhook news (draft)' } as never, draft: true, overrideAccess: true })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect((await deliveries()).length).toBe(before)
    expect(received.length).toBe(from)
    await payload.update({ collection: 'news', id: newsId, data: { title: 'Webhook news, edited', _status: 'published' } as never, overrideAccess: true })
    await until(
      () => events(from),
      (types) => types.length >= 2,
      'news.updated in both languages',
    )
    expect(events(from)).toEqual(['news.updated', 'news.updated'])
  })

  it('filters: another office’s news is not sent to an endpoint that asks for Türkiye’s (collections, langs: unit tests)', async () => {
    const before = (await deliveries()).length
    await publishNews('Baku news', 'baku-webhook-news', 'AZ')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await deliveries()).length).toBe(before)
  })

  it('unpublishing, then deleting, send news.unpublished and news.deleted, each document’s in order', async () => {
    const from = received.length
    await payload.update({ collection: 'news', id: newsId, data: { _status: 'draft' } as never, overrideAccess: true })
    await until(
      () => events(from),
      (types) => types.length >= 2,
      'news.unpublished',
    )
    await payload.delete({ collection: 'news', id: newsId, overrideAccess: true })
    // Deleting a document already unpublished changes nothing partners can see: no event.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(events(from)).toEqual(['news.unpublished', 'news.unpublished'])

    const second = await publishNews('Short-lived', 'short-lived', 'TR')
    await payload.delete({ collection: 'news', id: second.id, overrideAccess: true })
    await until(
      () => events(from),
      (types) => types.length >= 4,
      'published then deleted',
    )
    expect(events(from).slice(2)).toEqual(['news.published', 'news.deleted'])
    const seqs = received.slice(from).map((message) => (JSON.parse(message.body) as { data: { seq: number } }).data.seq)
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
  })

  it('a 500 and a timeout are tried again later with the same webhook-id; one document’s later delivery waits for the earlier', async () => {
    const { attemptDelivery, retryMinutes } = await import('@/lib/sync/webhooks')
    const from = received.length
    const after = await lastDelivery()
    behaviours.push(500)
    const doc = await publishNews('Retried news', 'retried-news', 'TR')
    const [first] = await until(
      () => deliveriesOf(doc.id, after),
      (found) => found[0]?.attempts === 1,
      'the failed first attempt',
    )
    expect(first).toMatchObject({ status: 'pending', error: 'HTTP 500: receiver says no' })
    const wait = new Date(first.nextAttemptAt!).getTime() - Date.now()
    expect(wait).toBeGreaterThan(retryMinutes[0] * 60_000 - 5_000)
    expect(wait).toBeLessThanOrEqual(retryMinutes[0] * 60_000)
    // Its retry is a job of the webhooks queue, due then.
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: 'webhooks' } }, { completedAt: { exists: false } }] },
      overrideAccess: true,
    })
    expect(jobs.map((job) => (job as unknown as { input: { delivery: string } }).input.delivery)).toContain(String(first.id))

    // Edited meanwhile: the update waits for the publication.
    await payload.update({ collection: 'news', id: doc.id, data: { title: 'Retried news, edited', _status: 'published' } as never, overrideAccess: true })
    const both = await until(
      () => deliveriesOf(doc.id, after),
      (found) => found.length === 2,
      'the update queued',
    )
    expect(await attemptDelivery(payload, both[1].id)).toBe('waiting')
    expect(received.length).toBe(from + 1)

    // The retry times out, then succeeds; the update follows.
    behaviours.push('hang')
    // Before its time, a job of the retry sends nothing.
    expect(await attemptDelivery(payload, first.id)).toBe('skipped')
    expect(received.length).toBe(from + 1)
    await dueNow(first.id)
    expect(await attemptDelivery(payload, first.id, { timeoutMs: 300 })).toBe('retrying')
    expect((await deliveries({ id: { equals: first.id } }))[0]).toMatchObject({ attempts: 2, error: 'no answer within 300 ms' })
    await dueNow(first.id)
    expect(await attemptDelivery(payload, first.id)).toBe('delivered')
    await until(
      () => events(from),
      (types) => types.length >= 4,
      'the update after the publication',
    )
    expect(events(from)).toEqual(['news.published', 'news.published', 'news.published', 'news.updated'])
    const ids = received.slice(from, from + 3).map((message) => message.headers['webhook-id'])
    expect(new Set(ids).size).toBe(1)
    const endpointNow = await payload.findByID({ collection: 'webhook-endpoints' as never, id: endpoint.id, overrideAccess: true })
    expect((endpointNow as unknown as { consecutiveFailures: number }).consecutiveFailures).toBe(0)
  })

  it('twenty failed attempts in a row disable the endpoint, fail what waits, and e-mail its owner', async () => {
    const { attemptDelivery } = await import('@/lib/sync/webhooks')
    const sent: { to: string; subject: string }[] = []
    const spy = jest.spyOn(payload, 'sendEmail').mockImplementation(async (message) => {
      sent.push(message as { to: string; subject: string })
    })
    try {
      await payload.update({ collection: 'webhook-endpoints' as never, id: endpoint.id, data: { consecutiveFailures: 18 } as never, overrideAccess: true })
      const after = await lastDelivery()
      behaviours.push(503, 503)
      const doc = await publishNews('Failing news', 'failing-news', 'TR')
      const [delivery] = await until(
        () => deliveriesOf(doc.id, after),
        (found) => found[0]?.attempts === 1,
        'the 19th failure',
      )
      await dueNow(delivery.id)
      expect(await attemptDelivery(payload, delivery.id)).toBe('disabled')
      const stored = (await payload.findByID({ collection: 'webhook-endpoints' as never, id: endpoint.id, overrideAccess: true })) as unknown as Record<string, unknown>
      expect(stored).toMatchObject({ enabled: false, consecutiveFailures: 20 })
      expect(String(stored.disabledReason)).toContain('HTTP 503')
      expect((await deliveriesOf(doc.id, after)).map((found) => found.status)).toEqual(['failed'])
      expect(sent).toEqual([expect.objectContaining({ to: partners.A.email, subject: `Webhook endpoint disabled: ${receiverUrl}` })])

      // Disabled: nothing more is queued for it.
      const before = (await deliveries()).length
      await payload.update({ collection: 'news', id: doc.id, data: { title: 'Failing news, edited', _status: 'published' } as never, overrideAccess: true })
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect((await deliveries()).length).toBe(before)

      // The owner turns it on again: the count starts anew.
      const enabled = await call('PATCH', `webhook-endpoints/${endpoint.id}`, keyed(keys.A, { body: JSON.stringify({ enabled: true }) }))
      expect(((await enabled.json()) as { doc: Record<string, unknown> }).doc).toMatchObject({ enabled: true, consecutiveFailures: 0, disabledAt: null })
    } finally {
      spy.mockRestore()
    }
  })

  it('an attempt still out when the endpoint is disabled neither counts nor e-mails again', async () => {
    const { attemptDelivery } = await import('@/lib/sync/webhooks')
    const sent: unknown[] = []
    const spy = jest.spyOn(payload, 'sendEmail').mockImplementation(async (message) => {
      sent.push(message)
    })
    try {
      const [slow, failing] = [await pendingDelivery('msg_out_9101', '9101', 9101), await pendingDelivery('msg_out_9102', '9102', 9102)]
      const from = received.length
      behaviours.push('hang', 503)
      const out = attemptDelivery(payload, slow, { timeoutMs: 1500 })
      await until(
        () => received.length - from,
        (count) => count >= 1,
        'the slow attempt on its way',
      )
      await payload.update({ collection: 'webhook-endpoints' as never, id: endpoint.id, data: { consecutiveFailures: 19 } as never, overrideAccess: true })
      expect(await attemptDelivery(payload, failing)).toBe('disabled')
      expect(await out).toBe('disabled')
      expect(sent).toHaveLength(1)
      const stored = (await payload.findByID({ collection: 'webhook-endpoints' as never, id: endpoint.id, overrideAccess: true })) as unknown as Record<string, unknown>
      expect(stored).toMatchObject({ enabled: false, consecutiveFailures: 20 })
      expect((await deliveries({ id: { in: [slow, failing] } })).map((found) => found.status)).toEqual(['failed', 'failed'])
    } finally {
      spy.mockRestore()
      await payload.update({
        collection: 'webhook-endpoints' as never,
        id: endpoint.id,
        data: { enabled: true, consecutiveFailures: 0, disabledAt: null, disabledReason: null } as never,
        overrideAccess: true,
      })
    }
  })

  it('one attempt is sent once, however many jobs run it at once; a claim left by a job that died is taken over', async () => {
    const { attemptDelivery } = await import('@/lib/sync/webhooks')
    const from = received.length
    // Two jobs of one delivery at once (the sweep's and a late one): one request, one outcome.
    const delivered = await pendingDelivery('msg_twice_9201', '9201', 9201)
    expect((await Promise.all([attemptDelivery(payload, delivered), attemptDelivery(payload, delivered)])).sort()).toEqual(['delivered', 'skipped'])
    expect(received.slice(from).map((message) => message.headers['webhook-id'])).toEqual(['msg_twice_9201'])
    expect((await deliveries({ id: { equals: delivered } }))[0]).toMatchObject({ status: 'delivered', attempts: 1 })

    // Failing: one failure counted and one retry queued, not two; a third job afterwards sends nothing.
    const failing = await pendingDelivery('msg_twice_9202', '9202', 9202)
    behaviours.push(500)
    expect((await Promise.all([attemptDelivery(payload, failing), attemptDelivery(payload, failing)])).sort()).toEqual(['retrying', 'skipped'])
    expect(await attemptDelivery(payload, failing)).toBe('skipped')
    expect(received.slice(from).map((message) => message.headers['webhook-id'])).toEqual(['msg_twice_9201', 'msg_twice_9202'])
    expect((await deliveries({ id: { equals: failing } }))[0]).toMatchObject({ status: 'pending', attempts: 1 })
    const { docs: retries } = await payload.find({ collection: 'payload-jobs', where: { 'input.delivery': { equals: String(failing) } } as never, overrideAccess: true, limit: 0 })
    expect(retries.filter((job) => (job as unknown as { waitUntil?: string }).waitUntil)).toHaveLength(1)
    const endpointNow = (await payload.findByID({ collection: 'webhook-endpoints' as never, id: endpoint.id, overrideAccess: true })) as unknown as { consecutiveFailures: number }
    expect(endpointNow.consecutiveFailures).toBe(1)

    // A claim of the next attempt from a job that died mid-attempt an hour ago: taken over; a fresh one is not.
    await payload.db.create({ collection: 'webhook-claims', data: { key: `${failing}:2`, claimedAt: new Date().toISOString() } } as never)
    await dueNow(failing)
    expect(await attemptDelivery(payload, failing)).toBe('skipped')
    await payload.db.updateMany({
      collection: 'webhook-claims',
      where: { key: { equals: `${failing}:2` } },
      data: { claimedAt: new Date(Date.now() - 3_600_000).toISOString() },
    } as never)
    expect(await attemptDelivery(payload, failing)).toBe('delivered')
    expect((await deliveries({ id: { equals: failing } }))[0]).toMatchObject({ status: 'delivered', attempts: 2 })
    await payload.update({ collection: 'webhook-endpoints' as never, id: endpoint.id, data: { consecutiveFailures: 0 } as never, overrideAccess: true })
  })

  it('a delivery whose job was lost is queued again by the sweep; one not yet due, or waiting its turn, is not', async () => {
    const { sweepDeliveries } = await import('@/lib/sync/webhooks')
    await payload.update({ collection: 'webhook-endpoints' as never, id: endpoint.id, data: { enabled: true, consecutiveFailures: 0 } as never, overrideAccess: true })
    const from = received.length
    const old = new Date(Date.now() - 20 * 60_000).toISOString()
    // Lost 20 minutes ago (no job), and the next of the same document waiting behind it; a fresh one due now (its job is on its way).
    const lost = await pendingDelivery('msg_lost', '9001', 9001, old)
    await pendingDelivery('msg_behind', '9001', 9002, null)
    await pendingDelivery('msg_fresh', '9003', 9003)
    expect(await sweepDeliveries(payload)).toBe(1)
    await until(
      () => received.slice(from).map((message) => message.headers['webhook-id']),
      (ids) => ids.includes('msg_lost') && ids.includes('msg_behind'),
      'the lost delivery, then the one behind it',
    )
    expect(received.slice(from).map((message) => message.headers['webhook-id'])).toEqual(['msg_lost', 'msg_behind'])
    expect((await deliveries({ id: { equals: lost } }))[0].status).toBe('delivered')
  })

  it('each partner reads its own delivery log over REST, and no one writes to it', async () => {
    const own = await call('GET', 'webhook-deliveries?limit=100', keyed(keys.A))
    expect(own.status).toBe(200)
    const { docs } = (await own.json()) as { docs: { id: number; owner: unknown }[] }
    expect(docs.length).toBeGreaterThan(5)
    const other = await call('GET', 'webhook-deliveries', keyed(keys.B))
    expect(((await other.json()) as { docs: unknown[] }).docs).toEqual([])
    expect((await call('POST', 'webhook-deliveries', keyed(keys.A, { body: JSON.stringify({ type: 'x' }) }))).status).toBe(403)
    expect((await call('DELETE', `webhook-deliveries/${docs[0].id}`, keyed(keys.A))).status).toBe(403)
  })

  it('an endpoint given to another partner takes its log along: the first no longer reads it', async () => {
    const moved = (await register(keys.A, { url: `${receiverUrl}?moved`, enabled: false })).json.doc!.id as number
    const data = { endpoint: moved, owner: partners.A.id, messageId: 'msg_moved', type: 'news.updated', collectionSlug: 'news', document: '9301', lang: 'en', seq: 9301 }
    await payload.create({ collection: 'webhook-deliveries' as never, data: { ...data, body: '{}', status: 'failed', attempts: 1 } as never, overrideAccess: true })
    const logOf = async (key: string) =>
      ((await (await call('GET', `webhook-deliveries?where[endpoint][equals]=${moved}`, keyed(key))).json()) as { docs: { messageId: string }[] }).docs.map((d) => d.messageId)
    expect([await logOf(keys.A), await logOf(keys.B)]).toEqual([['msg_moved'], []])
    await payload.update({ collection: 'webhook-endpoints' as never, id: moved, data: { owner: partners.B.id } as never, overrideAccess: true })
    expect([await logOf(keys.A), await logOf(keys.B)]).toEqual([[], ['msg_moved']])
    expect((await call('DELETE', `webhook-endpoints/${moved}`, keyed(keys.B))).status).toBe(200)
  })

  it('an endpoint deleted takes its deliveries with it', async () => {
    expect((await deliveries()).length).toBeGreaterThan(0)
    expect((await call('DELETE', `webhook-endpoints/${endpoint.id}`, keyed(keys.A))).status).toBe(200)
    expect(await deliveries()).toEqual([])
  })
})
