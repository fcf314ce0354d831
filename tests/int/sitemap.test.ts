import type { Payload } from 'payload'

import { sitemapChild, sitemapNames } from '@/lib/content/sitemap'
import { seedBulk } from '@/lib/seed/bulk'
import { sitemapIndexXml, sitemapXml, sitemapXmlStream } from '@/lib/sitemapXml'
import type { Site } from '@/lib/sites/directory'
import { loadSites } from '@/lib/sites/load'
import { turnsTakenBy } from '@/tests/helpers/eventLoop'
import { startPayload } from '@/tests/helpers/payload'
import { siteOfEveryOffice } from '@/tests/helpers/sites'

let payload: Payload
let site: Site

beforeAll(async () => {
  payload = await startPayload()
  // The demo content plus a generated archive, so that news and statements span several children.
  await seedBulk(payload, { news: 60, statements: 25 })
  site = await siteOfEveryOffice(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

/** Every child's pages, as the index lists them, with 20 URLs a child (10 bilingual documents). */
async function allChildren(maxUrls = 20) {
  const names = await sitemapNames(site, maxUrls)
  const children = await Promise.all(names.map(async (name) => ({ name, pages: (await sitemapChild(site, name, maxUrls)) ?? [] })))
  return { names, children }
}

describe('sitemap index and children', () => {
  it('lists the site’s pages, then each collection cut into children of at most the configured URLs', async () => {
    const { names, children } = await allChildren()
    expect(names[0]).toBe('pages')
    expect(names.filter((n) => n.startsWith('news-'))).toEqual(['news-1', 'news-2', 'news-3', 'news-4', 'news-5', 'news-6', 'news-7'])
    for (const { name, pages } of children) {
      const urls = pages.flatMap((p) => Object.values(p.paths))
      expect([name, urls.length <= 20 || name === 'pages', urls.length > 0]).toEqual([name, true, true])
    }
    expect(await sitemapChild(site, 'news-8', 20)).toBeNull()
    expect(await sitemapChild(site, 'media-1', 20)).toBeNull()
    expect(await sitemapChild(site, 'news-0', 20)).toBeNull()
  })

  it('lists each site’s own pages (collections/Pages) in its pages child, in the languages they are translated into', async () => {
    const turkiye = (await loadSites()).find((candidate) => candidate.key === 'turkiye') as Site
    const pages = (await sitemapChild(turkiye, 'pages')) ?? []
    expect(pages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ paths: { en: '/en/who-we-are', tr: '/tr/biz-kimiz' }, lastModified: expect.any(String) }),
        expect.objectContaining({ paths: { en: '/en/who-we-are/history', tr: '/tr/biz-kimiz/tarihce' } }),
      ]),
    )
    // Another office's pages are not on this site.
    expect(pages.flatMap((page) => Object.values(page.paths))).not.toContain('/az/biz-kimik')
  })

  it('reads a child in slices (the event loop gets a break between them) with the same result as in one piece', async () => {
    for (const name of ['news-1', 'news-2', 'statements-1']) {
      const whole = await sitemapChild(site, name, 20, 10)
      // 10 documents a child: slices of 2, 5 and one of 3 (not a divisor: the child whole).
      for (const slice of [2, 5, 3]) expect([name, slice, await sitemapChild(site, name, 20, slice)]).toEqual([name, slice, whole])
      expect(whole?.length).toBeGreaterThan(2)
    }
  })

  it('lets the event loop take a turn between slices', async () => {
    // Without SQLite's threads every query is synchronous and Payload's promises settle as
    // microtasks: awaited slices alone never let a timer or another request in.
    const turns = await turnsTakenBy(() => sitemapChild(site, 'news-3', 20, 2))
    // Five slices of two: at least a turn after each of the first four.
    expect(turns).toBeGreaterThanOrEqual(4)
  })

  it('counts the published set once per child, not once per slice', async () => {
    // Each count is a query over the published set (4-11 ms at 50,000 news, against 55-130 ms for a slice of 500).
    // SQLite's adapter counts with countDistinct (MongoDB's paginate counts likewise once with pagination on).
    const db = payload.db as unknown as { countDistinct: (...args: unknown[]) => Promise<number> }
    const count = db.countDistinct
    let counts = 0
    db.countDistinct = (...args) => {
      counts += 1
      return count.apply(db, args)
    }
    try {
      const sliced = await sitemapChild(site, 'news-2', 20, 2)
      expect(sliced?.length).toBe(10)
      expect(sliced).toEqual(await sitemapChild(site, 'news-2', 20, 10))
    } finally {
      db.countDistinct = count
    }
    expect(counts).toBe(2)
  })

  it('has every published document in exactly one child, in each locale it is translated into, and no draft', async () => {
    const { children } = await allChildren()
    const paths = children.flatMap(({ pages }) => pages.flatMap((p) => Object.values(p.paths)))
    expect(new Set(paths).size).toBe(paths.length)
    for (const collection of ['news', 'statements'] as const) {
      const { docs } = await payload.find({
        collection,
        locale: 'all',
        draft: false,
        depth: 0,
        pagination: false,
        where: { _status: { equals: 'published' } },
        select: { slug: true },
      })
      // Each slug in one of the site's languages (an Azerbaijani slug is on another site's sitemap).
      const expected = docs.flatMap((doc) =>
        Object.entries((doc.slug ?? {}) as Record<string, string>).flatMap(([locale, slug]) => (slug && site.languages.includes(locale as never) ? [slug] : [])),
      )
      const listed = paths
        .filter((p) => /^\/(en\/news|tr\/haberler|en\/statements|tr\/aciklamalar)\//.test(p))
        .filter((p) => p.includes(collection === 'news' ? 'news/' : 'statements/') || p.includes(collection === 'news' ? 'haberler/' : 'aciklamalar/'))
      expect(listed.length).toBe(expected.length)
    }
    expect(paths).toContain('/tr/haberler/bakude-insan-ticaretiyle-mucadele-gunu-yuvarlak-masa-toplantisi')
    expect(paths).toContain('/en/statements/speech-on-international-migrants-day')
    expect(paths).toContain('/tr/programlar/insan-ticaretiyle-mucadele')
    expect(paths).toContain('/tr/ulkeler/azerbaycan')
    expect(paths.filter((path) => /seasonal|mevsimlik/.test(path))).toEqual([])
    const englishOnly = children.flatMap((c) => c.pages).find((p) => p.paths.en === '/en/news/shelter-support-continues-in-azerbaijan')
    expect(englishOnly?.paths).toEqual({ en: '/en/news/shelter-support-continues-in-azerbaijan' })
  })

  it('writes the index and the children as sitemaps.org XML with language alternates', async () => {
    const index = sitemapIndexXml(site, ['pages', 'news-1'])
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(index).toMatch(/<sitemap><loc>http:\/\/localhost:\d+\/sitemaps\/news-1\.xml<\/loc><\/sitemap>/)
    const child = sitemapXml(site, [{ paths: { en: '/en/news/a&b', tr: '/tr/haberler/a-b' }, lastModified: '2024-01-02T03:04:05.000Z' }])
    expect(child).toContain('<loc>http://localhost:3000/en/news/a&amp;b</loc><lastmod>2024-01-02T03:04:05.000Z</lastmod>')
    expect(child).toContain('<xhtml:link rel="alternate" hreflang="tr" href="http://localhost:3000/tr/haberler/a-b"/>')
    expect(child).toContain('hreflang="x-default" href="http://localhost:3000/en/news/a&amp;b"')
    expect(child.match(/<url>/g)).toHaveLength(2)
    // Streamed in parts (what the route serves), the same bytes, a part per turn of the event loop.
    const pages = (await sitemapChild(site, 'news-1', 20)) ?? []
    expect(pages.length).toBeGreaterThan(3)
    let streamed = ''
    const turns = await turnsTakenBy(async () => {
      streamed = await new Response(sitemapXmlStream(site, pages, 3)).text()
    })
    expect(streamed).toBe(sitemapXml(site, pages))
    expect(turns).toBeGreaterThanOrEqual(Math.ceil(pages.length / 3))
  })
})
