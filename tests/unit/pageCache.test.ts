/** lib/cache/pageCache.mjs: what server.mjs's page cache keeps, for how long, and when it lets go. */
import type { IncomingMessage } from 'node:http'
import zlib from 'node:zlib'

import { jest } from '@jest/globals'

import { cacheableRequest, createPageCache, sharedMaxAge } from '@/lib/cache/pageCache.mjs'
import { acceptedEncoding, backgroundCompressionBytes } from '@/lib/http/compression.mjs'

const page = (text: string) => ({ headers: { 'content-type': 'text/html; charset=utf-8', etag: '"x"' }, body: Buffer.from(text), maxAge: 60 })
const request = (headers: Record<string, string> = {}, method = 'GET') => ({ method, headers }) as unknown as IncomingMessage

describe('sharedMaxAge', () => {
  it.each([
    ['s-maxage=31536000', 31536000],
    ['public, max-age=0, s-maxage=60, stale-while-revalidate=300', 60],
    ['private, no-cache, no-store, max-age=0, must-revalidate', 0],
    ['public, max-age=0, must-revalidate', 0],
    ['s-maxage=60, private', 0],
    [undefined, 0],
  ])('%s → %s', (header, seconds) => expect(sharedMaxAge(header)).toBe(seconds))
})

describe('acceptedEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0.5, gzip;q=1', 'br'],
    ['BR, GZIP', 'br'],
    // Refused with q=0, in every spelling.
    ['gzip, br;q=0', 'gzip'],
    ['br; q=0.000, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['gzip;q=', undefined],
    // `*` is every coding not named.
    ['*', 'br'],
    ['gzip, *;q=0', 'gzip'],
    ['br;q=0, *', 'gzip'],
    ['identity', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, encoding) => expect(acceptedEncoding(header)).toBe(encoding))
})

describe('cacheableRequest', () => {
  it('takes anonymous and signed-in GETs, not previews, API keys or other methods', () => {
    expect(cacheableRequest(request())).toBe(true)
    expect(cacheableRequest(request({ cookie: 'payload-token=abc' }))).toBe(true)
    expect(cacheableRequest(request({ cookie: 'a=1; __prerender_bypass=xyz' }))).toBe(false)
    expect(cacheableRequest(request({ authorization: 'users API-Key k' }))).toBe(false)
    expect(cacheableRequest(request({}, 'POST'))).toBe(false)
  })
})

