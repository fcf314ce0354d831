/** Against the production build on a seeded database (tests/setup/server.js). */
const base = () => process.env.E2E_BASE_URL as string

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base()}${path}`, { headers, redirect: 'manual' })
  return { response, html: await response.text() }
}

const headlines = (html: string) =>
  [...html.matchAll(/<h3 class="news-list__title"><a href="([^"]+)">([^<]+)<\/a><\/h3>/g)].map((m) => ({ href: m[1], title: m[2] }))

describe('the public site on a production server', () => {
  it('redirects / by Accept-Language', async () => {
    const tr = await page('/', { 'Accept-Language': 'tr-TR,tr;q=0.9,en;q=0.5' })
    expect(tr.response.status).toBe(307)
    expect(new URL(tr.response.headers.get('location')!, base()).pathname).toBe('/tr')
    const en = await page('/', { 'Accept-Language': 'en-GB,en;q=0.9' })
    expect(new URL(en.response.headers.get('location')!, base()).pathname).toBe('/en')
  })

  it('lists Turkish titles on /tr where /en lists English ones, newest first', async () => {
    const en = await page('/en')
    const tr = await page('/tr')
    expect(en.html).toContain('<html lang="en"')
    expect(tr.html).toContain('<html lang="tr"')
    expect(headlines(en.html).map((h) => h.title)).toEqual([
      'Assessing foreign labour needs in Türkiye',
      'Support for survivors’ shelters continues in Azerbaijan',
      'Ankara workshop on referring trafficking survivors',
      'Baku round table on the Day against Trafficking',
    ])
    expect(headlines(tr.html).map((h) => h.title)).toEqual([
      'Türkiye’de yabancı iş gücü ihtiyacının değerlendirilmesi',
      'Support for survivors’ shelters continues in Azerbaijan',
      'Ankara’da insan ticareti mağdurlarının yönlendirilmesi çalıştayı',
      'Bakü’de İnsan Ticaretiyle Mücadele Günü yuvarlak masa toplantısı',
    ])
    expect(tr.html).toContain('28 Temmuz 2022')
    expect(en.html).toContain('28 July 2022')
  })

  it('never shows the draft', async () => {
    for (const path of ['/en', '/tr', '/api/news?limit=100', '/api/news?draft=true&limit=100']) {
      const { html } = await page(path)
      expect(html).not.toMatch(/seasonal workers|mevsimlik tarım/i)
    }
    const draft = await page('/en/news/draft-awareness-campaign-for-seasonal-workers')
    expect(draft.response.status).toBe(404)
  })

  it('opens every listed article in both languages, under localized paths', async () => {
    for (const locale of ['en', 'tr']) {
      const list = headlines((await page(`/${locale}`)).html)
      for (const { href, title } of list) {
        expect(href.startsWith(locale === 'tr' ? '/tr/haberler/' : '/en/news/')).toBe(true)
        const article = await page(href)
        expect(article.response.status).toBe(200)
        expect(article.html).toMatch(new RegExp(`<h1(?: lang="en")?>${title}</h1>`))
      }
    }
  })

  it('shows the facts band formatted for each language', async () => {
    const en = (await page('/en')).html
    const tr = (await page('/tr')).html
    for (const figure of ['1.7M', '100,000', '140', '122']) expect(en).toContain(`>${figure}</dd>`)
    for (const figure of ['1,7 milyon', '100.000', '140', '122']) expect(tr).toContain(`>${figure}</dd>`)
  })

  it('links each article to its translation, with hreflang, x-default and canonical', async () => {
    const tr = await page('/tr/haberler/bakude-insan-ticaretiyle-mucadele-gunu-yuvarlak-masa-toplantisi')
    expect(tr.response.status).toBe(200)
    expect(tr.html).toContain('href="/en/news/baku-round-table-on-the-day-against-trafficking" hrefLang="en" lang="en">English</a>')
    expect(tr.html).toMatch(/<link rel="canonical" href="http:\/\/localhost:\d+\/tr\/haberler\/bakude-insan-ticaretiyle-mucadele-gunu-yuvarlak-masa-toplantisi"/)
    expect(tr.html).toMatch(/<link rel="alternate" hrefLang="en" href="http:\/\/localhost:\d+\/en\/news\/baku-round-table-on-the-day-against-trafficking"/)
    expect(tr.html).toMatch(/<link rel="alternate" hrefLang="x-default" href="http:\/\/localhost:\d+\/en\/news\/baku-round-table/)
    expect(tr.html).not.toContain('fallback-notice')
  })

  it('says so, in Turkish, when an article is shown in English, and marks its language', async () => {
    const { response, html } = await page('/tr/haberler/shelter-support-continues-in-azerbaijan')
    expect(response.status).toBe(200)
    expect(html).toContain('Bu sayfanın Türkçe çevirisi henüz yok; bazı bölümleri İngilizce gösteriliyor.')
    expect(html).toContain('<h1 lang="en">Support for survivors’ shelters continues in Azerbaijan</h1>')
    // No Turkish translation: the switcher's Turkish side is this list, hreflang lists only English,
    // and the canonical page is the English one.
    expect(html).not.toMatch(/hrefLang="tr" href=/)
    expect(html).toMatch(/<link rel="canonical" href="http:\/\/localhost:\d+\/en\/news\/shelter-support-continues-in-azerbaijan"/)
    const list = await page('/tr')
    expect(list.html).toMatch(/<li class="news-list__item" lang="en">.*?Support for survivors’ shelters/)
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

  it('answers a malformed address with 400 and a message, not 500', async () => {
    const { response, html } = await page('/en/news/%E0%A4%A')
    expect(response.status).toBe(400)
    expect(html).toMatch(/malformed percent-encoding/)
  })
})
