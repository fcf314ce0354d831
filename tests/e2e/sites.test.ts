/**
 * One platform, a site per country office (issue 17), against the production server on a seeded
 * database (tests/setup/server.js): Türkiye's site at SERVER_URL (en, tr; the TR office),
 * Azerbaijan's at az.localhost on the same port (en, az; the AZ office), lib/seed/sites.ts. Each
 * is read with the Host a browser sends (tests/helpers/sites.ts); the host picks the site.
 */
import { base } from '@/tests/helpers/e2e'
import { rawGet } from '@/tests/helpers/net'
import { azerbaijan, headlines, hreflangs, mainOf, sitePage, siteText, switcherLanguages, turkiye } from '@/tests/helpers/sitePages'
import { siteFetch } from '@/tests/helpers/sites'

const port = () => new URL(base()).port
const unknownSite = () => `http://nowhere.localhost:${port()}`
const thirdSite = () => `http://third.localhost:${port()}`

type Office = 'TR' | 'AZ'

/**
 * What marks each office's seeded documents in a page, a feed or a sitemap: their slugs (in every
 * language: a list shows an untranslated item under its English slug) and their titles.
 */
const marks: Record<Office, string[]> = {
  TR: [
    'assessing-foreign-labour-needs-in-turkiye',
    'turkiyede-yabanci-is-gucu-ihtiyacinin-degerlendirilmesi',
    'ankara-workshop-on-the-national-referral-mechanism',
    'ankarada-insan-ticareti-magdurlarinin-yonlendirilmesi-calistayi',
    'speech-on-international-migrants-day',
    'herkes-icin-isleyen-goc-uluslararasi-gocmenler-gunu-konusmasi',
    'chief-of-mission-message-on-the-world-day-against-trafficking',
    'once-magdurlarin-haklari-dunya-insan-ticaretiyle-mucadele-gunu-mesaji',
    'programmes/migration-management',
    'programlar/goc-yonetimi',
    'countries/turkiye"',
    'ulkeler/turkiye"',
    'olkeler/turkiye"',
    'Assessing foreign labour needs in Türkiye',
    'Ankara workshop on referring trafficking survivors',
    'remarks on International Migrants Day',
    'Survivors’ rights first',
  ],
  AZ: [
    'baku-round-table-on-the-day-against-trafficking',
    'bakude-insan-ticaretiyle-mucadele-gunu-yuvarlak-masa-toplantisi',
    'bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa',
    'shelter-support-continues-in-azerbaijan',
    'azerbaijan-moves-up-in-the-trafficking-in-persons-report',
    'is-birligi-sonuc-verdi-azerbaycan-kademe-2ye-yukseldi',
    'emekdasliq-oz-behresini-verir-azerbaycan-2-ci-seviyyeye-yukseldi',
    'countries/azerbaijan"',
    'ulkeler/azerbaycan"',
    'olkeler/azerbaycan"',
    'Baku round table on the Day against Trafficking',
    'Bakıda İnsan Alverinə Qarşı Mübarizə Günü',
    'Support for survivors’ shelters continues in Azerbaijan',
    'Cooperation pays off as Azerbaijan moves up to Tier 2',
    'Əməkdaşlıq öz bəhrəsini verir',
    'Victim Assistance Centre',
    'Qurbanlara Yardım Mərkəzi',
  ],
}

/** The other office's marks found in a text (an empty list when the text keeps to its site). */
const foreign = (text: string, other: Office) => marks[other].filter((mark) => text.includes(mark))

type SiteCase = { name: string; origin: () => string; office: Office; other: Office; /** The site's language besides English. */ own: string }
const sites: SiteCase[] = [
  { name: 'Türkiye', origin: turkiye, office: 'TR', other: 'AZ', own: 'tr' },
  { name: 'Azerbaijan', origin: azerbaijan, office: 'AZ', other: 'TR', own: 'az' },
]

/** The pages of each site that list content: home, lists, facts, in both of its languages. */
const listPages: Record<Office, string[]> = {
  TR: [
    '/en',
    '/tr',
    '/en/news',
    '/tr/haberler',
    '/en/statements',
    '/tr/aciklamalar',
    '/en/programmes',
    '/tr/programlar',
    '/en/countries',
    '/tr/ulkeler',
    '/en/facts',
    '/tr/rakamlar',
  ],
  AZ: [
    '/en',
    '/az',
    '/en/news',
    '/az/xeberler',
    '/en/statements',
    '/az/beyanatlar',
    '/en/programmes',
    '/az/proqramlar',
    '/en/countries',
    '/az/olkeler',
    '/en/facts',
    '/az/reqemler',
  ],
}

