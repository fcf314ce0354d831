/**
 * The partner API's answers in server.mjs's page cache (lib/cache/apiCache.mjs,
 * lib/http/apiResponses.mjs): the normalised key, which reads are kept, the bound, every expiry
 * dropping them, the generation check, the callers recognised for 30 s, and a read answered
 * from the cache counted once with the registered limiter.
 */
import { EventEmitter } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { jest } from '@jest/globals'

import { apiHost, apiKey, createApiCallers, hasSessionCookie } from '@/lib/cache/apiCache.mjs'
import { createPageCache } from '@/lib/cache/pageCache.mjs'
import { registerApiRateLimit } from '@/lib/cache/registry.mjs'
import { holdApiResponse, serveApiCached } from '@/lib/http/apiResponses.mjs'

const answer = (text: string) => ({
  headers: { 'content-type': 'application/json; charset=utf-8', etag: `"${text.length}"`, 'cache-control': 'public, s-maxage=60' },
  body: Buffer.from(text),
  maxAge: 60,
})

describe('apiKey', () => {
  it('is one key for every order of the parameters, and for every spelling of a value', () => {
    expect(apiKey('/api/v1/news?limit=5&lang=tr')).toBe(`${apiHost}|/api/v1/news?lang=tr&limit=5`)
    expect(apiKey('/api/v1/news?lang=tr&limit=5')).toBe(apiKey('/api/v1/news?limit=5&lang=tr'))
    expect(apiKey('/api/v1/news?q=a%20b')).toBe(apiKey('/api/v1/news?q=a+b'))
    expect(apiKey('/api/v1?')).toBe(apiKey('/api/v1'))
    // A name's values keep their order: a handler may take the first.
    expect(apiKey('/api/v1/news?lang=tr&lang=en')).not.toBe(apiKey('/api/v1/news?lang=en&lang=tr'))
    expect(apiKey('/api/v1/news?lang=tr')).not.toBe(apiKey('/api/v1/news?lang=en'))
  })

  it('keeps the index, lists, documents, feeds, the OpenAPI document and the docs, never the changes feed', () => {
    for (const url of ['/api/v1', '/api/v1/news', '/api/v1/news/some-slug?lang=tr', '/api/v1/news.rss', '/api/v1/openapi.json', '/api/v1/docs?lang=az']) {
      expect([url, apiKey(url)]).toEqual([url, expect.stringMatching(/^\/api\|\/api\/v1/)])
    }
    for (const url of [
      '/api/v1/changes',
      '/api/v1/changes?cursor=abc',
      '/api/v1/%63hanges',
      '/api/v1/changes/',
      '/api/v1/changes.json',
      '/api/news',
      '/api/v1x',
      '/api/v1//news',
      '/api/v1/news/a/b',
      '/api/v1/news/%E0',
      '/api/v1/./changes',
      undefined,
    ]) {
      expect([url, apiKey(url)]).toEqual([url, undefined])
    }
  })
})

describe('the API in the page cache', () => {
  it('is dropped by every expiry, whichever sites it names (none included), and not stored when rendered before one', () => {
    const cache = createPageCache({ maxBytes: 1024 * 1024 })
    const key = apiKey('/api/v1/news?lang=en') as string
    for (const hosts of [['az.example'], [], null]) {
      const began = cache.generation(apiHost)
      expect(cache.store(key, answer('{"data":[1]}'), began)).toBeDefined()
      cache.store('turkiye.example|/en', { ...answer('<p>page</p>'), headers: { 'content-type': 'text/html' } }, cache.generation('turkiye.example'))
      cache.expire(hosts)
      expect([hosts, cache.lookup(key)]).toEqual([hosts, undefined])
      // A page of a site the expiry does not name stays.
      if (hosts) expect(cache.lookup('turkiye.example|/en')).toBeDefined()
      expect(cache.store(key, answer('{"data":["old"]}'), began)).toBeUndefined()
      expect(cache.generation(apiHost)).toBeGreaterThan(began)
    }
  })

  it('stays within the cache’s bytes with the pages, least recently used first', () => {
    const cache = createPageCache({ maxBytes: 40 * 1024 })
    const body = 'x'.repeat(4 * 1024)
    for (let i = 0; i < 8; i++) cache.store(apiKey(`/api/v1/news?page=${i}`) as string, answer(body), cache.generation(apiHost))
    expect(cache.lookup(apiKey('/api/v1/news?page=0') as string)).toBeDefined()
    cache.store(apiKey('/api/v1/news?page=8') as string, answer(body), cache.generation(apiHost))
    cache.store(apiKey('/api/v1/news?page=9') as string, answer(body), cache.generation(apiHost))
    expect(cache.size).toBeLessThanOrEqual(8)
    expect(cache.lookup(apiKey('/api/v1/news?page=0') as string)).toBeDefined()
    expect(cache.lookup(apiKey('/api/v1/news?page=1') as string)).toBeUndefined()
  })
})

