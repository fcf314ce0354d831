/**
 * The editorial flow in the real admin UI (chromium): a contributor drafts a news item in
 * Turkish and submits it; an editor of the office publishes it; it appears at /tr/haberler/<slug>.
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

/** Signs in through the login form; `locale` is the browser's language (its Accept-Language). */
async function signIn(email: string, password: string, locale = 'en-GB'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  await page.goto(`${base()}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
  return page
}

describe('editorial flow in the admin', () => {
  it('contributor drafts in Turkish, editor publishes, the page goes live', async () => {
    const contributor = await signIn('contributor@kopru.example', 'demo-contributor-2026')
    await contributor.goto(`${base()}/admin/collections/news/create?locale=tr`)
    await contributor.fill('#field-title', 'Mersin’de göç çalıştayı')
    // Submit for review: the review select in the sidebar.
    await contributor.click('#field-reviewStatus .rs__control')
    await contributor.click('.rs__option:has-text("In review")')
    await contributor.click('button:has-text("Save Draft")')
    await contributor.waitForURL(/\/admin\/collections\/news\/\d+/)
    const id = contributor.url().match(/\/news\/(\d+)/)?.[1]
    expect(id).toBeDefined()
    // Publishing is refused by access control (not by hiding a button), with the reason.
    await contributor.click('button:has-text("Publish changes")')
    await contributor.waitForSelector('text=Only an editor of this office can publish')
    await contributor.context().close()

    const pending = await (await fetch(`${base()}/tr/haberler/mersinde-goc-calistayi`)).status
    expect(pending).toBe(404)

    const editor = await signIn('editor.tr@kopru.example', 'demo-editor-2026')
    // What waits for the editor: the list filtered to "In review".
    await editor.goto(`${base()}/admin/collections/news?locale=tr&where[reviewStatus][equals]=inReview`)
    await editor.waitForSelector('text=Mersin’de göç çalıştayı')
    await editor.goto(`${base()}/admin/collections/news/${id}?locale=tr`)
    await editor.click('button:has-text("Publish changes")')
    await editor.waitForSelector('text=/published|Updated successfully/i')
    await editor.context().close()

    const live = await fetch(`${base()}/tr/haberler/mersinde-goc-calistayi`)
    expect(live.status).toBe(200)
    expect(await live.text()).toContain('Mersin’de göç çalıştayı')
  })

  it('shows the draft in the live-preview pane and refreshes it when the editor saves', async () => {
    const login = await fetch(`${base()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor.tr@kopru.example', password: 'demo-editor-2026' }),
    })
    const { token } = (await login.json()) as { token: string }
    const created = await fetch(`${base()}/api/news?draft=true`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Live preview draft', publishedDate: '2024-08-01T09:00:00.000Z', _status: 'draft' }),
    })
    const { doc } = (await created.json()) as { doc: { id: number } }

    const editor = await signIn('editor.tr@kopru.example', 'demo-editor-2026')
    await editor.goto(`${base()}/admin/collections/news/${doc.id}`)
    await editor.waitForSelector('#field-title')
    // The pane opens once the admin has hydrated; a click before that is lost, so retry.
    const pane = async () => {
      const deadline = Date.now() + 30_000
      while (Date.now() < deadline) {
        if ((await editor.locator('iframe').count()) === 0) await editor.click('#live-preview-toggler')
        // The admin keeps the editor's last content language (Turkish from the test above).
        const frame = editor.frames().find((f) => /\/(en\/news|tr\/haberler)\/live-preview-draft(\?|#|$)/.test(f.url()))
        if (frame) return frame
        await editor.waitForTimeout(500)
      }
      throw new Error(
        `no live-preview pane; frames: ${editor
          .frames()
          .map((f) => f.url())
          .join(', ')}`,
      )
    }
    const frame = await pane()
    await frame.waitForSelector('h1:text("Live preview draft")')
    expect(await frame.textContent('.preview-banner')).toMatch(/latest draft|son taslağı/)

    await editor.fill('#field-title', 'Live preview draft, edited')
    await editor.click('button:has-text("Save Draft")')
    await frame.waitForSelector('h1:text("Live preview draft, edited")')
    await editor.context().close()
    // Still a draft: the public page does not exist.
    expect((await fetch(`${base()}/en/news/live-preview-draft`)).status).toBe(404)
  })
})

