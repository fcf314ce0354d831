/**
 * The public site in a real browser (Debian's chromium through playwright-core) against the
 * production build: WCAG 2.2 AA rules (axe-core), keyboard use, small screens, Turkish casing.
 */
import type { Browser, Page } from 'playwright-core'

import { axeViolations, launchBrowser } from '@/tests/helpers/browser'
import { base } from '@/tests/helpers/e2e'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport })
  await page.goto(`${base()}${path}`, { waitUntil: 'load' })
  return page
}

const pages = [
  '/en',
  '/tr',
  '/en/news',
  '/tr/haberler?country=AZ',
  '/tr/haberler/bakude-insan-ticaretiyle-mucadele-gunu-yuvarlak-masa-toplantisi',
  '/tr/haberler/shelter-support-continues-in-azerbaijan',
  '/en/statements',
  '/en/statements/chief-of-mission-message-on-the-world-day-against-trafficking',
  '/tr/programlar/insan-ticaretiyle-mucadele',
  '/en/programmes',
  '/en/countries/azerbaijan',
  '/tr/ulkeler',
  '/tr/rakamlar',
  '/tr/arama?q=gocmen',
  '/en/search?q=nothing-matches-this',
  '/en/news/no-such-item',
  '/tr/bu-sayfa-yok',
  '/api/v1/docs',
  '/api/v1/docs?lang=tr',
]

describe('accessibility (axe-core, WCAG 2.0–2.2 A and AA)', () => {
  it.each(pages)('%s has no violations', async (path) => {
    const page = await open(path)
    const violations = await axeViolations(page)
    await page.close()
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })

  it('has the same on a 320 px wide screen, without horizontal scrolling', async () => {
    for (const path of ['/tr', '/tr/haberler/bakude-insan-ticaretiyle-mucadele-gunu-yuvarlak-masa-toplantisi', '/tr/arama?q=gocmen', '/en/facts']) {
      const page = await open(path, { width: 320, height: 640 })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      const violations = await axeViolations(page)
      await page.close()
      expect([path, overflow, violations.map((v) => v.id)]).toEqual([path, 0, []])
    }
  })
})

describe('keyboard', () => {
  it('reaches the skip link first, which moves focus to the main content', async () => {
    const page = await open('/tr')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ana içeriğe geç')
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    await page.close()
  })

  it('opens a menu of the header with Enter and moves into it with Tab, focus visible', async () => {
    const page = await open('/tr')
    await page.focus('summary:text("Biz Kimiz")')
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open)).toBe(true)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ülke ofislerimiz')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${base()}/tr/ulkeler`)
    await page.close()
  })

  it('switches language with the keyboard to the same document under its translated slug', async () => {
    const page = await open('/tr/haberler/bakude-insan-ticaretiyle-mucadele-gunu-yuvarlak-masa-toplantisi')
    await page.focus('nav.language-links a[hreflang="en"]')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${base()}/en/news/baku-round-table-on-the-day-against-trafficking`)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await page.close()
  })

  it('searches from the header form', async () => {
    const page = await open('/tr')
    await page.fill('#search-site', 'GÖÇMEN')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/tr\/arama\?q=G%C3%96%C3%87MEN/)
    expect(await page.textContent('#search-status')).toMatch(/“GÖÇMEN” için \d+ sonuç/)
    await page.close()
  })
})

describe('weight', () => {
  it('sends rendered pages without JavaScript (the article budget is 60 KB gzipped): nothing on them needs it', async () => {
    for (const path of ['/en', '/tr/haberler', '/tr/haberler/bakude-insan-ticaretiyle-mucadele-gunu-yuvarlak-masa-toplantisi', '/en/countries/azerbaijan', '/tr/arama?q=gocmen']) {
      const page = await browser.newPage()
      const scripts: string[] = []
      page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()))
      const errors: string[] = []
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
      await page.goto(`${base()}${path}`, { waitUntil: 'load' })
      const inline = await page.evaluate(() => [...document.scripts].filter((script) => script.type !== 'application/ld+json').length)
      await page.close()
      expect([path, scripts, inline, errors]).toEqual([path, [], 0, []])
    }
  })

  it('fetches a first page once: no client-hint retry (Payload asks every response for one, as Critical-CH)', async () => {
    for (const path of ['/en', '/tr/haberler', '/en/countries/azerbaijan']) {
      // A new context: no hint remembered from an earlier page of this origin.
      const context = await browser.newContext()
      const page = await context.newPage()
      const documents: string[] = []
      page.on('request', (request) => request.resourceType() === 'document' && documents.push(request.url()))
      await page.goto(`${base()}${path}`, { waitUntil: 'load' })
      await context.close()
      expect([path, documents]).toEqual([path, [`${base()}${path}`]])
    }
  })
})

describe('without JavaScript', () => {
  it("shows a missing page's localized 404 inside the site, with lang and a way on", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    for (const [path, lang, heading, other] of [
      ['/tr/haberler/yok-boyle-bir-haber', 'tr', 'Sayfa bulunamadı', '/en'],
      ['/en/no-such-section', 'en', 'Page not found', '/tr'],
    ]) {
      const page = await context.newPage()
      const response = await page.goto(`${base()}${path}`)
      const seen = [response?.status(), await page.locator('html').getAttribute('lang'), await page.locator('h1').textContent()]
      const ways = [await page.locator('.site-header').count(), await page.locator(`a[hreflang="${other.slice(1)}"]`).getAttribute('href')]
      await page.close()
      expect([path, ...seen, ...ways]).toEqual([path, 404, lang, heading, 1, other])
    }
    await context.close()
  })
})

describe('Turkish casing', () => {
  it('uppercases headings with the dotted İ on Turkish pages (html lang="tr")', async () => {
    const page = await open('/tr/programlar/insan-ticaretiyle-mucadele')
    expect(await page.evaluate(() => document.querySelector('h1')?.innerText)).toBe('İNSAN TİCARETİYLE MÜCADELE')
    await page.close()
  })
})