/** The admin demo user's REST API (a JWT in the Authorization header: Payload's CSRF check is for cookies). */
let token = ''
async function api(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> | null }> {
  const response = await fetch(`${base()}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json().catch(() => null)) as Record<string, unknown> | null }
}

const officeIds = new Map<Office, number>()

beforeAll(async () => {
  const login = await api('POST', '/users/login', { email: 'admin@kopru.example', password: 'demo-admin-2026' })
  if (login.status !== 200) throw new Error(`admin login: ${login.status} ${JSON.stringify(login.json)}`)
  token = login.json?.token as string
  const { json } = await api('GET', '/countries?depth=0&limit=10')
  for (const doc of json?.docs as { id: number; isoCode: Office }[]) officeIds.set(doc.isoCode, doc.id)
})

const until = async <T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<{ value: T; ms: number }> => {
  const started = Date.now()
  for (;;) {
    const value = await read()
    if (done(value)) return { value, ms: Date.now() - started }
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms; last: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

describe('the host picks the site', () => {
  it('answers an unknown host with a plain 404 that no cache keeps, on pages, robots.txt and the sitemaps', async () => {
    // A page of a real site first: what the page cache holds for it must not answer another host.
    expect((await sitePage(turkiye(), '/en/news')).response.status).toBe(200)
    for (const path of [
      '/',
      '/en',
      '/en/news',
      '/tr/haberler',
      '/az',
      '/en/news/assessing-foreign-labour-needs-in-turkiye',
      '/robots.txt',
      '/sitemap.xml',
      '/sitemaps/news-1.xml',
    ]) {
      for (const attempt of ['first', 'again']) {
        const { status, text, headers } = await siteText(unknownSite(), path)
        expect([path, attempt, status, headers.get('cache-control'), headers.get('content-type')]).toEqual([
          path,
          attempt,
          404,
          expect.stringContaining('no-store'),
          expect.stringMatching(/^text\/plain/),
        ])
        expect([path, text]).toEqual([path, expect.stringContaining('No such site')])
        expect([path, text]).toEqual([path, expect.not.stringContaining('<html')])
      }
    }
  })

  it('matches host names case-insensitively, ignoring the port, and builds every URL on the site’s own address', async () => {
    const az = await rawGet(`http://127.0.0.1:${port()}/az`, { host: `AZ.LocalHost:${Number(port()) + 1}` })
    expect(az.status).toBe(200)
    const html = az.body.toString('utf8')
    expect(html).toContain('<html lang="az"')
    expect(html).toContain(`<link rel="canonical" href="${azerbaijan()}/az"/>`)
    // Türkiye's other host name (127.0.0.1): the same site, its URLs on its address (SERVER_URL).
    const alias = await rawGet(`http://127.0.0.1:${port()}/en`)
    expect(alias.status).toBe(200)
    expect(alias.body.toString('utf8')).toContain(`<link rel="canonical" href="${turkiye()}/en"/>`)
  })
})

describe('what stays on the platform’s side', () => {
  it('keeps the admin at its one address (SERVER_URL): another host is sent there, with its path and query', async () => {
    for (const origin of [`http://127.0.0.1:${port()}`, azerbaijan()]) {
      const response = await siteFetch(`${origin}/admin/collections/news?limit=5`, { redirect: 'manual' })
      expect([origin, response.status, response.headers.get('location'), response.headers.get('cache-control')]).toEqual([
        origin,
        307,
        `${turkiye()}/admin/collections/news?limit=5`,
        'no-store',
      ])
    }
    expect((await siteFetch(`${turkiye()}/admin/login`, { redirect: 'manual' })).status).toBe(200)
    // The API answers on every host (partners keep their addresses).
    expect((await siteFetch(`${azerbaijan()}/api/v1/news?limit=1`)).status).toBe(200)
  })

  it('names no internal address in any answer: pages, feeds, sitemaps, robots.txt, not-found pages', async () => {
    for (const [origin, path] of [
      [turkiye(), '/en'],
      [turkiye(), '/tr/haberler'],
      [azerbaijan(), '/az'],
      [azerbaijan(), '/az/xeberler/rss'],
      [azerbaijan(), '/sitemap.xml'],
      [turkiye(), '/robots.txt'],
      [turkiye(), '/en/news/no-such-story'],
      [azerbaijan(), '/tr'],
    ]) {
      const response = await siteFetch(`${origin}${path}`, { redirect: 'manual' })
      expect([path, response.headers.get('x-middleware-rewrite'), [...response.headers.keys()].filter((name) => name.startsWith('x-middleware'))]).toEqual([path, null, []])
    }
  })
})

