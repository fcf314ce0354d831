/**
 * The public sites in a real browser (Debian's chromium through playwright-core) against the
 * production build: WCAG 2.2 AA rules (axe-core), keyboard use, small screens, Turkish casing.
 * Türkiye's site is at base(); Azerbaijan's at az.localhost on the same port, which chromium
 * resolves to this machine itself (lib/seed/sites.ts).
 */
import type { Browser, Page } from 'playwright-core'

import { axeViolations, launchBrowser } from '@/tests/helpers/browser'
import { base } from '@/tests/helpers/e2e'
import { azerbaijan } from '@/tests/helpers/sitePages'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** A page of Türkiye's site ("/tr"), or of the Azerbaijan site ("az:/az"). */
const addressOf = (path: string) => (path.startsWith('az:') ? `${azerbaijan()}${path.slice(3)}` : `${base()}${path}`)

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport })
  const response = await page.goto(addressOf(path), { waitUntil: 'load' })
  // Only the listed 404 pages may be one: a page that moved to the other site must not pass as an empty 404.
  if (!/no-such-item|bu-sayfa-yok/.test(path) && response?.status() !== 200) throw new Error(`${addressOf(path)} answered ${response?.status()}`)
  return page
}

const pages = [
  '/en',
  '/tr',
  '/en/news',
  '/tr/haberler?country=TR',
  '/tr/haberler/turkiyede-yabanci-is-gucu-ihtiyacinin-degerlendirilmesi',
  '/en/statements',
  '/en/statements/chief-of-mission-message-on-the-world-day-against-trafficking',
  '/tr/programlar/insan-ticaretiyle-mucadele',
  '/en/programmes',
  '/en/countries/turkiye',
  '/tr/ulkeler',
  '/tr/rakamlar',
  '/tr/arama?q=gocmen',
  '/en/search?q=nothing-matches-this',
  '/en/news/no-such-item',
  '/tr/bu-sayfa-yok',
  '/api/v1/docs',
  '/api/v1/docs?lang=tr',
  // The Azerbaijan site: its Azerbaijani pages (home, list, article, search), and more.
  'az:/az',
  'az:/az/xeberler',
  'az:/az/xeberler/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa',
  'az:/az/axtaris?q=baki',
  'az:/az/xeberler?country=AZ',
  'az:/az/xeberler/shelter-support-continues-in-azerbaijan',
  'az:/az/beyanatlar/emekdasliq-oz-behresini-verir-azerbaycan-2-ci-seviyyeye-yukseldi',
  'az:/az/proqramlar/insan-alverine-qarsi-mubarize',
  'az:/az/olkeler/azerbaycan',
  'az:/az/reqemler',
  'az:/en/countries/azerbaijan',
  'az:/en/news/baku-round-table-on-the-day-against-trafficking',
  // A page with every kind of block (collections/Pages), in both of each site's languages, and a subpage with breadcrumbs.
  '/en/who-we-are',
  '/tr/biz-kimiz',
  '/tr/biz-kimiz/tarihce',
  'az:/az/biz-kimik',
  'az:/en/who-we-are',
]

describe('accessibility (axe-core, WCAG 2.0–2.2 A and AA)', () => {
  it.each(pages)('%s has no violations', async (path) => {
    const page = await open(path)
    const violations = await axeViolations(page)
    await page.close()
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })

  it('has the same on a 320 px wide screen, without horizontal scrolling', async () => {
    for (const path of [
      '/tr',
      '/tr/haberler/turkiyede-yabanci-is-gucu-ihtiyacinin-degerlendirilmesi',
      '/tr/arama?q=gocmen',
      '/en/facts',
      'az:/az',
      'az:/az/xeberler/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa',
      'az:/az/axtaris?q=baki',
      '/tr/biz-kimiz',
    ]) {
      const page = await open(path, { width: 320, height: 640 })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      const violations = await axeViolations(page)
      await page.close()
      expect([path, overflow, violations.map((v) => v.id)]).toEqual([path, 0, []])
    }
  })
})

describe('small screens', () => {
  it('keeps the header to 120 px at 320 and 390 px, with no sideways scrolling, and opens a menu with the keyboard in view', async () => {
    for (const path of ['/tr', 'az:/az']) {
      for (const width of [320, 390]) {
        const viewport = { width, height: 640 }
        const page = await open(path, viewport)
        // Brand, search and the sections (components/SiteNav.tsx), before any menu is opened.
        const header = await page.locator('.site-header').boundingBox()
        const height = Math.round(header?.height ?? Infinity)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        // The last section: on the row of sections it starts out of view, and focus brings it in.
        await page.focus('.site-nav summary >> nth=-1')
        await page.keyboard.press('Enter')
        const opened = await page.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement | null)?.open ?? false)
        const link = page.locator('.site-nav details[open] a').first()
        const box = await link.boundingBox()
        const inView = box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height
        // Neither clipped by the row's overflow nor under the page: the link is what is at its place.
        const onTop = await link.evaluate((a) => {
          const rect = a.getBoundingClientRect()
          return document.elementFromPoint(rect.left + Math.min(10, rect.width / 2), rect.top + rect.height / 2) === a
        })
        const overflowOpen = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        await page.close()
        expect({ path, width, height: height <= 120 ? 'at most 120' : height, overflow, opened, inView, onTop, overflowOpen }).toEqual({
          path,
          width,
          height: 'at most 120',
          overflow: 0,
          opened: true,
          inView: true,
          onTop: true,
          overflowOpen: 0,
        })
      }
    }
  })
})

