/**
 * Against the production build on a seeded database (tests/setup/server.js). Türkiye's site
 * (the TR office, en and tr) answers at base(); the Baku office's content lives on the
 * Azerbaijan site (en and az) at az.localhost on the same port (lib/seed/sites.ts), read here
 * with `azerbaijan()`. tests/e2e/sites.test.ts tests what separates the two.
 */
import { base } from '@/tests/helpers/e2e'
import { azerbaijan, sitePage } from '@/tests/helpers/sitePages'
import { siteFetch } from '@/tests/helpers/sites'

/** A page of Türkiye's site, or of the site at `origin`. React separates adjacent text with <!-- -->; the flight data after </html> is cut. */
async function page(path: string, headers: Record<string, string> = {}, origin = base()) {
  return sitePage(origin, path, { headers })
}

const headlines = (html: string) => [...html.matchAll(/<h3 class="content-list__title"><a href="([^"]+)">([^<]+)<\/a><\/h3>/g)].map((m) => ({ href: m[1], title: m[2] }))

describe('the public site on a production server', () => {
  it('redirects / by Accept-Language', async () => {
    const tr = await page('/', { 'Accept-Language': 'tr-TR,tr;q=0.9,en;q=0.5' })
    expect(tr.response.status).toBe(307)
    expect(new URL(tr.response.headers.get('location')!, base()).pathname).toBe('/tr')
    const en = await page('/', { 'Accept-Language': 'en-GB,en;q=0.9' })
    expect(new URL(en.response.headers.get('location')!, base()).pathname).toBe('/en')
  })

  /** A block of the seeded home page of blocks, by its heading. */
  const block = (html: string, heading: string) => {
    const at = html.indexOf(`>${heading}</h2>`)
    return at < 0 ? '' : html.slice(html.lastIndexOf('<section', at), html.indexOf('</section>', at))
  }

  it('lists Turkish titles on /tr where /en lists English ones, newest first', async () => {
    const en = await page('/en')
    const tr = await page('/tr')
    expect(en.html).toContain('<html lang="en"')
    expect(tr.html).toContain('<html lang="tr"')
    expect(headlines(block(en.html, 'Latest news')).map((h) => h.title)).toEqual([
      'Assessing foreign labour needs in Türkiye',
      'Ankara workshop on referring trafficking survivors',
    ])
    expect(headlines(block(tr.html, 'Son haberler')).map((h) => h.title)).toEqual([
      'Türkiye’de yabancı iş gücü ihtiyacının değerlendirilmesi',
      'Ankara’da insan ticareti mağdurlarının yönlendirilmesi çalıştayı',
    ])
    expect(tr.html).toContain('12 Ekim 2022')
    expect(en.html).toContain('12 October 2022')
  })

  it('lists Azerbaijani titles on the Azerbaijan site’s /az where /en lists English ones, newest first, an untranslated one marked', async () => {
    const en = await page('/en', {}, azerbaijan())
    const az = await page('/az', {}, azerbaijan())
    expect(en.html).toContain('<html lang="en"')
    expect(az.html).toContain('<html lang="az"')
    expect(headlines(block(en.html, 'Latest news')).map((h) => h.title)).toEqual([
      'Support for survivors’ shelters continues in Azerbaijan',
      'Baku round table on the Day against Trafficking',
    ])
    expect(headlines(block(az.html, 'Son xəbərlər')).map((h) => h.title)).toEqual([
      'Support for survivors’ shelters continues in Azerbaijan',
      'Bakıda İnsan Alverinə Qarşı Mübarizə Günü münasibətilə dəyirmi masa',
    ])
    expect(az.html).toMatch(/<li class="content-list__item" lang="en">.*?Support for survivors’ shelters/)
    expect(az.html).toContain('28 iyul 2022')
    expect(en.html).toContain('28 July 2022')
  })

  it('shows on the home page the latest statements, the programmes and the country offices too', async () => {
    const { html } = await page('/tr')
    const statements = block(html, 'Son açıklamalar')
    expect(headlines(statements).length).toBeGreaterThan(0)
    expect(statements).toContain('href="/tr/aciklamalar"')
    const programmes = block(html, 'Programlarımız')
    expect(programmes).toContain('<a href="/tr/programlar/insan-ticaretiyle-mucadele">')
    const countries = block(html, 'Ülke ofislerimiz')
    expect(countries).toContain('<a href="/tr/ulkeler/turkiye">Türkiye</a>')
    expect(countries).toContain('1991')
  })

  it('shows the same sections on the Azerbaijan site’s home page, in Azerbaijani', async () => {
    const { html } = await page('/az', {}, azerbaijan())
    const statements = block(html, 'Son bəyanatlar')
    expect(headlines(statements).map((h) => h.title)).toEqual(['Əməkdaşlıq öz bəhrəsini verir: Azərbaycan 2-ci səviyyəyə yüksəldi'])
    expect(statements).toContain('href="/az/beyanatlar"')
    const programmes = block(html, 'Proqramlarımız')
    expect(programmes).toContain('<a href="/az/proqramlar/insan-alverine-qarsi-mubarize">İnsan alverinə qarşı mübarizə</a>')
    const countries = block(html, 'Ölkə ofislərimiz')
    expect(countries).toContain('<a href="/az/olkeler/azerbaycan">Azərbaycan</a>')
    expect(countries).toContain('1996')
  })

  it('never shows the draft', async () => {
    for (const path of ['/en', '/tr', '/api/news?limit=100', '/api/news?draft=true&limit=100']) {
      const { html } = await page(path)
      expect(html).not.toMatch(/seasonal workers|mevsimlik tarım/i)
    }
    const draft = await page('/en/news/draft-awareness-campaign-for-seasonal-workers')
    expect(draft.response.status).toBe(404)
  })

  it('opens every listed article in both languages of each site, under localized paths', async () => {
    const prefixes: Record<string, string[]> = { en: ['/en/news/', '/en/statements/'], tr: ['/tr/haberler/', '/tr/aciklamalar/'], az: ['/az/xeberler/', '/az/beyanatlar/'] }
    // Türkiye: two news items and two statements; Azerbaijan: two news items and one statement.
    for (const [origin, locales, items] of [
      [base(), ['en', 'tr'], 4],
      [azerbaijan(), ['en', 'az'], 3],
    ] as const) {
      for (const locale of locales) {
        const list = headlines((await page(`/${locale}`, {}, origin)).html)
        expect([origin, locale, list.length]).toEqual([origin, locale, items])
        for (const { href, title } of list) {
          expect([href, prefixes[locale].some((prefix) => href.startsWith(prefix))]).toEqual([href, true])
          const article = await page(href, {}, origin)
          expect([origin, href, article.response.status]).toEqual([origin, href, 200])
          expect(article.html).toMatch(new RegExp(`<h1(?: lang="en")?>${title}</h1>`))
        }
      }
    }
  })

  it('shows the facts band formatted for each language', async () => {
    const en = (await page('/en')).html
    const tr = (await page('/tr')).html
    for (const figure of ['1.7M', '100,000', '140', '122']) expect(en).toContain(`>${figure}</dd>`)
    for (const figure of ['1,7 milyon', '100.000', '140', '122']) expect(tr).toContain(`>${figure}</dd>`)
    const az = (await page('/az', {}, azerbaijan())).html
    // Intl's compact notation in Azerbaijani: "1,7 mln" with a no-break space.
    for (const figure of ['1,7\u00a0mln', '100.000', '140', '122']) expect(az).toContain(`>${figure}</dd>`)
  })

  it('links each article to its translation, with hreflang, x-default and canonical', async () => {
    const tr = await page('/tr/haberler/turkiyede-yabanci-is-gucu-ihtiyacinin-degerlendirilmesi')
    expect(tr.response.status).toBe(200)
    expect(tr.html).toContain('href="/en/news/assessing-foreign-labour-needs-in-turkiye" hrefLang="en" lang="en">English</a>')
    expect(tr.html).toMatch(/<link rel="canonical" href="http:\/\/localhost:\d+\/tr\/haberler\/turkiyede-yabanci-is-gucu-ihtiyacinin-degerlendirilmesi"/)
    expect(tr.html).toMatch(/<link rel="alternate" hrefLang="en" href="http:\/\/localhost:\d+\/en\/news\/assessing-foreign-labour-needs-in-turkiye"/)
    expect(tr.html).toMatch(/<link rel="alternate" hrefLang="x-default" href="http:\/\/localhost:\d+\/en\/news\/assessing-foreign-labour/)
    expect(tr.html).not.toContain('fallback-notice')
    // The Baku article, on the Azerbaijan site's address, in Azerbaijani.
    const az = await page('/az/xeberler/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa', {}, azerbaijan())
    expect(az.response.status).toBe(200)
    expect(az.html).toContain('href="/en/news/baku-round-table-on-the-day-against-trafficking" hrefLang="en" lang="en">English</a>')
    expect(az.html).toMatch(/<link rel="canonical" href="http:\/\/az\.localhost:\d+\/az\/xeberler\/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa"/)
    expect(az.html).toMatch(/<link rel="alternate" hrefLang="en" href="http:\/\/az\.localhost:\d+\/en\/news\/baku-round-table-on-the-day-against-trafficking"/)
    expect(az.html).toMatch(/<link rel="alternate" hrefLang="x-default" href="http:\/\/az\.localhost:\d+\/en\/news\/baku-round-table/)
    expect(az.html).not.toContain('fallback-notice')
  })

  it('says so, in Azerbaijani, when an article is shown in English, and marks its language', async () => {
    const { response, html } = await page('/az/xeberler/shelter-support-continues-in-azerbaijan', {}, azerbaijan())
    expect(response.status).toBe(200)
    expect(html).toContain('Bu səhifə hələ azərbaycan dilinə tərcümə olunmayıb; bəzi hissələri ingilis dilində göstərilir.')
    expect(html).toContain('<h1 lang="en">Support for survivors’ shelters continues in Azerbaijan</h1>')
    // No Azerbaijani translation: the switcher's Azerbaijani side is this list, hreflang lists only
    // English, and the canonical page is the English one.
    expect(html).not.toMatch(/hrefLang="az" href=/)
    expect(html).toMatch(/<link rel="canonical" href="http:\/\/az\.localhost:\d+\/en\/news\/shelter-support-continues-in-azerbaijan"/)
    const list = await page('/az', {}, azerbaijan())
    expect(list.html).toMatch(/<li class="content-list__item" lang="en">.*?Support for survivors’ shelters/)
  })

  it('lists news under /tr/haberler with filters by country and year, through valid URLs only', async () => {
    const all = await page('/tr/haberler')
    expect(all.response.status).toBe(200)
    expect(all.html).toContain('<h1>Haberler</h1>')
    const titles = (html: string) => [...html.matchAll(/<h2 class="content-list__title"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1])
    expect(titles(all.html)).toEqual(['Türkiye’de yabancı iş gücü ihtiyacının değerlendirilmesi', 'Ankara’da insan ticareti mağdurlarının yönlendirilmesi çalıştayı'])
    const baku = await page('/az/xeberler?country=az', {}, azerbaijan())
    expect(titles(baku.html)).toEqual(['Support for survivors’ shelters continues in Azerbaijan', 'Bakıda İnsan Alverinə Qarşı Mübarizə Günü münasibətilə dəyirmi masa'])
    expect(titles((await page('/en/news?year=2023', {}, azerbaijan())).html)).toEqual(['Support for survivors’ shelters continues in Azerbaijan'])
    const in2022 = await page('/en/news?year=2022&country=TR')
    expect(titles(in2022.html)).toEqual(['Ankara workshop on referring trafficking survivors'])
    for (const bad of ['?page=0', '?page=9', '?country=TUR', '?year=1800', '?year=abc', '?page=1&page=2']) {
      const response = await fetch(`${base()}/tr/haberler${bad}`)
      expect([bad, response.status]).toEqual([bad, 404])
      expect(await response.text()).toContain('<h1>Sayfa bulunamadı</h1>')
    }
  })

  it('lists statements by kind and opens one with speaker, occasion and date', async () => {
    const speeches = await page('/en/statements?kind=speech')
    expect(speeches.response.status).toBe(200)
    expect(speeches.html).toContain('Migration that works for everyone: remarks on International Migrants Day')
    expect(speeches.html).not.toContain('Cooperation pays off')
    const tr = await page('/tr/aciklamalar/once-magdurlarin-haklari-dunya-insan-ticaretiyle-mucadele-gunu-mesaji')
    expect(tr.response.status).toBe(200)
    expect(tr.html).toContain('Lado Gvilava, <span>Türkiye Misyon Şefi</span>')
    expect(tr.html).toContain('Vesile: Dünya İnsan Ticaretiyle Mücadele Günü')
    expect(tr.html).toContain('30 Temmuz 2022')
    expect(tr.html).toContain('href="/en/statements/chief-of-mission-message-on-the-world-day-against-trafficking"')
  })

  it('shows a programme with its pillars, principles, offices, facts and related news, on each site of its offices', async () => {
    const list = await page('/tr/programlar')
    expect(list.html).toContain('<a href="/tr/programlar/insan-ticaretiyle-mucadele">İnsan Ticaretiyle Mücadele</a>')
    const { response, html } = await page('/tr/programlar/insan-ticaretiyle-mucadele')
    expect(response.status).toBe(200)
    for (const pillar of ['Önleme', 'Koruma', 'Teknik İş Birliği']) expect(html).toContain(`<dt>${pillar}</dt>`)
    expect(html).toContain('<li>İnsan haklarına saygı</li>')
    expect(html).toContain('2009 yılından beri')
    expect(html).toContain('<a href="/tr/ulkeler/turkiye">Türkiye</a>')
    expect(html).toContain('>100.000</dd>')
    expect(html).toContain('Ankara’da insan ticareti mağdurlarının yönlendirilmesi çalıştayı')
    expect(html).toContain('href="/en/programmes/counter-trafficking"')
    // The same programme on the Azerbaijan site, in Azerbaijani, with the Baku office's news.
    const az = await page('/az/proqramlar/insan-alverine-qarsi-mubarize', {}, azerbaijan())
    expect(az.response.status).toBe(200)
    for (const pillar of ['Qarşısının alınması', 'Müdafiə', 'Texniki əməkdaşlıq']) expect(az.html).toContain(`<dt>${pillar}</dt>`)
    expect(az.html).toContain('<li>İnsan hüquqlarına hörmət</li>')
    expect(az.html).toContain('2009-cu ildən')
    expect(az.html).toContain('<a href="/az/olkeler/azerbaycan">Azərbaycan</a>')
    expect(az.html).toContain('>100.000</dd>')
    expect(az.html).toContain('Bakıda İnsan Alverinə Qarşı Mübarizə Günü münasibətilə dəyirmi masa')
    expect(az.html).toContain('href="/en/programmes/counter-trafficking"')
  })

  it('shows a country office with presence, programmes, facts, news, statements and contact', async () => {
    const { response, html } = await page('/en/countries/azerbaijan', {}, azerbaijan())
    expect(response.status).toBe(200)
    expect(html).toContain('Present in the country since 1996')
    expect(html).toContain('<a href="/en/programmes/counter-trafficking">Counter-trafficking</a>')
    expect(html).toContain('>326</dd>')
    expect(html).toContain('Baku round table on the Day against Trafficking')
    expect(html).toContain('Cooperation pays off as Azerbaijan moves up to Tier 2')
    expect(html).not.toContain('Ankara workshop')
    expect(html).toContain('href="mailto:baku.office@kopru.example"')
    expect(html).toContain('href="/az/olkeler/azerbaycan"')
    const list = await page('/tr/ulkeler')
    expect(list.html).toContain('<a href="/tr/ulkeler/turkiye">Türkiye</a>')
    expect(list.html).toContain('1991 yılından beri ülkede')
    const azList = await page('/az/olkeler', {}, azerbaijan())
    expect(azList.html).toContain('<a href="/az/olkeler/azerbaycan">Azərbaycan</a>')
    expect(azList.html).toContain('Ölkədə 1996-cı ildən fəaliyyət göstərir')
  })

  it('serves RSS 2.0 feeds per locale and per country, announced on the lists', async () => {
    const response = await fetch(`${base()}/tr/haberler/rss`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/rss\+xml/)
    const xml = await response.text()
    expect(xml).toMatch(/<rss version="2.0"/)
    expect(xml).toContain('<language>tr</language>')
    expect(xml).toContain('<title><![CDATA[Türkiye’de yabancı iş gücü ihtiyacının değerlendirilmesi]]></title>')
    expect(xml).toMatch(/<link>http:\/\/localhost:\d+\/tr\/haberler\/turkiyede-yabanci-is-gucu-ihtiyacinin-degerlendirilmesi<\/link>/)
    expect(xml).not.toMatch(/seasonal|mevsimlik/i)
    const az = await (await siteFetch(`${azerbaijan()}/en/statements/rss?country=AZ`)).text()
    expect(az).toContain('Cooperation pays off as Azerbaijan moves up to Tier 2')
    expect(az).toMatch(/<link>http:\/\/az\.localhost:\d+\/en\/statements\/azerbaijan-moves-up-in-the-trafficking-in-persons-report<\/link>/)
    expect(az).not.toContain('International Migrants Day')
    const azNews = await siteFetch(`${azerbaijan()}/az/xeberler/rss`)
    expect(azNews.status).toBe(200)
    const azXml = await azNews.text()
    expect(azXml).toContain('<language>az</language>')
    expect(azXml).toContain('<title><![CDATA[Bakıda İnsan Alverinə Qarşı Mübarizə Günü münasibətilə dəyirmi masa]]></title>')
    expect((await fetch(`${base()}/en/news/rss?country=TURKEY`)).status).toBe(404)
    const list = await page('/en/news')
    expect(list.html).toMatch(/<link rel="alternate" type="application\/rss\+xml" href="http:\/\/localhost:\d+\/en\/news\/rss" title="RSS: News"\/>/)
  })

  it('lists every published page in the children of the sitemap index, with language alternates, and points robots.txt at the index', async () => {
    const index = await fetch(`${base()}/sitemap.xml`)
    expect(index.headers.get('content-type')).toMatch(/^application\/xml/)
    const indexXml = await index.text()
    expect(indexXml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    const children = [...indexXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
    expect(children).toEqual(['/sitemaps/pages.xml', '/sitemaps/news-1.xml', '/sitemaps/statements-1.xml', '/sitemaps/programmes-1.xml', '/sitemaps/countries-1.xml'])
    const xml = (await Promise.all(children.map(async (path) => (await fetch(`${base()}${path}`)).text()))).join('\n')
    expect((await fetch(`${base()}/sitemaps/news-2.xml`)).status).toBe(404)
    expect(xml).toMatch(/<loc>http:\/\/localhost:\d+\/tr\/programlar\/insan-ticaretiyle-mucadele<\/loc>/)
    expect(xml).toMatch(/hreflang="en" href="http:\/\/localhost:\d+\/en\/programmes\/counter-trafficking"/)
    expect(xml).toMatch(/hreflang="x-default"/)
    expect(xml).toContain('/en/news/assessing-foreign-labour-needs-in-turkiye</loc>')
    expect(xml).not.toMatch(/seasonal|mevsimlik/i)
    // The Azerbaijan site's own sitemap lists the Baku office's pages.
    const azIndex = await (await siteFetch(`${azerbaijan()}/sitemap.xml`)).text()
    const azChildren = [...azIndex.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    expect(azChildren.map((url) => new URL(url).pathname)).toEqual(children)
    const azXml = (await Promise.all(azChildren.map(async (url) => (await siteFetch(url)).text()))).join('\n')
    expect(azXml).toMatch(/<loc>http:\/\/az\.localhost:\d+\/en\/news\/shelter-support-continues-in-azerbaijan<\/loc>/)
    expect(azXml).toMatch(/hreflang="az" href="http:\/\/az\.localhost:\d+\/az\/xeberler\/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa"/)
    const robots = await (await fetch(`${base()}/robots.txt`)).text()
    expect(robots).toMatch(/Disallow: \/admin/)
    expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap.xml/)
  })

  it('gives articles a hero image through Next’s image optimizer, Open Graph, a Twitter card and NewsArticle JSON-LD', async () => {
    const { html } = await page('/az/xeberler/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa', {}, azerbaijan())
    const img = html.match(/<img[^>]*alt="İllüstrasiya: yuxarıdan görünən dəyirmi masa[^"]*"[^>]*>/)?.[0]
    expect(img).toBeDefined()
    const src = img?.match(/src="([^"]+)"/)?.[1].replace(/&amp;/g, '&') as string
    expect(src).toMatch(/^\/_next\/image\?url=%2Fapi%2Fmedia%2Ffile%2Fround-table-1600x900\.png/)
    const image = await siteFetch(`${azerbaijan()}${src}`)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toMatch(/^image\//)
    expect(html).toContain('<figcaption>Bakıdakı dəyirmi masanın iştirakçıları. İllüstrasiya.</figcaption>')
    expect(html).toMatch(/<meta property="og:image" content="http:\/\/az\.localhost:\d+\/api\/media\/file\/round-table-1600x900.png"\/>/)
    expect(html).toContain('<meta property="og:locale" content="az"/>')
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>')
    const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json">([^<]+)<\/script>/)?.[1] ?? '{}')
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Bakıda İnsan Alverinə Qarşı Mübarizə Günü münasibətilə dəyirmi masa',
      inLanguage: 'az',
      datePublished: '2022-07-28T12:00:00.000Z',
    })
    const home = await page('/en')
    expect(home.html).toMatch(/"@type":"Organization"/)
    expect(home.html).toMatch(/<meta property="og:image" content="http:\/\/localhost:\d+\/og-default.png"/)
  })

  it('ends an article with press contacts, share links without scripts, and related items', async () => {
    const { html } = await page('/az/xeberler/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa', {}, azerbaijan())
    expect(html).toContain('<h2 id="press-contacts-heading">Mətbuat üçün əlaqə</h2>')
    expect(html).toContain('<a href="mailto:baku.press@kopru.example">baku.press@kopru.example</a>')
    expect(html).toContain('<h2 id="share-heading">Bu səhifəni paylaşın</h2>')
    expect(html).toContain('href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Faz.localhost%3A')
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//)
    const related = html.slice(html.indexOf('<h2 id="related-news">'))
    expect(related).toContain('Əlaqəli xəbərlər')
    expect(related).toContain('href="/az/xeberler/shelter-support-continues-in-azerbaijan"')
    expect(related).not.toContain('href="/az/xeberler/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa"')
    const statement = await page('/en/statements/chief-of-mission-message-on-the-world-day-against-trafficking')
    expect(statement.html).toContain('<h2 id="share-heading">Share this page</h2>')
    expect(statement.html).toMatch(/<h2 id="related-(news|statements)">Related (news|statements)<\/h2>/)
  })

  it('shows facts and figures, global and per office, with sources, in the page language', async () => {
    const { response, html } = await page('/tr/rakamlar')
    expect(response.status).toBe(200)
    expect(html).toContain('>1,7 milyon</dd>')
    expect(html).toContain('31 Aralık 2022 itibarıyla')
    expect(html).toContain('href="/en/facts"')
    // The Baku office's own figure is on its site, beside the global ones.
    const az = await page('/az/reqemler', {}, azerbaijan())
    expect(az.response.status).toBe(200)
    expect(az.html).toContain('>1,7\u00a0mln</dd>')
    expect(az.html).toContain('Faktlar və rəqəmlər: Azərbaycan')
    expect(az.html).toContain('>326</dd>')
    expect(az.html).toContain('28 iyul 2022 tarixinə')
    expect(az.html).toContain('href="/en/facts"')
  })

  it('has the sections of the Navigation global in the header, in the page language', async () => {
    const { html } = await page('/tr')
    const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'))
    expect([...header.matchAll(/<summary>([^<]+)<\/summary>/g)].map((m) => m[1])).toEqual([
      'Biz Kimiz',
      'Çalışmalarımız',
      'Haberler ve Açıklamalar',
      'Veri ve Kaynaklar',
      'Harekete Geçin',
      '2030 Gündemi',
    ])
    for (const [href, label] of [
      ['/tr/haberler', 'Haberler'],
      ['/tr/aciklamalar', 'Açıklamalar ve basın bültenleri'],
      ['/tr/programlar/insan-ticaretiyle-mucadele', 'İnsan ticaretiyle mücadele'],
      ['/tr/ulkeler/turkiye', 'Türkiye'],
      ['/tr/rakamlar', 'Gerçekler ve rakamlar'],
    ]) {
      expect(header).toContain(`<a href="${href}">${label}</a>`)
    }
    expect(header).toContain('<form class="search-form search-form--site" role="search" action="/tr/arama" method="get">')
    const footer = html.slice(html.indexOf('<footer'), html.indexOf('</footer>'))
    expect(footer).toContain('<a href="/tr/ulkeler/turkiye">Türkiye (Ankara)</a>')
    expect(footer).toMatch(/<p class="site-footer__note">Ajansın Türkiye [^<]*tarafından yayımlanır\./)
  })

  it('has the header and footer on the Azerbaijan site in Azerbaijani', async () => {
    const { html } = await page('/az', {}, azerbaijan())
    const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'))
    expect([...header.matchAll(/<summary>([^<]+)<\/summary>/g)].map((m) => m[1])).toEqual([
      'Biz kimik',
      'Fəaliyyətimiz',
      'Xəbərlər və bəyanatlar',
      'Məlumatlar və resurslar',
      'Bizə qoşulun',
      '2030 Gündəliyi',
    ])
    for (const [href, label] of [
      ['/az/xeberler', 'Xəbərlər'],
      ['/az/beyanatlar', 'Bəyanatlar və press-relizlər'],
      ['/az/proqramlar/insan-alverine-qarsi-mubarize', 'İnsan alverinə qarşı mübarizə'],
      ['/az/olkeler/azerbaycan', 'Azərbaycan'],
      ['/az/reqemler', 'Faktlar və rəqəmlər'],
    ]) {
      expect(header).toContain(`<a href="${href}">${label}</a>`)
    }
    expect(header).toContain('<form class="search-form search-form--site" role="search" action="/az/axtaris" method="get">')
    const footer = html.slice(html.indexOf('<footer'), html.indexOf('</footer>'))
    expect(footer).toContain('<a href="/az/olkeler/azerbaycan">Azərbaycan (Bakı)</a>')
    expect(footer).toMatch(/<p class="site-footer__note">Təşkilatın [^<]*Azərbaycan[^<]*tərəfindən dərc olunur\./)
  })

  it('searches in the page language, folding case, accents and Turkish i, with matches marked', async () => {
    for (const q of ['GOCMEN', 'göçmen']) {
      const { response, html } = await page(`/tr/arama?q=${encodeURIComponent(q)}`)
      expect(response.status).toBe(200)
      expect(html).toContain('<html lang="tr"')
      expect(html).toContain('“' + q + '” için 4 sonuç')
      expect(html).toContain('Herkes için işleyen göç: Uluslararası <mark>Göçmen</mark>ler Günü konuşması')
      expect(html).toContain('<meta name="robots" content="noindex, follow"/>')
    }
    const istanbul = await page('/tr/arama?q=istanbul')
    expect(istanbul.html).toMatch(/<mark>İstanbul<\/mark>/)
    // Azerbaijani on its site: "baki", "BAKI" and "Bakı" find each other.
    for (const q of ['baki', 'BAKI', 'Bakı']) {
      const { response, html } = await page(`/az/axtaris?q=${encodeURIComponent(q)}`, {}, azerbaijan())
      expect([q, response.status]).toEqual([q, 200])
      expect(html).toContain('<html lang="az"')
      expect(html).toContain('“' + q + '” üzrə 3 nəticə')
      expect(html).toContain('<mark>Bakı</mark>da İnsan Alverinə Qarşı Mübarizə Günü münasibətilə dəyirmi masa')
    }
    const en = await page('/en/search?q=trafficking&type=statements')
    expect(en.html).toMatch(/\d+ results? for “trafficking”/)
    expect(en.html).not.toContain('<p class="content-list__kicker">News')
    expect(en.html).toContain('href="/tr/arama?q=trafficking&amp;type=statements"')
  })

  it('never finds the draft, and answers malformed search parameters with 404', async () => {
    for (const path of ['/en/search?q=seasonal', '/tr/arama?q=mevsimlik', '/en/search?q=reviewed']) {
      const { html } = await page(path)
      expect(html).not.toMatch(/seasonal workers|Mevsimlik tarım/i)
    }
    for (const query of ['?q=a&q=b', `?q=${'x'.repeat(201)}`, '?q=migrants&page=0', '?q=migrants&page=x', '?q=migrants&type=users', '?q=migrants&page=99']) {
      const { response } = await page(`/en/search${query}`)
      expect([query, response.status]).toEqual([query, 404])
    }
    const empty = await page('/en/search')
    expect(empty.response.status).toBe(200)
    expect(empty.html).toContain('Search news, statements, programmes')
  })

  it('keeps /admin and /api out of locale routing', async () => {
    const admin = await page('/admin/login')
    expect(admin.response.status).toBe(200)
    const api = await page('/api/countries?locale=tr&depth=0')
    expect(api.response.status).toBe(200)
    const body = JSON.parse(api.html) as { docs: { name: string }[] }
    expect(body.docs.map((doc) => doc.name).sort()).toEqual(['Azerbaycan', 'Türkiye'])
  })

  it('answers an unknown locale or article with 404, not 500', async () => {
    for (const path of ['/de', '/tr/haberler/yok-boyle-bir-haber']) {
      const response = await fetch(`${base()}${path}`, { headers: { 'Accept-Language': 'en' } })
      expect([path, response.status]).toEqual([path, 404])
    }
  })

  it("renders every 404 on the server, in the address's language, inside the site", async () => {
    // Next 16.3+ answers notFound() with an empty shell drawn by React in the browser
    // (vercel/next.js#62228); server.mjs sends the localized page-not-found page instead.
    const cases = [
      ['/en/news/no-such-item', 'en', 'Page not found'],
      ['/tr/haberler/yok-boyle-bir-haber', 'tr', 'Sayfa bulunamadı'],
      ['/tr/bu-sayfa-yok', 'tr', 'Sayfa bulunamadı'],
      ['/en/news?page=abc', 'en', 'Page not found'],
      ['/en/news/100%25', 'en', 'Page not found'],
      // The page itself, at its own address, is a 404 too (never a soft 404).
      ['/tr/page-not-found', 'tr', 'Sayfa bulunamadı'],
    ] as const
    for (const [path, locale, heading] of cases) {
      for (const attempt of ['first', 'again']) {
        const { response, html } = await page(path)
        expect([path, attempt, response.status]).toEqual([path, attempt, 404])
        expect([path, attempt, /^<!DOCTYPE html><html lang="([^"]*)">/.exec(html)?.[1], /<h1>([^<]*)<\/h1>/.exec(html)?.[1]]).toEqual([path, attempt, locale, heading])
        expect([path, attempt, html]).toEqual([path, attempt, expect.stringContaining('<meta name="robots" content="noindex, follow"/>')])
        // The site's header, a way home and to the other language: no script needed.
        expect([path, attempt, html.includes('class="site-header"'), html.includes('<script')]).toEqual([path, attempt, true, false])
      }
      // HEAD answers as GET does (link checkers and monitors use it).
      const head = await fetch(`${base()}${path}`, { method: 'HEAD' })
      expect([path, 'HEAD', head.status]).toEqual([path, 'HEAD', 404])
    }
    for (const path of ['/en', '/tr/haberler']) {
      const get = await fetch(`${base()}${path}`)
      await get.arrayBuffer()
      const head = await fetch(`${base()}${path}`, { method: 'HEAD' })
      const described = (response: Response) => ['content-type', 'content-length', 'content-encoding', 'content-security-policy'].map((name) => response.headers.get(name))
      expect([path, 'HEAD', head.status, ...described(head)]).toEqual([path, 'HEAD', 200, ...described(get)])
    }
  })

  it('answers a malformed address with 400 and a message, not 500', async () => {
    const { response, html } = await page('/en/news/%E0%A4%A')
    expect(response.status).toBe(400)
    expect(html).toMatch(/malformed percent-encoding/)
  })
})
