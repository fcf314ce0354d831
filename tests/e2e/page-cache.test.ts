/**
 * server.mjs's page cache (lib/cache/pageCache.mjs) on the production server: a repeat of a
 * shareable page is answered from it with the same bytes and headers Next's answer had, in any
 * encoding; previews, API keys and per-request pages never come from it. Its expiry on content
 * changes is checked by freshness.test.ts (hits before the change, the change on the next read).
 */
import zlib from 'node:zlib'

import { base } from '@/tests/helpers/e2e'
import { rawGet } from '@/tests/helpers/net'

/** Raw: fetch would decompress and hide Content-Encoding. */
const get = (path: string, headers: Record<string, string> = {}) => rawGet(`${base()}${path}`, headers)

const article = '/en/news/baku-round-table-on-the-day-against-trafficking'
const kept = [
  'content-type',
  'cache-control',
  'content-security-policy',
  'etag',
  'vary',
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
]

describe('the page cache', () => {
  it('answers a repeat with the same page and headers, in every encoding', async () => {
    await get(article)
    const first = await get(article, { 'Accept-Encoding': 'identity' })
    const repeat = await get(article, { 'Accept-Encoding': 'identity' })
    expect([first.status, repeat.status, repeat.headers['x-page-cache']]).toEqual([200, 200, 'hit'])
    expect(repeat.body.equals(first.body)).toBe(true)
    for (const name of kept) expect([name, repeat.headers[name]]).toEqual([name, first.headers[name]])
    expect(repeat.headers['content-length']).toBe(String(first.body.length))

    const gzip = await get(article, { 'Accept-Encoding': 'gzip, deflate' })
    const br = await get(article, { 'Accept-Encoding': 'gzip, deflate, br' })
    expect([gzip.headers['content-encoding'], br.headers['content-encoding']]).toEqual(['gzip', 'br'])
    // A coding refused with q=0 is not sent.
    expect((await get(article, { 'Accept-Encoding': 'gzip, br;q=0' })).headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gzip.body).equals(first.body)).toBe(true)
    expect(zlib.brotliDecompressSync(br.body).equals(first.body)).toBe(true)
    expect(br.body.length).toBeLessThan(first.body.length / 2)
  })

  it("answers a revalidation with 304, without a script policy that would replace the page's", async () => {
    const { headers } = await get(article)
    const revalidated = await get(article, { 'If-None-Match': String(headers.etag) })
    expect([revalidated.status, revalidated.headers['x-page-cache'], revalidated.body.length]).toEqual([304, 'hit', 0])
    expect(revalidated.headers['content-security-policy']).toBeUndefined()
    expect((await get(article, { 'If-None-Match': '"something-else"' })).status).toBe(200)
  })

  it("keeps nothing of the request's host: a crafted Host or X-Forwarded-Host cannot reach later readers", async () => {
    // A page not kept yet (its own query), first asked for by a hostile client.
    const path = `${article}?host-probe=${Date.now()}`
    const crafted = await get(path, { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https', 'Accept-Encoding': 'identity' })
    const repeat = await get(path, { 'Accept-Encoding': 'identity' })
    expect([crafted.status, repeat.status, repeat.headers['x-page-cache']]).toEqual([200, 200, 'hit'])
    for (const response of [crafted, repeat]) {
      expect(JSON.stringify(response.headers)).not.toContain('evil.example')
      expect(response.body.toString('utf8')).not.toContain('evil.example')
      // Translations are named in the page's head, from SERVER_URL (no Link header of next-intl's).
      expect(response.headers.link).toBeUndefined()
    }
    expect(repeat.body.toString('utf8')).toMatch(/<link rel="alternate" hrefLang="tr" href="http:\/\/[^"]+\/tr\/haberler\/[^"]+"/)
  })

  it('never answers previews, API-key requests or per-request pages from it', async () => {
    await get(article)
    expect((await get(article)).headers['x-page-cache']).toBe('hit')
    expect((await get(article, { Cookie: '__prerender_bypass=not-a-preview' })).headers['x-page-cache']).toBeUndefined()
    expect((await get(article, { Authorization: 'users API-Key not-a-key' })).headers['x-page-cache']).toBeUndefined()
    for (const path of ['/en/search?q=migration', '/tr/haberler?country=AZ', '/en/news/no-such-item']) {
      await get(path)
      expect([path, (await get(path)).headers['x-page-cache']]).toEqual([path, undefined])
    }
  })
})