describe('the admin in Azerbaijani', () => {
  it('speaks Azerbaijani to a browser that asks for it: its menus, the forms’ labels and descriptions, the Sites tabs', async () => {
    const page = await signIn('editor.az@kopru.example', 'demo-editor-2026', 'az-AZ')
    expect(await page.getAttribute('html', 'lang')).toBe('az')
    // Our collection and group labels in its menu.
    await page.waitForSelector('nav >> text=Xəbərlər')
    for (const label of ['Bəyanatlar', 'Proqramlar']) expect(await page.locator(`nav >> text=${label}`).count()).toBeGreaterThan(0)

    // Payload's own words (@payloadcms/translations' az) on the list.
    await page.goto(`${base()}/admin/collections/news`)
    await page.waitForSelector('text=Yeni yarat')
    await page.goto(`${base()}/admin/collections/news/create?locale=az`)
    await page.waitForSelector('#field-title')
    const text = (await page.textContent('main, .template-default, body')) ?? ''
    for (const words of ['Başlıq', 'Qısa məzmun', 'Mətn', 'Siyahılarda, lentlərdə, axtarış nəticələrində']) expect([words, text.includes(words)]).toEqual([words, true])
    // No English field label left on the form.
    for (const words of ['Title', 'Excerpt', 'Body']) expect(await page.locator(`label:text-is("${words}")`).count()).toBe(0)
    await page.context().close()

    // An admin's Sites form: its tabs and the Home page settings.
    const admin = await signIn('admin@kopru.example', 'demo-admin-2026', 'az')
    const sites = (await (await fetch(`${base()}/api/sites?where[key][equals]=azerbaijan&depth=0`)).json()) as { docs: { id: number }[] }
    await admin.goto(`${base()}/admin/collections/sites/${sites.docs[0].id}?locale=az`)
    await admin.waitForSelector('text=Ünvan')
    for (const tab of ['Sayt', 'Ana səhifə', 'Naviqasiya menyusu']) expect(await admin.locator(`button:has-text("${tab}")`).count()).toBeGreaterThan(0)
    await admin.click('button:has-text("Ana səhifə")')
    await admin.waitForSelector('text=Göstərilən son xəbərlər')
    expect(await admin.inputValue('#field-home__intro')).toMatch(/^Təşkilatın Bakıdakı ofisi/)
    await admin.context().close()
  })
})

describe('an admin for officers', () => {
  it('makes no request to another origin (no Gravatar, no remote fonts) and lists the search index to admins only', async () => {
    const outside: string[] = []
    const watch = (page: Page) =>
      page.on('request', (request) => {
        const url = new URL(request.url())
        if (!['http:', 'https:'].includes(url.protocol)) return
        if (url.origin !== new URL(base()).origin) outside.push(request.url())
      })
    const editor = await signIn('editor.tr@kopru.example', 'demo-editor-2026')
    watch(editor)
    for (const path of ['/admin', '/admin/collections/news', '/admin/collections/news/create', '/admin/account']) {
      await editor.goto(`${base()}${path}`)
      await editor.waitForLoadState('networkidle')
    }
    // The avatar in the header is Payload's own drawing, not an image from elsewhere.
    expect(await editor.locator('img[src*="gravatar"]').count()).toBe(0)
    expect(await editor.locator('nav >> text=Search index').count()).toBe(0)
    await editor.context().close()
    const admin = await signIn('admin@kopru.example', 'demo-admin-2026')
    watch(admin)
    await admin.goto(`${base()}/admin`)
    await admin.waitForLoadState('networkidle')
    expect(await admin.locator('nav >> text=Search index').count()).toBeGreaterThan(0)
    await admin.context().close()
    expect(outside).toEqual([])
  })
})

describe('the dashboard', () => {
  it('opens on the officer’s own work: an editor sees what waits for review, linking to the filtered list; no axe violations', async () => {
    const login = await fetch(`${base()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'contributor@kopru.example', password: 'demo-contributor-2026' }),
    })
    const { token } = (await login.json()) as { token: string }
    const title = `Waiting on the dashboard ${Date.now()}`
    const created = await fetch(`${base()}/api/news?draft=true`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title, publishedDate: '2026-12-01T09:00:00.000Z', reviewStatus: 'inReview', _status: 'draft' }),
    })
    expect(created.status).toBe(201)

    const editor = await signIn('editor.tr@kopru.example', 'demo-editor-2026')
    const waiting = editor.locator('.kopru-work [data-queue="waiting"]')
    await waiting.waitFor()
    expect(await waiting.locator('h3').textContent()).toMatch(/^Waiting for you: in review \(\d+\)$/)
    await waiting.locator(`a:text-is("${title}")`).waitFor()
    // The queue's list: the news list filtered to what is in review, showing the same item.
    await waiting.locator('.kopru-work__lists a').first().click()
    await editor.waitForURL(/\/admin\/collections\/news\?/)
    expect(decodeURIComponent(editor.url())).toContain('[reviewStatus][equals]=inReview')
    // In English, where the draft has its title (Payload keeps the editor's last content locale, Turkish after the first test).
    await editor.goto(`${editor.url()}&locale=en`)
    await editor.waitForSelector(`text=${title}`)
    await editor.goto(`${base()}/admin`)
    await waiting.waitFor()
    // Payload's own selects in the header are left out, the locale picker and the modular
    // dashboard's breadcrumb menu: their react-select input has no label and their hidden arrow
    // is focusable (Payload 3.90); reported in the closing note. Everything else is checked.
    expect(await axeViolations(editor, ['.localizer', '.dashboard-breadcrumb-select'])).toEqual([])
    await editor.context().close()

    // A translator has nothing to review: no such queue, but what lacks Turkish.
    const translator = await signIn('translator@kopru.example', 'demo-translator-2026', 'tr-TR')
    await translator.locator('.kopru-work [data-queue="untranslated"]').waitFor()
    expect(await translator.locator('.kopru-work [data-queue="waiting"]').count()).toBe(0)
    expect(await translator.locator('.kopru-work h2').textContent()).toBe('İşleriniz')
    await translator.context().close()
  })
})