describe('print', () => {
  it('prints an article and a page of blocks without the navigation, search, language and share links, outside links spelled out', async () => {
    for (const path of ['/en/news/assessing-foreign-labour-needs-in-turkiye', '/tr/biz-kimiz']) {
      const page = await open(path)
      await page.emulateMedia({ media: 'print' })
      const shown = await page.evaluate(() =>
        ['.site-nav', '.search-form', '.language-links', '.share', 'main h1'].map((selector) => {
          const element = document.querySelector(selector)
          return element ? getComputedStyle(element).display !== 'none' : null
        }),
      )
      const outside = await page.evaluate(() => {
        const link = document.querySelector('main a[href^="http"]')
        return link ? getComputedStyle(link, '::after').content : null
      })
      await page.close()
      // Hidden where present (an article has share links, a page has none); the headline prints.
      expect([path, shown.map((value) => value === true)]).toEqual([path, [false, false, false, false, true]])
      if (outside !== null) expect(outside).toMatch(/^" \(https?:/)
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
    // First the section's own page ("Who we are", a page of blocks: collections/Pages), then its links.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => [document.activeElement?.textContent, document.activeElement?.getAttribute('href')])).toEqual(['Biz Kimiz: genel bakış', '/tr/biz-kimiz'])
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ülke ofislerimiz')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${base()}/tr/ulkeler`)
    await page.close()
  })

  it('switches language with the keyboard to the same document under its translated slug, on each site', async () => {
    for (const [from, to, lang] of [
      ['/tr/haberler/turkiyede-yabanci-is-gucu-ihtiyacinin-degerlendirilmesi', '/en/news/assessing-foreign-labour-needs-in-turkiye', 'en'],
      ['az:/az/xeberler/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa', 'az:/en/news/baku-round-table-on-the-day-against-trafficking', 'en'],
      ['az:/en/news/baku-round-table-on-the-day-against-trafficking', 'az:/az/xeberler/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa', 'az'],
    ]) {
      const page = await open(from)
      await page.focus(`nav.language-links a[hreflang="${lang}"]`)
      await page.keyboard.press('Enter')
      await page.waitForURL(addressOf(to))
      expect([from, await page.getAttribute('html', 'lang')]).toEqual([from, lang])
      await page.close()
    }
  })

  it('searches from the header form', async () => {
    const page = await open('/tr')
    await page.fill('#search-site', 'GÖÇMEN')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/tr\/arama\?q=G%C3%96%C3%87MEN/)
    expect(await page.textContent('#search-status')).toMatch(/“GÖÇMEN” için \d+ sonuç/)
    await page.close()
    const az = await open('az:/az')
    await az.fill('#search-site', 'BAKI')
    await az.keyboard.press('Enter')
    await az.waitForURL(`${azerbaijan()}/az/axtaris?q=BAKI`)
    expect(await az.textContent('#search-status')).toBe('“BAKI” üzrə 3 nəticə')
    await az.close()
  })
})

describe('weight', () => {
  it('sends rendered pages without JavaScript (the article budget is 60 KB gzipped): nothing on them needs it', async () => {
    for (const path of [
      '/en',
      '/tr/haberler',
      '/tr/haberler/turkiyede-yabanci-is-gucu-ihtiyacinin-degerlendirilmesi',
      '/en/countries/turkiye',
      '/tr/arama?q=gocmen',
      'az:/az/xeberler/bakida-insan-alverine-qarsi-mubarize-gunu-munasibetile-deyirmi-masa',
      'az:/en/countries/azerbaijan',
    ]) {
      const page = await browser.newPage()
      const scripts: string[] = []
      page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()))
      const errors: string[] = []
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
      const response = await page.goto(addressOf(path), { waitUntil: 'load' })
      expect([path, response?.status()]).toEqual([path, 200])
      const inline = await page.evaluate(() => [...document.scripts].filter((script) => script.type !== 'application/ld+json').length)
      await page.close()
      expect([path, scripts, inline, errors]).toEqual([path, [], 0, []])
    }
  })

  it('fetches a first page once: no client-hint retry (Payload asks every response for one, as Critical-CH)', async () => {
    for (const path of ['/en', '/tr/haberler', '/en/countries/turkiye', 'az:/az', 'az:/en/countries/azerbaijan']) {
      // A new context: no hint remembered from an earlier page of this origin.
      const context = await browser.newContext()
      const page = await context.newPage()
      const documents: string[] = []
      page.on('request', (request) => request.resourceType() === 'document' && documents.push(request.url()))
      await page.goto(addressOf(path), { waitUntil: 'load' })
      await context.close()
      expect([path, documents]).toEqual([path, [addressOf(path)]])
    }
  })
})

describe('without JavaScript', () => {
  it("shows a missing page's localized 404 inside the site, with lang and a way on", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    for (const [path, lang, heading, other] of [
      ['/tr/haberler/yok-boyle-bir-haber', 'tr', 'Sayfa bulunamadı', '/en'],
      ['/en/no-such-section', 'en', 'Page not found', '/tr'],
      ['az:/az/xeberler/yoxdur', 'az', 'Səhifə tapılmadı', '/en'],
      // A platform language the site lacks: the site's 404 in its default language.
      ['/az/xeberler', 'en', 'Page not found', '/tr'],
      ['az:/tr/haberler', 'en', 'Page not found', '/az'],
    ]) {
      const page = await context.newPage()
      const response = await page.goto(addressOf(path))
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
