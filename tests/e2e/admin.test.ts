/**
 * The editorial flow in the real admin UI (chromium): a contributor drafts a news item in
 * Turkish and submits it; an editor of the office publishes it; it appears at /tr/haberler/<slug>.
 */
import type { Browser, Page } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { base } from '../helpers/e2e'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function signIn(email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
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

    const pending = (await (await fetch(`${base()}/tr/haberler/mersinde-goc-calistayi`)).status)
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
})