describe('createApiCallers', () => {
  it('knows a header Next recognised for 30 s, forgets one it refused, and never another header', () => {
    let now = 1_000_000
    const callers = createApiCallers({ now: () => now })
    callers.identified('users API-Key good', 'user:7')
    expect(callers.lookup('users API-Key good')).toEqual({ tier: 'keyed', client: 'user:7' })
    expect(callers.lookup('users API-Key Good')).toBeUndefined()
    expect(callers.lookup('users API-Key other')).toBeUndefined()
    now += 29_999
    expect(callers.lookup('users API-Key good')).toBeDefined()
    now += 1
    expect(callers.lookup('users API-Key good')).toBeUndefined()
    callers.identified('users API-Key good', 'user:7')
    callers.identified('users API-Key good', null)
    expect(callers.lookup('users API-Key good')).toBeUndefined()
  })

  it('keeps at most `max` headers, the oldest let go first', () => {
    const callers = createApiCallers({ max: 3 })
    for (const n of [1, 2, 3, 4]) callers.identified(`users API-Key k${n}`, `user:${n}`)
    expect(callers.size).toBe(3)
    expect(callers.lookup('users API-Key k1')).toBeUndefined()
    expect(callers.lookup('users API-Key k4')).toEqual({ tier: 'keyed', client: 'user:4' })
  })

  it('sees a Payload session cookie, which may be what Payload recognised', () => {
    expect(hasSessionCookie('a=1; payload-token=x')).toBe(true)
    expect(hasSessionCookie('payload-token=x')).toBe(true)
    expect(hasSessionCookie('my-payload-token=x')).toBe(false)
    expect(hasSessionCookie(undefined)).toBe(false)
  })
})

