/**
 * Webhooks' outgoing requests (lib/sync/outbound.ts) refuse what only this server can reach:
 * private, loopback, link-local and reserved addresses, written in the URL or behind a name,
 * checked on the connection itself; redirects are not followed; a silent endpoint times out.
 * And an endpoint's filters (lib/sync/webhooks.ts, selects).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { destinationProblem, guardedLookup, isPublicAddress, postTo } from '@/lib/sync/outbound'
import { selects, type FeedChange } from '@/lib/sync/webhooks'

let hits = 0
let answer: number | 'hang' = 204
const server = http.createServer((request, response) => {
  hits++
  request.resume()
  if (answer === 'hang') return
  response.writeHead(answer, answer === 302 ? { Location: 'https://example.org/' } : {}).end('body of the answer')
})
let port: number

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const options = { timeoutMs: 2000, allowPrivate: false }

describe('addresses', () => {
  it.each([
    ['8.8.8.8', true],
    ['2a00:1450:4001:80b::200e', true],
    ['127.0.0.1', false],
    ['10.0.0.8', false],
    ['172.16.5.4', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['255.255.255.255', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['64:ff9b::7f00:1', false],
    ['2002:7f00:1::', false],
    ['::7f00:1', false],
    ['::a00:1', false],
    ['fec0::1', false],
    ['64:ff9b:1::a00:1', false],
    ['not an address', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected)
  })

  it('the lookup refuses a name that resolves to loopback, and passes it when private addresses are allowed (tests)', async () => {
    const lookup = (allow: boolean, all: boolean) =>
      new Promise<{ error: NodeJS.ErrnoException | null; address: unknown }>((resolve) =>
        guardedLookup(allow)('localhost', { all }, (error, address) => resolve({ error, address })),
      )
    const refused = await lookup(false, false)
    expect(refused.error?.code).toBe('EADDRNOTPUBLIC')
    // Which address stays unsaid: partners read these messages.
    expect(refused.error?.message).toBe('localhost resolves to an address that is not public')
    expect((await lookup(true, false)).error).toBeNull()
    expect((await lookup(true, true)).address).toEqual(expect.arrayContaining([expect.objectContaining({ address: expect.any(String) })]))
  })

  it('registration: what is wrong with a URL, said so it can be fixed', async () => {
    expect(await destinationProblem('https://8.8.8.8/hook', false)).toBeNull()
    expect(await destinationProblem('gopher://8.8.8.8/', false)).toMatch(/https:\/\//)
    expect(await destinationProblem('not a url', false)).toMatch(/absolute URL/)
    expect(await destinationProblem('https://a:b@8.8.8.8/', false)).toMatch(/user name or password/)
    expect(await destinationProblem('http://[fd12::1]/', false)).toMatch(/public address: fd12::1/)
    expect(await destinationProblem('http://localhost/', false)).toBe('must be a public address: localhost resolves to a private, loopback or reserved address')
    expect(await destinationProblem('http://[::127.0.0.1]/', false)).toMatch(/public address/)
    expect(await destinationProblem('http://no-such-host.invalid/', false)).toMatch(/does not resolve/)
    expect(await destinationProblem('http://127.0.0.1/', true)).toBeNull()
  })
})

describe('sending', () => {
  it('refuses loopback, by address or by name, without connecting', async () => {
    const before = hits
    expect(await postTo(`http://127.0.0.1:${port}/`, '{}', {}, options)).toEqual({ error: expect.stringMatching(/^refused: 127\.0\.0\.1 is not a public address/) })
    expect(await postTo(`http://localhost:${port}/`, '{}', {}, options)).toEqual({ error: expect.stringMatching(/^refused: localhost resolves to/) })
    expect(await postTo(`http://[::ffff:127.0.0.1]:${port}/`, '{}', {}, options)).toEqual({ error: expect.stringMatching(/^refused/) })
    expect(hits).toBe(before)
  })

  it('sends when allowed, does not follow a redirect, and gives up on a silent endpoint', async () => {
    answer = 204
    expect(await postTo(`http://127.0.0.1:${port}/`, '{}', { 'webhook-id': 'msg_1' }, { ...options, allowPrivate: true })).toEqual({ status: 204, body: '' })
    answer = 302
    expect(await postTo(`http://127.0.0.1:${port}/`, '{}', {}, { ...options, allowPrivate: true })).toEqual({ status: 302, body: 'body of the answer' })
    answer = 'hang'
    const started = Date.now()
    expect(await postTo(`http://127.0.0.1:${port}/`, '{}', {}, { timeoutMs: 200, allowPrivate: true })).toEqual({ error: 'no answer within 200 ms' })
    expect(Date.now() - started).toBeLessThan(1500)
  })
})

describe('an endpoint’s filters', () => {
  const change: FeedChange = { collection: 'news', id: '7', lang: 'tr', seq: 9, event: 'published', offices: ' 1 3 ', changedAt: '2026-12-05T00:00:00.000Z' }
  const all = { id: 1, url: 'https://x.example/', events: ['published', 'updated', 'unpublished', 'deleted'] as FeedChange['event'][] }

  it.each([
    [{}, true],
    [{ events: ['deleted'] }, false],
    [{ collections: ['statements'] }, false],
    [{ collections: ['statements', 'news'] }, true],
    [{ langs: ['en'] }, false],
    [{ langs: ['tr', 'az'] }, true],
    [{ countries: [2] }, false],
    [{ countries: [{ id: 3 }] }, true],
    [{ countries: [13] }, false],
  ])('%j selects it: %s', (filters, expected) => {
    expect(selects({ ...all, ...(filters as object) } as Parameters<typeof selects>[0], change)).toBe(expected)
  })
})