describe('createPageCache', () => {
  it('serves what it stored until an expiry, then nothing until stored again', () => {
    const cache = createPageCache({ maxBytes: 1024 * 1024 })
    expect(cache.store('/en', page('<p>one</p>'), cache.generation())?.body?.toString()).toBe('<p>one</p>')
    expect(cache.lookup('/en')?.body?.toString()).toBe('<p>one</p>')
    expect(cache.lookup('/tr')).toBeUndefined()
    cache.expire()
    expect(cache.lookup('/en')).toBeUndefined()
    cache.store('/en', page('<p>two</p>'), cache.generation())
    expect(cache.lookup('/en')?.body?.toString()).toBe('<p>two</p>')
  })

  it('lets go of the pages of the hosts an expiry names, and of no other site’s', () => {
    const cache = createPageCache({ maxBytes: 1024 * 1024 })
    const turkiye = cache.generation('turkiye.example')
    const azerbaijan = cache.generation('az.example')
    cache.store('turkiye.example|/en', page('<p>Ankara</p>'), turkiye)
    cache.store('az.example|/en', page('<p>Baku</p>'), azerbaijan)
    cache.store('az.example|/az', page('<p>Bakı</p>'), azerbaijan)
    cache.expire(['az.example'])
    expect(cache.lookup('turkiye.example|/en')?.body?.toString()).toBe('<p>Ankara</p>')
    expect([cache.lookup('az.example|/en'), cache.lookup('az.example|/az')]).toEqual([undefined, undefined])
    // A render of the expired site that began before the expiry is not kept; one of the other site is.
    expect(cache.store('az.example|/en', page('<p>old Baku</p>'), azerbaijan)).toBeUndefined()
    expect(cache.store('turkiye.example|/tr', page('<p>Ankara</p>'), turkiye)).toBeDefined()
    expect(cache.generation('turkiye.example')).toBe(turkiye)
    expect(cache.generation('az.example')).toBeGreaterThan(azerbaijan)
    // An expiry naming no host is every site's.
    cache.expire()
    expect(cache.lookup('turkiye.example|/en')).toBeUndefined()
    expect(cache.generation('turkiye.example')).toBeGreaterThan(turkiye)
  })

  it('keeps the status a page is sent with: 200 unless told (the 404 page answers 404)', () => {
    const cache = createPageCache({ maxBytes: 1024 * 1024 })
    cache.store('/en', page('<p>home</p>'), cache.generation())
    cache.store('/en/page-not-found', { ...page('<h1>Page not found</h1>'), status: 404 }, cache.generation())
    expect([cache.lookup('/en')?.status, cache.lookup('/en/page-not-found')?.status]).toEqual([200, 404])
  })

  it('does not store a response whose request began before an expiry (it may hold old content)', () => {
    const cache = createPageCache({ maxBytes: 1024 * 1024 })
    const began = cache.generation()
    cache.expire()
    expect(cache.store('/en', page('<p>old</p>'), began)).toBeUndefined()
    expect(cache.lookup('/en')).toBeUndefined()
  })

  it('keeps an entry for its s-maxage only', () => {
    jest.useFakeTimers({ now: new Date('2026-11-24T10:00:00Z') })
    try {
      const cache = createPageCache({ maxBytes: 1024 * 1024 })
      cache.store('/en/news/rss', { ...page('<rss/>'), maxAge: 60 }, cache.generation())
      jest.setSystemTime(new Date('2026-11-24T10:00:59Z'))
      expect(cache.lookup('/en/news/rss')).toBeDefined()
      jest.setSystemTime(new Date('2026-11-24T10:01:00Z'))
      expect(cache.lookup('/en/news/rss')).toBeUndefined()
    } finally {
      jest.useRealTimers()
    }
  })

  it('stays within its bytes, dropping the least recently used first', () => {
    const cache = createPageCache({ maxBytes: 40 * 1024 })
    const body = 'x'.repeat(4 * 1024)
    for (let i = 0; i < 8; i++) cache.store(`/p${i}`, page(body), cache.generation())
    expect(cache.lookup('/p0')).toBeDefined() // used: now the most recent
    cache.store('/p8', page(body), cache.generation())
    cache.store('/p9', page(body), cache.generation())
    expect(cache.size).toBeLessThanOrEqual(8) // 5 KB an entry with its bookkeeping
    expect(cache.lookup('/p0')).toBeDefined()
    expect(cache.lookup('/p1')).toBeUndefined()
    expect(cache.lookup('/p9')).toBeDefined()
    // Larger than an eighth of the cache: not kept at all.
    expect(cache.store('/big', page('y'.repeat(6 * 1024)), cache.generation())).toBeUndefined()
  })

  it('compresses each encoding once, and the result decompresses to the page', () => {
    const cache = createPageCache({ maxBytes: 1024 * 1024 })
    const entry = cache.store('/en', page('<p>Köprü</p>'.repeat(200)), cache.generation())!
    const gzip = cache.body(entry, 'gzip')
    expect(cache.body(entry, 'gzip')).toBe(gzip)
    expect(zlib.gunzipSync(gzip).toString()).toBe('<p>Köprü</p>'.repeat(200))
    expect(zlib.brotliDecompressSync(cache.body(entry, 'br')).toString()).toBe('<p>Köprü</p>'.repeat(200))
    expect(cache.body(entry, undefined)).toBe(entry.body)
  })

  it('keeps a large page compressed only, and gives it back whole in every encoding and in none (a sitemap child is 5.6 MB)', async () => {
    const cache = createPageCache({ maxBytes: 64 * 1024 * 1024 })
    const text = Array.from({ length: 20_000 }, (_, i) => `<url><loc>https://kopru.example/tr/haberler/göç-${i}</loc></url>`).join('\n')
    const entry = cache.store('/sitemaps/news-1.xml', page(text), cache.generation())!
    expect(entry.length).toBeGreaterThan(backgroundCompressionBytes)
    const br = await cache.bodyInBackground(entry, 'br')
    // Its bytes are gone; the cache counts the compressed copy and its length stays.
    expect(entry.body).toBeNull()
    expect(entry.length).toBe(Buffer.byteLength(text))
    expect(entry.size).toBeLessThan(br.length + 2048)
    expect(zlib.brotliDecompressSync(br).toString()).toBe(text)
    expect(zlib.gunzipSync(await cache.bodyInBackground(entry, 'gzip')).toString()).toBe(text)
    expect((await cache.bodyInBackground(entry, undefined)).toString()).toBe(text)
    expect(await cache.bodyInBackground(entry, 'br')).toBe(br)
    expect(() => cache.body(entry, undefined)).toThrow(/bodyInBackground/)
    // A small page keeps its bytes beside its compressed copies.
    const small = cache.store('/en', page('<p>Köprü</p>'.repeat(200)), cache.generation())!
    await cache.bodyInBackground(small, 'br')
    expect(small.body?.toString()).toBe('<p>Köprü</p>'.repeat(200))
  })

  it('is off when its size is 0, and while Redis (several instances) has not answered', async () => {
    const off = createPageCache({ maxBytes: 0 })
    expect(off.store('/en', page('<p>one</p>'), off.generation())).toBeUndefined()
    const messages: string[] = []
    const unreachable = createPageCache({ maxBytes: 1024 * 1024, redisUrl: 'redis://127.0.0.1:1', log: (message) => messages.push(message) })
    expect(unreachable.live).toBe(false)
    expect(unreachable.store('/en', page('<p>one</p>'), unreachable.generation())).toBeUndefined()
    expect(unreachable.lookup('/en')).toBeUndefined()
    await unreachable.close()
  })
})