describe('serveApiCached', () => {
  type Sent = { status: number; headers: Record<string, unknown>; body?: Buffer }
  function exchange(url: string, headers: Record<string, string> = {}) {
    const req = { method: 'GET', url, headers: { 'x-forwarded-for': '203.0.113.9', ...headers } } as unknown as IncomingMessage
    const sent: Sent = { status: 200, headers: {} }
    const res = {
      set statusCode(status: number) {
        sent.status = status
      },
      get statusCode() {
        return sent.status
      },
      setHeader(name: string, value: unknown) {
        sent.headers[name.toLowerCase()] = value
      },
      end(body?: Buffer) {
        sent.body = body
      },
    } as unknown as ServerResponse
    return { req, res, sent }
  }
  const counted: [string, string][] = []
  let allow = true
  beforeAll(() =>
    registerApiRateLimit(async (tier, client) => {
      counted.push([tier, client])
      return { allowed: allow, decision: { allowed: allow }, headers: { 'RateLimit-Remaining': allow ? '9' : '0' } }
    }),
  )
  afterAll(() => registerApiRateLimit(undefined))
  beforeEach(() => {
    counted.length = 0
    allow = true
  })

  it('answers a known caller from the cache, counted once, with the count’s headers; 304 for a current ETag', async () => {
    const pages = createPageCache({ maxBytes: 1024 * 1024 })
    const callers = createApiCallers()
    pages.store(apiKey('/api/v1/news?lang=en&limit=1') as string, answer('{"data":[]}'), pages.generation(apiHost))
    const anonymous = exchange('/api/v1/news?limit=1&lang=en')
    expect(await serveApiCached(pages, callers, anonymous.req, anonymous.res)).toBe('sent')
    expect(anonymous.sent).toMatchObject({ status: 200, body: Buffer.from('{"data":[]}') })
    expect(anonymous.sent.headers).toMatchObject({ 'x-api-cache': 'hit', 'ratelimit-remaining': '9', 'cache-control': 'public, s-maxage=60', 'content-length': 11 })
    callers.identified('users API-Key good', 'user:7')
    const keyed = exchange('/api/v1/news?lang=en&limit=1', { authorization: 'users API-Key good', 'if-none-match': '"11"' })
    expect(await serveApiCached(pages, callers, keyed.req, keyed.res)).toBe('sent')
    expect([keyed.sent.status, keyed.sent.body]).toEqual([304, undefined])
    expect(counted).toEqual([
      ['anonymous', 'ip:203.0.113.9'],
      ['keyed', 'user:7'],
    ])
  })

  it('leaves to Next, uncounted, an unknown key, a key beside a session cookie, a miss, and any read before the limiter is loaded', async () => {
    const pages = createPageCache({ maxBytes: 1024 * 1024 })
    const callers = createApiCallers()
    callers.identified('users API-Key good', 'user:7')
    pages.store(apiKey('/api/v1/news') as string, answer('{"data":[]}'), pages.generation(apiHost))
    for (const headers of [{ authorization: 'users API-Key bad' }, { authorization: 'users API-Key good', cookie: 'payload-token=x' }] as Record<string, string>[]) {
      const { req, res, sent } = exchange('/api/v1/news', headers)
      expect(await serveApiCached(pages, callers, req, res)).toEqual({})
      expect(sent.body).toBeUndefined()
    }
    const miss = exchange('/api/v1/statements')
    expect(await serveApiCached(pages, callers, miss.req, miss.res)).toEqual({})
    expect(counted).toEqual([])
    registerApiRateLimit(undefined)
    try {
      const early = exchange('/api/v1/news')
      expect(await serveApiCached(pages, callers, early.req, early.res)).toEqual({})
    } finally {
      registerApiRateLimit(async (tier, client) => {
        counted.push([tier, client])
        return { allowed: allow, decision: { allowed: allow }, headers: {} }
      })
    }
  })

  it('hands a refused read to Next with its decision (Next answers the 429 without counting it again)', async () => {
    const pages = createPageCache({ maxBytes: 1024 * 1024 })
    pages.store(apiKey('/api/v1/news') as string, answer('{"data":[]}'), pages.generation(apiHost))
    allow = false
    const { req, res, sent } = exchange('/api/v1/news')
    expect(await serveApiCached(pages, createApiCallers(), req, res)).toEqual({ decision: { allowed: false } })
    expect(sent.body).toBeUndefined()
    expect(counted).toHaveLength(1)
  })

  it('does not send an answer an expiry dropped while the read was being counted', async () => {
    const pages = createPageCache({ maxBytes: 1024 * 1024 })
    pages.store(apiKey('/api/v1/news') as string, answer('{"data":["old"]}'), pages.generation(apiHost))
    const expiring = jest.fn(async () => {
      pages.expire([])
      return { allowed: true, decision: { allowed: true }, headers: {} }
    })
    registerApiRateLimit(expiring)
    const { req, res, sent } = exchange('/api/v1/news')
    expect(await serveApiCached(pages, createApiCallers(), req, res)).toEqual({ decision: { allowed: true } })
    expect(sent.body).toBeUndefined()
    expect(expiring).toHaveBeenCalledTimes(1)
  })

  it('has simultaneous reads of one key wait for the one Next is answering, then answers them from the cache', async () => {
    registerApiRateLimit(async () => ({ allowed: true, decision: { allowed: true }, headers: {} }))
    const pages = createPageCache({ maxBytes: 1024 * 1024 })
    const callers = createApiCallers()
    // Next's response to the first read, as server.mjs holds it.
    const headers = new Map<string, unknown>()
    const nextRes = Object.assign(new EventEmitter(), {
      statusCode: 200,
      setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), value),
      getHeader: (name: string) => headers.get(name.toLowerCase()),
      getHeaders: () => Object.fromEntries(headers),
      hasHeader: (name: string) => headers.has(name.toLowerCase()),
      removeHeader: (name: string) => headers.delete(name.toLowerCase()),
      writeHead() {},
      write: () => true,
      end() {
        nextRes.emit('finish')
      },
    }) as unknown as ServerResponse & EventEmitter
    const first = exchange('/api/v1/programmes')
    expect(await serveApiCached(pages, callers, first.req, first.res)).toEqual({})
    holdApiResponse(first.req, nextRes, { pages, since: pages.generation(apiHost) })
    const waiting = exchange('/api/v1/programmes')
    const answered = serveApiCached(pages, callers, waiting.req, waiting.res)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(waiting.sent.body).toBeUndefined()
    nextRes.setHeader('Content-Type', 'application/json; charset=utf-8')
    nextRes.setHeader('Cache-Control', 'public, max-age=0, s-maxage=60')
    nextRes.setHeader('ETag', '"p"')
    nextRes.end('{"data":["programme"]}')
    expect(await answered).toBe('sent')
    expect([waiting.sent.status, waiting.sent.body?.toString(), waiting.sent.headers['x-api-cache']]).toEqual([200, '{"data":["programme"]}', 'hit'])
  })
})