describe('each site has its own languages', () => {
  it('routes only the site’s languages: /az on Türkiye and /tr on Azerbaijan are the site’s own 404 page', async () => {
    const cases: [() => string, string][] = [
      [turkiye, '/az'],
      [turkiye, '/az/xeberler'],
      [turkiye, '/az/axtaris?q=baki'],
      [turkiye, '/az/xeberler/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa'],
      [azerbaijan, '/tr'],
      [azerbaijan, '/tr/haberler'],
      [azerbaijan, '/tr/arama?q=baku'],
      [azerbaijan, '/tr/haberler/bakude-insan-ticaretiyle-mucadele-gunu-yuvarlak-masa-toplantisi'],
    ]
    for (const [origin, path] of cases) {
      const { response, html } = await sitePage(origin(), path)
      const site = origin === turkiye ? 'Türkiye' : 'Azerbaijan'
      expect([site, path, response.status]).toEqual([site, path, 404])
      // Rendered on the server inside the site, in its default language (English), with a way to
      // the site's other language; no script needed.
      expect([site, path, /^<!DOCTYPE html><html lang="([^"]*)">/.exec(html)?.[1], /<h1>([^<]*)<\/h1>/.exec(html)?.[1], html.includes('class="site-header"')]).toEqual([
        site,
        path,
        'en',
        'Page not found',
        true,
      ])
      expect([site, path, switcherLanguages(html)]).toEqual([site, path, origin === turkiye ? ['en', 'tr'] : ['en', 'az']])
    }
  })

  it('redirects / by Accept-Language among the site’s own languages only', async () => {
    const cases: [() => string, string, string][] = [
      [turkiye, 'az', '/en'],
      [turkiye, 'az-AZ,az;q=0.9,tr;q=0.8', '/tr'],
      [turkiye, 'tr-TR,tr;q=0.9', '/tr'],
      [azerbaijan, 'az', '/az'],
      [azerbaijan, 'az-AZ,az;q=0.9,en;q=0.5', '/az'],
      [azerbaijan, 'tr', '/en'],
      [azerbaijan, 'tr-TR,tr;q=0.9,az;q=0.5', '/az'],
      [azerbaijan, 'en-GB,en;q=0.9', '/en'],
    ]
    for (const [origin, acceptLanguage, expected] of cases) {
      const { response } = await sitePage(origin(), '/', { headers: { 'Accept-Language': acceptLanguage } })
      const location = new URL(response.headers.get('location') ?? '', origin())
      expect([origin(), acceptLanguage, response.status, location.origin, location.pathname]).toEqual([origin(), acceptLanguage, 307, origin(), expected])
    }
  })

  it('offers only the site’s languages in the switcher and hreflang, all on the site’s address', async () => {
    // The counter-trafficking programme is in English, Turkish and Azerbaijani, on both sites.
    const cases: [SiteCase, string[], string[]][] = [
      [sites[0], ['/en', '/tr', '/en/programmes/counter-trafficking', '/tr/programlar/insan-ticaretiyle-mucadele', '/en/news', '/tr/haberler'], ['en', 'tr']],
      [sites[1], ['/en', '/az', '/en/programmes/counter-trafficking', '/az/proqramlar/insan-alverine-qarsi-mubarize', '/en/news', '/az/xeberler'], ['en', 'az']],
    ]
    for (const [site, paths, languages] of cases) {
      for (const path of paths) {
        const { response, html } = await sitePage(site.origin(), path)
        expect([site.name, path, response.status]).toEqual([site.name, path, 200])
        expect([site.name, path, switcherLanguages(html)]).toEqual([site.name, path, languages])
        const alternates = hreflangs(html)
        expect([site.name, path, Object.keys(alternates).sort()]).toEqual([site.name, path, [...languages, 'x-default'].sort()])
        for (const [language, url] of Object.entries(alternates))
          expect([site.name, path, language, url.startsWith(`${site.origin()}/`)]).toEqual([site.name, path, language, true])
      }
    }
    const programme = await sitePage(azerbaijan(), '/az/proqramlar/insan-alverine-qarsi-mubarize')
    expect(hreflangs(programme.html)).toEqual({
      en: `${azerbaijan()}/en/programmes/counter-trafficking`,
      az: `${azerbaijan()}/az/proqramlar/insan-alverine-qarsi-mubarize`,
      'x-default': `${azerbaijan()}/en/programmes/counter-trafficking`,
    })
    expect(programme.html).toContain('<a href="/en/programmes/counter-trafficking" hrefLang="en" lang="en">English</a>')
  })

  it('lists only the site’s languages in its sitemap', async () => {
    for (const site of sites) {
      const index = await siteText(site.origin(), '/sitemap.xml')
      const children = [...index.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
      const xml = (await Promise.all(children.map(async (url) => (await siteFetch(url)).text()))).join('\n')
      const languages = [...new Set([...xml.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]))].sort()
      expect([site.name, languages]).toEqual([site.name, ['en', site.own, 'x-default'].sort()])
      const prefixes = [...new Set([...xml.matchAll(/<loc>[a-z]+:\/\/[^/]+\/([^/<]+)/g)].map((m) => m[1]))].sort()
      expect([site.name, prefixes]).toEqual([site.name, ['en', site.own].sort()])
    }
  })
})

