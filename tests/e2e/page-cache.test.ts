/**
 * server.mjs's page cache (lib/cache/pageCache.mjs) on the production server: a repeat of a
 * shareable page is answered from it with the same bytes and headers Next's answer had, in any
 * encoding; previews, API keys and per-request pages never come from it. Pages are kept per
 * site (the host and the address, pageKey): each site's page at the same address is its own,
 * and no crafted Host or X-Forwarded-Host puts one site's page under another's. Its expiry on
 * content changes is checked by freshness.test.ts (hits before the change, the change on the
 * next read).
 */
import zlib from 'node:zlib'

import { base } from '@/tests/helpers/e2e'
import { rawGet, type RawResponse } from '@/tests/helpers/net'
import { azerbaijanBase } from '@/tests/helpers/sites'

// Earlier test files wrote content (sites.test.ts edits and deletes sites): let their follow-up
// purges (1.5 s after each change, lib/cache/revalidate.ts) pass before counting hits.
beforeAll(() => new Promise((resolve) => setTimeout(resolve, 2500)))

/** Raw: fetch would decompress and hide Content-Encoding. */
const get = (path: string, headers: Record<string, string> = {}) => rawGet(`${base()}${path}`, headers)

/** A Türkiye document (the site at SERVER_URL, lib/seed/sites.ts). */
const article = '/en/news/ankara-workshop-on-the-national-referral-mechanism'

/** The demo seed's two sites on the test server: the Host a reader of each sends. */
const sites = () => ({ turkiye: new URL(base()).host, azerbaijan: new URL(azerbaijanBase(base())).host })
/** The test server by its IP address, for requests that name their Host themselves. */
const byAddress = () => `http://127.0.0.1:${new URL(base()).port}`
/** A request from 127.0.0.2: on this machine, but not a trusted proxy (TRUSTED_PROXIES: 127.0.0.1, ::1). */
const untrusted = { localAddress: '127.0.0.2' }

/**
 * Which demo site a page is, by what it shows: its address in the canonical link, its office's
 * country page in its menus (and, on the home page, its list of offices), and nothing of the
 * other site: neither its office's page nor its address. (Not by the latest news: the suites that
 * write publish their own.)
 */
function siteOf(response: RawResponse): string {
  const html = response.body.toString('utf8')
  const canonical = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(html)?.[1]
  const { turkiye, azerbaijan } = sites()
  const offices = { turkiye: html.includes('href="/en/countries/turkiye"'), azerbaijan: html.includes('href="/en/countries/azerbaijan"') }
  if (canonical === `http://${turkiye}` && offices.turkiye && !offices.azerbaijan && !html.includes(`//${azerbaijan}`)) return 'turkiye'
  if (canonical === `http://${azerbaijan}` && offices.azerbaijan && !offices.turkiye && !html.includes(`//${turkiye}`)) return 'azerbaijan'
  return `neither (${response.status}, canonical ${canonical}, links to the offices' pages ${JSON.stringify(offices)})`
}

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

  it('keeps a page per site: the same address on each site is its own page, each a hit of its own', async () => {
    const { turkiye, azerbaijan } = sites()
    for (const path of ['/en', '/en/news']) {
      for (const host of [turkiye, azerbaijan]) await rawGet(`${byAddress()}${path}`, { Host: host })
      const repeats = { turkiye: await rawGet(`${byAddress()}${path}`, { Host: turkiye }), azerbaijan: await rawGet(`${byAddress()}${path}`, { Host: azerbaijan }) }
      for (const [site, repeat] of Object.entries(repeats))
        expect([path, site, repeat.status, repeat.headers['x-page-cache'], siteOf(repeat)]).toEqual([path, site, 200, 'hit', site])
    }
  })

  it("keeps nothing for a host that is no site's: a plain 404, and the page of the real host after it", async () => {
    const path = `${article}?host-probe=${Date.now()}`
    for (const from of [{}, untrusted]) {
      const crafted = await rawGet(`${byAddress()}${path}`, { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'Accept-Encoding': 'identity' }, from)
      const again = await rawGet(`${byAddress()}${path}`, { Host: 'evil.example', 'Accept-Encoding': 'identity' }, from)
      for (const response of [crafted, again]) {
        expect([response.status, response.headers['cache-control'], response.headers['x-page-cache']]).toEqual([404, 'no-store', undefined])
        expect(response.body.toString('utf8')).toMatch(/^No such site/)
      }
    }
    // The address is then asked on Türkiye's host: its own page, rendered for it (not a hit
    // of anything the crafted requests left), then kept.
    const first = await get(path, { 'Accept-Encoding': 'identity' })
    const repeat = await get(path, { 'Accept-Encoding': 'identity' })
    expect([first.status, first.headers['x-page-cache'], repeat.headers['x-page-cache']]).toEqual([200, undefined, 'hit'])
    for (const response of [first, repeat]) {
      expect(JSON.stringify(response.headers)).not.toContain('evil.example')
      expect(response.body.toString('utf8')).not.toContain('evil.example')
      // Translations are named in the page's head, on the site's address (no Link header of next-intl's).
      expect(response.headers.link).toBeUndefined()
    }
    expect(repeat.body.toString('utf8')).toContain(`<link rel="alternate" hrefLang="tr" href="http://${sites().turkiye}/tr/haberler/`)
  })

  it("cannot be made to keep one site's page for another's readers with a crafted Host or X-Forwarded-Host", async () => {
    const { turkiye, azerbaijan } = sites()
    const site = { [turkiye]: 'turkiye', [azerbaijan]: 'azerbaijan' }
    // From a client that is not a trusted proxy, X-Forwarded-Host is dropped (lib/http/trustedProxies.mjs):
    // the Host names the site. From a trusted proxy it is believed, and names the site instead of
    // Host. Either way the page is kept under the host that chose it, so each site's readers get
    // their own site's page. Each case on an address not kept yet, which the crafted request fills.
    const cases = [
      { from: 'an untrusted client', options: untrusted, host: azerbaijan, forwarded: turkiye, served: azerbaijan },
      { from: 'an untrusted client', options: untrusted, host: turkiye, forwarded: azerbaijan, served: turkiye },
      { from: 'a trusted proxy', options: {}, host: azerbaijan, forwarded: turkiye, served: turkiye },
      { from: 'a trusted proxy', options: {}, host: turkiye, forwarded: azerbaijan, served: azerbaijan },
    ]
    for (const [i, { from, options, host, forwarded, served }] of cases.entries()) {
      const path = `/en?crafted-host=${Date.now()}-${i}`
      const label = `Host ${host}, X-Forwarded-Host ${forwarded}, from ${from}`
      const crafted = await rawGet(`${byAddress()}${path}`, { Host: host, 'X-Forwarded-Host': forwarded }, options)
      expect([label, crafted.status, siteOf(crafted)]).toEqual([label, 200, site[served]])
      // Plain readers of each site, after it: the served site's readers get the crafted request's
      // copy (a hit), the other site's readers their own page (rendered for them).
      for (const reader of [turkiye, azerbaijan]) {
        const plain = await rawGet(`${byAddress()}${path}`, { Host: reader })
        expect([label, `a reader of ${reader}`, plain.status, siteOf(plain), plain.headers['x-page-cache']]).toEqual([
          label,
          `a reader of ${reader}`,
          200,
          site[reader],
          reader === served ? 'hit' : undefined,
        ])
      }
    }
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