describe('every URL a site emits is on its own address', () => {
  /** Every absolute URL of this server in a text: on the site's address, none on another's. */
  const serverUrls = (text: string) => [...text.matchAll(/https?:\/\/[a-z0-9.-]*localhost(?::\d+)?[^"'<\s]*/g)].map((m) => m[0])

  it('canonical, hreflang, Open Graph, JSON-LD and share links of an Azerbaijani article', async () => {
    const path = '/az/xeberler/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa'
    const { response, html } = await sitePage(azerbaijan(), path)
    expect(response.status).toBe(200)
    expect(html).toContain(`<link rel="canonical" href="${azerbaijan()}${path}"/>`)
    expect(html).toContain(`<link rel="alternate" hrefLang="en" href="${azerbaijan()}/en/news/baku-round-table-on-the-day-against-trafficking"/>`)
    expect(html).toContain(`<link rel="alternate" hrefLang="az" href="${azerbaijan()}${path}"/>`)
    expect(html).toContain(`<link rel="alternate" hrefLang="x-default" href="${azerbaijan()}/en/news/baku-round-table-on-the-day-against-trafficking"/>`)
    expect(html).toContain(`<meta property="og:url" content="${azerbaijan()}${path}"/>`)
    expect(html).toContain(`<meta property="og:image" content="${azerbaijan()}/api/media/file/round-table-1600x900.png"/>`)
    const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json">([^<]+)<\/script>/)?.[1] ?? '{}')
    expect(jsonLd).toMatchObject({ mainEntityOfPage: `${azerbaijan()}${path}`, inLanguage: 'az', publisher: { logo: { url: `${azerbaijan()}/og-default.png` } } })
    expect(html).toContain(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`${azerbaijan()}${path}`)}`)
    expect(serverUrls(html).filter((url) => !url.startsWith(`${azerbaijan()}/`))).toEqual([])
    // The Open Graph image answers on the site's address.
    const image = await siteFetch(`${azerbaijan()}/api/media/file/round-table-1600x900.png`)
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png'])
  })

  it('RSS links on the lists, and the feeds’ own links', async () => {
    for (const site of sites) {
      const [list, feed] = site.office === 'TR' ? ['/tr/haberler', '/tr/haberler/rss'] : ['/az/xeberler', '/az/xeberler/rss']
      const { html } = await sitePage(site.origin(), list)
      expect([site.name, html]).toEqual([site.name, expect.stringContaining(`<link rel="alternate" type="application/rss+xml" href="${site.origin()}${feed}"`)])
      const rss = await siteText(site.origin(), feed)
      expect([site.name, rss.status]).toEqual([site.name, 200])
      expect([site.name, rss.text]).toEqual([site.name, expect.stringContaining(`<atom:link href="${site.origin()}${feed}" rel="self"`)])
      const links = [...rss.text.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1])
      expect(links.length).toBeGreaterThan(1)
      expect([site.name, links.filter((url) => !url.startsWith(`${site.origin()}/${site.own}/`))]).toEqual([site.name, []])
      expect([site.name, serverUrls(rss.text).filter((url) => !url.startsWith(`${site.origin()}/`))]).toEqual([site.name, []])
    }
  })

  it('the sitemap index, its children and robots.txt', async () => {
    for (const site of sites) {
      const index = await siteText(site.origin(), '/sitemap.xml')
      expect([site.name, index.status]).toEqual([site.name, 200])
      const children = [...index.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
      expect([site.name, children]).toEqual([
        site.name,
        ['pages.xml', 'news-1.xml', 'statements-1.xml', 'programmes-1.xml', 'countries-1.xml'].map((name) => `${site.origin()}/sitemaps/${name}`),
      ])
      const xml = (await Promise.all(children.map(async (url) => (await siteFetch(url)).text()))).join('\n')
      const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
      expect(locs.length).toBeGreaterThan(10)
      expect([site.name, serverUrls(xml).filter((url) => !url.startsWith(`${site.origin()}/`))]).toEqual([site.name, []])
      const robots = await siteText(site.origin(), '/robots.txt')
      expect([site.name, robots.text]).toEqual([site.name, expect.stringContaining(`Sitemap: ${site.origin()}/sitemap.xml`)])
    }
  })
})

describe('content stays on its office’s site', () => {
  it('home pages, lists and facts show only the site’s office (with global facts and shared programmes)', async () => {
    for (const site of sites) {
      for (const path of listPages[site.office]) {
        const { response, html } = await sitePage(site.origin(), path)
        expect([site.name, path, response.status]).toEqual([site.name, path, 200])
        expect([site.name, path, foreign(mainOf(html), site.other)]).toEqual([site.name, path, []])
      }
      // Its own content is there (the check above is not passed by an empty page).
      const home = headlines(mainOf((await sitePage(site.origin(), '/en')).html)).map((h) => h.href)
      const own = site.office === 'TR' ? '/en/news/ankara-workshop-on-the-national-referral-mechanism' : '/en/news/baku-round-table-on-the-day-against-trafficking'
      expect([site.name, home]).toEqual([site.name, expect.arrayContaining([own])])
      // Shared on purpose: a programme of both offices, and the global facts.
      expect([site.name, (await sitePage(site.origin(), '/en/programmes')).html]).toEqual([site.name, expect.stringContaining('href="/en/programmes/counter-trafficking"')])
      const facts = (await sitePage(site.origin(), '/en/facts')).html
      for (const figure of ['1.7M', '100,000', '140', '122']) expect([site.name, facts]).toEqual([site.name, expect.stringContaining(`>${figure}</dd>`)])
    }
  })

  it('a filter cannot bring the other office in: the list offers only the site’s offices, and asking for the other gives nothing', async () => {
    for (const site of sites) {
      const news = await sitePage(site.origin(), '/en/news')
      const options = [...news.html.matchAll(/<option value="([A-Z]{2})"/g)].map((m) => m[1])
      expect([site.name, options]).toEqual([site.name, [site.office]])
      for (const path of [
        `/en/news?country=${site.other}`,
        `/en/statements?country=${site.other}`,
        `/en/news/rss?country=${site.other}`,
        `/en/statements/rss?country=${site.other}`,
      ]) {
        const { text } = await siteText(site.origin(), path)
        // A page's own content (its header and footer are the site's menus); a feed whole.
        const shown = text.includes('<main') ? mainOf(text) : text
        expect([site.name, path, foreign(shown, site.other)]).toEqual([site.name, path, []])
        expect([site.name, path, /<item>|class="content-list__title"/.test(shown)]).toEqual([site.name, path, false])
      }
    }
  })

  it('answers the other office’s articles, statements and country page with 404, in every language', async () => {
    const elsewhere: Record<Office, string[]> = {
      // The Azerbaijan office's pages, asked of Türkiye's site (in its languages and in Azerbaijani).
      TR: [
        '/en/news/baku-round-table-on-the-day-against-trafficking',
        '/tr/haberler/bakude-insan-ticaretiyle-mucadele-gunu-yuvarlak-masa-toplantisi',
        '/tr/haberler/shelter-support-continues-in-azerbaijan',
        '/en/news/shelter-support-continues-in-azerbaijan',
        '/en/statements/azerbaijan-moves-up-in-the-trafficking-in-persons-report',
        '/tr/aciklamalar/is-birligi-sonuc-verdi-azerbaycan-kademe-2ye-yukseldi',
        '/en/countries/azerbaijan',
        '/tr/ulkeler/azerbaycan',
        '/az/olkeler/azerbaycan',
      ],
      // The Türkiye office's, asked of Azerbaijan's.
      AZ: [
        '/en/news/assessing-foreign-labour-needs-in-turkiye',
        '/az/xeberler/assessing-foreign-labour-needs-in-turkiye',
        '/en/news/ankara-workshop-on-the-national-referral-mechanism',
        '/en/statements/speech-on-international-migrants-day',
        '/az/beyanatlar/chief-of-mission-message-on-the-world-day-against-trafficking',
        '/en/programmes/migration-management',
        '/az/proqramlar/migration-management',
        '/en/countries/turkiye',
        '/az/olkeler/turkiye',
        '/tr/haberler/turkiyede-yabanci-is-gucu-ihtiyacinin-degerlendirilmesi',
      ],
    }
    for (const site of sites) {
      for (const path of elsewhere[site.office]) {
        const { response, html } = await sitePage(site.origin(), path)
        expect([site.name, path, response.status]).toEqual([site.name, path, 404])
        expect([site.name, path, foreign(mainOf(html), site.other)]).toEqual([site.name, path, []])
      }
    }
    // The same addresses open on the office's own site.
    for (const path of ['/en/news/baku-round-table-on-the-day-against-trafficking', '/en/countries/azerbaijan', '/az/olkeler/azerbaycan']) {
      expect([path, (await sitePage(azerbaijan(), path)).response.status]).toEqual([path, 200])
    }
    for (const path of ['/en/news/assessing-foreign-labour-needs-in-turkiye', '/en/programmes/migration-management', '/tr/ulkeler/turkiye']) {
      expect([path, (await sitePage(turkiye(), path)).response.status]).toEqual([path, 200])
    }
  })

  it('searches only the site’s office (and what is shared), in each of its languages', async () => {
    const results = (html: string) => [...html.matchAll(/<h2 class="content-list__title"><a href="([^"]+)"/g)].map((m) => m[1])
    const status = (html: string) => /id="search-status"[^>]*>([^<]*)</.exec(html)?.[1]
    const cases: [SiteCase, string, string[]][] = [
      // Words of the other office's documents: nothing on this site.
      [sites[0], '/en/search?q=baku', []],
      [sites[0], '/tr/arama?q=bak%C3%BC', []],
      [sites[0], '/en/search?q=ombudsman', []],
      [sites[0], '/en/search?q=tier', []],
      [sites[1], '/en/search?q=ankara', []],
      [sites[1], '/az/axtaris?q=ankara', []],
      [sites[1], '/en/search?q=biometric', []],
      [sites[1], '/az/axtaris?q=istanbul', []],
      // Its own, found (so the checks above are not passed by a search that finds nothing).
      [sites[0], '/en/search?q=ankara', ['/en/news/ankara-workshop-on-the-national-referral-mechanism']],
      [sites[1], '/en/search?q=baku', ['/en/news/baku-round-table-on-the-day-against-trafficking']],
      [sites[1], '/az/axtaris?q=baki', ['/az/xeberler/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa']],
      // Shared on purpose: a global fact, on both.
      [sites[0], '/en/search?q=voluntarily', ['/en/facts#fact-1']],
      [sites[1], '/en/search?q=voluntarily', ['/en/facts#fact-1']],
    ]
    for (const [site, path, expected] of cases) {
      const { response, html } = await sitePage(site.origin(), path)
      expect([site.name, path, response.status]).toEqual([site.name, path, 200])
      expect([site.name, path, results(html)]).toEqual([site.name, path, expected.length ? expect.arrayContaining(expected) : []])
      expect([site.name, path, status(html)]).toEqual([site.name, path, expect.any(String)])
      expect([site.name, path, foreign(mainOf(html), site.other)]).toEqual([site.name, path, []])
    }
    // A word of both offices (trafficking): each site finds its own, never the other's.
    for (const site of sites) {
      for (const path of ['/en/search?q=trafficking', site.office === 'TR' ? '/tr/arama?q=ticaret' : '/az/axtaris?q=alveri']) {
        const found = results((await sitePage(site.origin(), path)).html)
        expect([site.name, path, found.length > 0]).toEqual([site.name, path, true])
        expect([site.name, path, foreign(found.join(' '), site.other)]).toEqual([site.name, path, []])
      }
    }
  })

  it('feeds carry only the site’s office', async () => {
    const feeds: Record<Office, string[]> = {
      TR: ['/en/news/rss', '/tr/haberler/rss', '/en/statements/rss', '/tr/aciklamalar/rss'],
      AZ: ['/en/news/rss', '/az/xeberler/rss', '/en/statements/rss', '/az/beyanatlar/rss'],
    }
    for (const site of sites) {
      const all: string[] = []
      for (const path of feeds[site.office]) {
        const { status, text } = await siteText(site.origin(), path)
        expect([site.name, path, status]).toEqual([site.name, path, 200])
        expect([site.name, path, foreign(text, site.other)]).toEqual([site.name, path, []])
        all.push(text)
      }
      // Each of the office's news items and statements is in its site's feeds.
      const own =
        site.office === 'TR'
          ? ['assessing-foreign-labour-needs-in-turkiye', 'speech-on-international-migrants-day']
          : ['baku-round-table-on-the-day-against-trafficking', 'azerbaijan-moves-up-in-the-trafficking-in-persons-report']
      for (const slug of own) expect([site.name, slug, all.join('\n').includes(slug)]).toEqual([site.name, slug, true])
    }
  })

  it('sitemaps list only the site’s office (with the shared programme)', async () => {
    for (const site of sites) {
      const index = await siteText(site.origin(), '/sitemap.xml')
      const children = [...index.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
      const xml = (await Promise.all(children.map(async (url) => (await siteFetch(url)).text()))).join('\n')
      expect([site.name, foreign(xml, site.other)]).toEqual([site.name, []])
      const own =
        site.office === 'TR'
          ? ['/tr/haberler/turkiyede-yabanci-is-gucu-ihtiyacinin-degerlendirilmesi', '/en/countries/turkiye']
          : ['/az/xeberler/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa', '/en/countries/azerbaijan']
      for (const path of [...own, '/en/programmes/counter-trafficking']) expect([site.name, xml.includes(`<loc>${site.origin()}${path}</loc>`)]).toEqual([site.name, true])
    }
  })

  it('links from a site’s pages lead to pages of that site', async () => {
    const pages: Record<Office, string[]> = {
      TR: ['/en', '/tr', '/tr/haberler', '/tr/programlar/insan-ticaretiyle-mucadele', '/en/programmes/counter-trafficking', '/tr/ulkeler/turkiye', '/tr/rakamlar'],
      AZ: ['/en', '/az', '/az/xeberler', '/az/proqramlar/insan-alverine-qarsi-mubarize', '/en/programmes/counter-trafficking', '/az/olkeler/azerbaycan', '/az/reqemler'],
    }
    const broken: Record<string, string[]> = {}
    for (const site of sites) {
      const links = new Set<string>()
      for (const path of pages[site.office]) {
        const { html } = await sitePage(site.origin(), path)
        for (const [, href] of html.matchAll(/<a href="(\/[^"#]*)/g)) if (!href.startsWith('/api/') && !href.startsWith('/admin')) links.add(href.replace(/&amp;/g, '&'))
      }
      expect([site.name, links.size > 20]).toEqual([site.name, true])
      broken[site.name] = []
      for (const href of links) {
        const { response } = await sitePage(site.origin(), href)
        if (response.status !== 200) broken[site.name].push(`${href} (${response.status})`)
      }
    }
    expect(broken).toEqual({ Türkiye: [], Azerbaijan: [] })
  })
})

describe('drafts', () => {
  const drafts = new Map<Office, { id: number; slug: string; word: string }>()

  beforeAll(async () => {
    for (const office of ['TR', 'AZ'] as Office[]) {
      const word = `zirconsite${office.toLowerCase()}${Date.now()}`
      const { status, json } = await api('POST', '/news?draft=true', {
        title: `Sites draft ${word}`,
        excerpt: `A draft of the ${office} office: ${word}.`,
        country: officeIds.get(office),
        publishedDate: '2024-06-01T12:00:00.000Z',
        _status: 'draft',
      })
      if (status !== 201) throw new Error(`draft of ${office}: ${status} ${JSON.stringify(json)}`)
      const doc = json?.doc as { id: number; slug: string; _status: string }
      if (doc._status !== 'draft') throw new Error(`the ${office} document is ${doc._status}, not a draft`)
      drafts.set(office, { id: doc.id, slug: doc.slug, word })
    }
  })

  afterAll(async () => {
    for (const { id } of drafts.values()) await api('DELETE', `/news/${id}`)
  })

  it('shows a draft of either office on neither site: home, lists, its page, search, feeds, sitemaps', async () => {
    expect(drafts.size).toBe(2)
    for (const [office, draft] of drafts) {
      expect([office, draft.slug]).toEqual([office, expect.stringContaining(draft.word)])
      for (const site of sites) {
        const feed = `/${site.own}/${site.office === 'TR' ? 'haberler' : 'xeberler'}/rss`
        for (const path of [...listPages[site.office].slice(0, 4), '/en/news/rss', feed]) {
          const { text } = await siteText(site.origin(), path)
          expect([office, site.name, path, text.includes(draft.word)]).toEqual([office, site.name, path, false])
        }
        // A search page repeats the words asked for: what must be missing is the result.
        for (const search of site.office === 'TR' ? ['/en/search', '/tr/arama'] : ['/en/search', '/az/axtaris']) {
          const path = `${search}?q=${draft.word}`
          const { html } = await sitePage(site.origin(), path)
          expect([office, site.name, path, html.includes(draft.slug), html.includes(`Sites draft ${draft.word}`), /class="content-list__title"/.test(html)]).toEqual([
            office,
            site.name,
            path,
            false,
            false,
            false,
          ])
        }
        for (const path of [`/en/news/${draft.slug}`, `/${site.own}/${site.office === 'TR' ? 'haberler' : 'xeberler'}/${draft.slug}`]) {
          expect([office, site.name, path, (await sitePage(site.origin(), path)).response.status]).toEqual([office, site.name, path, 404])
        }
        const index = await siteText(site.origin(), '/sitemap.xml')
        for (const [, url] of index.text.matchAll(/<loc>([^<]+)<\/loc>/g)) {
          expect([office, site.name, url, (await (await siteFetch(url)).text()).includes(draft.word)]).toEqual([office, site.name, url, false])
        }
      }
    }
    // The seeded draft of the Türkiye office, too.
    for (const site of sites) {
      expect([site.name, (await sitePage(site.origin(), '/en/news/draft-awareness-campaign-for-seasonal-workers')).response.status]).toEqual([site.name, 404])
    }
  })
})

describe('each site has its own home page', () => {
  let azerbaijanId: number | undefined
  let home: { id: number; layout: Record<string, unknown>[] } | undefined

  afterAll(async () => {
    // The Azerbaijan home page as seeded: without the block this test adds.
    if (home) await api('PATCH', `/pages/${home.id}?locale=az`, { layout: home.layout, _status: 'published' })
  })

  it('shows its page of blocks, introduced by its hero (also its description), sends the page’s own address there, and an edit reaches only that site', async () => {
    const hero = (html: string) => /<p class="block-hero__lead">([^<]*)<\/p>/.exec(html)?.[1]
    const description = (html: string) => /<meta name="description" content="([^"]*)"/.exec(html)?.[1]
    const az = (await sitePage(azerbaijan(), '/az')).html
    expect(mainOf(az)).toContain('<h1>Azərbaycanda təşkilat</h1>')
    expect(hero(az)).toMatch(/^Təşkilatın Bakıdakı ofisi/)
    expect(description(az)).toBe(hero(az))
    const tr = (await sitePage(turkiye(), '/tr')).html
    expect(mainOf(tr)).toContain('<h1>Türkiye’de Ajans</h1>')
    expect(hero(tr)).toMatch(/^Ajansın Türkiye ofisi/)
    const own = (await sitePage(azerbaijan(), '/az/ana-sehife', { redirect: 'manual' })).response
    expect([own.status, own.headers.get('location')]).toEqual([308, '/az'])

    const { json: sites } = await api('GET', '/sites?where[key][equals]=azerbaijan&depth=0')
    azerbaijanId = (sites?.docs as { id: number }[])[0].id
    const { json: pages } = await api('GET', `/pages?where[site][equals]=${azerbaijanId}&where[home][equals]=true&depth=0&locale=az`)
    home = (pages?.docs as { id: number; layout: Record<string, unknown>[] }[])[0]
    const added = { blockType: 'latestItems', heading: 'Bakıdan yeni bir bölmə', collection: 'news', count: 1 }
    const saved = await api('PATCH', `/pages/${home.id}?locale=az`, { layout: [...home.layout, added], _status: 'published' })
    expect(saved.status).toBe(200)
    await until(
      'the Azerbaijan home page shows the new block',
      async () => (await sitePage(azerbaijan(), '/az')).html,
      (html) => html.includes('>Bakıdan yeni bir bölmə</h2>'),
    )
    expect((await sitePage(turkiye(), '/tr')).html).not.toContain('Bakıdan yeni bir bölmə')
    // Admins and global editors edit a site's menus and home page; a contributor cannot.
    const contributor = await fetch(`${base()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'contributor@kopru.example', password: 'demo-contributor-2026' }),
    })
    const refused = await fetch(`${base()}/api/sites/${azerbaijanId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${((await contributor.json()) as { token: string }).token}` },
      body: JSON.stringify({ home: { news: 1 } }),
    })
    expect(refused.status).toBe(403)
  })
})

describe('a site is data', () => {
  let created: number | undefined

  afterAll(async () => {
    if (created !== undefined) await api('DELETE', `/sites/${created}`)
  })

  it('serves a third site added through the API within seconds, without a restart, and forgets it when deleted', async () => {
    expect((await siteText(thirdSite(), '/en')).status).toBe(404)
    const { status, json } = await api('POST', '/sites', {
      name: 'IOM Third',
      key: 'third',
      url: thirdSite(),
      languages: ['en'],
      defaultLanguage: 'en',
      offices: [officeIds.get('TR')],
    })
    expect([status, json?.errors]).toEqual([201, undefined])
    created = (json?.doc as { id: number }).id

    const { ms } = await until(
      'the third site answers',
      () => sitePage(thirdSite(), '/en'),
      ({ response }) => response.status === 200,
    )
    expect(ms).toBeLessThan(15_000)
    const { html } = await sitePage(thirdSite(), '/en')
    expect(html).toContain('<html lang="en"')
    expect(html).toContain(`<link rel="canonical" href="${thirdSite()}/en"/>`)
    expect(switcherLanguages(html)).toEqual(['en'])
    expect(headlines(mainOf(html)).map((h) => h.href)).toEqual(expect.arrayContaining(['/en/news/ankara-workshop-on-the-national-referral-mechanism']))
    expect(foreign(mainOf(html), 'AZ')).toEqual([])
    // No page is its home yet: it shows the sections its Home page settings keep.
    expect([html.includes('id="latest-news"'), html.includes('id="latest-statements"'), html.includes('id="home-programmes"')]).toEqual([true, true, true])
    expect((await api('PATCH', `/sites/${created}`, { home: { statements: 0, programmes: false } })).status).toBe(200)
    const { value: kept } = await until(
      'the third site’s home follows its settings',
      async () => (await sitePage(thirdSite(), '/en')).html,
      (page) => !page.includes('id="latest-statements"'),
    )
    expect([kept.includes('id="latest-news"'), kept.includes('id="home-programmes"')]).toEqual([true, false])
    // Its one language: / goes there whatever the browser asks; Turkish is not routed here.
    const root = await sitePage(thirdSite(), '/', { headers: { 'Accept-Language': 'tr' } })
    expect([root.response.status, new URL(root.response.headers.get('location') ?? '', thirdSite()).href]).toEqual([307, `${thirdSite()}/en`])
    expect((await sitePage(thirdSite(), '/tr')).response.status).toBe(404)
    expect((await siteText(thirdSite(), '/robots.txt')).text).toContain(`Sitemap: ${thirdSite()}/sitemap.xml`)
    // The other sites are as they were.
    expect((await sitePage(turkiye(), '/tr')).response.status).toBe(200)
    expect((await sitePage(azerbaijan(), '/az')).response.status).toBe(200)

    const deleted = await api('DELETE', `/sites/${created}`)
    expect(deleted.status).toBe(200)
    created = undefined
    await until(
      'the deleted site is gone',
      () => siteText(thirdSite(), '/en'),
      ({ status }) => status === 404,
    )
    expect((await siteText(thirdSite(), '/en')).text).toContain('No such site')
  })
})
