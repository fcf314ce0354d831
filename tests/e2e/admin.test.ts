/**
 * The editorial flow in the real admin UI (chromium): a contributor drafts a news item in
 * Turkish and submits it; an editor of the office publishes it; it appears at /tr/haberler/<slug>.
 */
import type { Browser, Page } from 'playwright-core'

import { axeViolations, launchBrowser } from '@/tests/helpers/browser'
import { base } from '@/tests/helpers/e2e'
import { previewUrl } from '@/tests/helpers/preview'
import { paragraphs } from '@/lib/richtext'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Whether `read` gives what `done` wants within 15 s (a save's purge reaches the page in well under that). */
async function within<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < 15_000; await new Promise((resolve) => setTimeout(resolve, 250))) if (done(await read())) return true
  return false
}

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

// The whole edit view is checked. What remains is in Payload's own controls (3.90), listed
// rule by rule with the element it is found on; anything else, ours or a new rule, fails.
const payloadKnown: [string, RegExp][] = [
  // react-select (relationship and select fields, the locale menu): a focusable clear/arrow
  // icon marked aria-hidden, an unlabelled search input, the chips' nested remove button.
  ['aria-hidden-focus', /\.rs__indicators/],
  ['label', /react-select-.*-input/],
  ['target-size', /react-select-.*-input/],
  ['nested-interactive', /\.rs__multi-value/],
  // Lexical's editable area has no accessible name of its own (the field's label is not tied to it).
  ['aria-input-field-name', /\.ContentEditable__root/],
  // Icon-only buttons: the document's "more" menu, the API tab's copy, the date's clear.
  ['button-name', /popup-button|clipboard-action|date-time-picker__clear-button/],
  // The date picker's text input is labelled by the field's label only visually.
  ['label', /^input\[value=/],
  // The "Versions" tab's count makes its text longer than its label; the tabs' <ul> holds <div>s.
  ['label-content-name-mismatch', /aria-label="Versions"/],
  ['list', /\.doc-tabs__tabs/],
  // The blocks field's rows: dnd-kit's drag handle is a role="button" with no name; the row's
  // "more" button is smaller than 24 px (its name-less icon is under button-name above).
  ['aria-command-name', /\.collapsible__drag|class="collapsible__drag"/],
  ['target-size', /\.array-actions__button/],
]

/** An edit view's axe violations, less those of Payload's own controls listed above. */
async function unexpectedViolations(page: Page): Promise<string[]> {
  return (await axeViolations(page)).flatMap((violation) =>
    violation.nodes
      // Known by its selector or, when axe's selector names no class (an id React made up), by its tag.
      .filter((node) => !payloadKnown.some(([id, where]) => violation.id === id && (where.test(node.target.join(' ')) || where.test(node.html ?? ''))))
      .map((node) => `${violation.id}: ${node.target.join(' ')} ${node.html ?? ''}`),
  )
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

describe('the admin in the officer’s own language', () => {
  it('follows the account’s language, not the browser’s, from the sign-in on', async () => {
    const login = await fetch(`${base()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@kopru.example', password: 'demo-admin-2026' }),
    })
    const { token } = (await login.json()) as { token: string }
    const users = (await (await fetch(`${base()}/api/users?where[email][equals]=contributor@kopru.example&depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as {
      docs: { id: number }[]
    }
    const setLanguage = (language: string | null) =>
      fetch(`${base()}/api/users/${users.docs[0].id}`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ adminLanguage: language }),
      })
    expect((await setLanguage('tr')).status).toBe(200)
    try {
      // An English browser; the account says Turkish.
      const contributor = await signIn('contributor@kopru.example', 'demo-contributor-2026', 'en-GB')
      // The first screen after signing in turns Turkish by itself (components/admin/AdminLanguage.tsx).
      await contributor.waitForFunction(() => document.documentElement.lang === 'tr', undefined, { timeout: 15_000 })
      await contributor.waitForSelector('nav >> text=Haberler')
      // And a page loaded afresh is Turkish from the start.
      await contributor.goto(`${base()}/admin/collections/news`)
      expect(await contributor.getAttribute('html', 'lang')).toBe('tr')
      await contributor.context().close()
    } finally {
      await setLanguage(null)
    }
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

describe('the source beside the translation', () => {
  const apiLogin = async (email: string, password: string) => {
    const login = await fetch(`${base()}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
    return ((await login.json()) as { token: string }).token
  }

  it('shows a translator the English beside the Turkish and the Azerbaijani fields; copying one (rich text included) and saving a draft keeps it; a changed source is marked; no axe violations', async () => {
    const countries = (await (await fetch(`${base()}/api/countries?depth=0&limit=10`)).json()) as { docs: { id: number; isoCode: string }[] }
    const office = (code: string) => countries.docs.find((country) => country.isoCode === code)?.id
    const stamp = Date.now()
    const create = async (email: string, country: number | undefined, title: string) => {
      const created = await fetch(`${base()}/api/news?draft=true&locale=en`, {
        method: 'POST',
        headers: { Authorization: `JWT ${await apiLogin(email, 'demo-editor-2026')}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          title,
          excerpt: `The English excerpt of ${title}.`,
          body: paragraphs(`The English body of ${title}.`),
          country,
          publishedDate: '2026-12-01T09:00:00.000Z',
          _status: 'draft',
        }),
      })
      expect(created.status).toBe(201)
      return ((await created.json()) as { doc: { id: number } }).doc.id
    }
    const ankara = await create('editor.tr@kopru.example', office('TR'), `Ankara source ${stamp}`)
    const baku = await create('editor.az@kopru.example', office('AZ'), `Baku source ${stamp}`)

    const patch = async (email: string, password: string, id: number, locale: string, data: Record<string, unknown>) => {
      const response = await fetch(`${base()}/api/news/${id}?draft=true&locale=${locale}`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${await apiLogin(email, password)}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(data),
      })
      expect(response.status).toBe(200)
    }
    // The Ankara item's title is translated, then its English changes.
    await patch('translator@kopru.example', 'demo-translator-2026', ankara, 'tr', { title: `Ankara kaynağı ${stamp}` })
    await patch('editor.tr@kopru.example', 'demo-editor-2026', ankara, 'en', { title: `Ankara source ${stamp}, revised` })

    const translator = await signIn('translator@kopru.example', 'demo-translator-2026')
    // Turkish: the English beside each field; the title marked, its English having changed since.
    await translator.goto(`${base()}/admin/collections/news/${ankara}?locale=tr`)
    const titleSource = translator.locator('.kopru-source[data-source-path="title"]')
    await titleSource.waitFor()
    expect(await titleSource.locator('.kopru-source__text').textContent()).toBe(`Ankara source ${stamp}, revised`)
    expect(await titleSource.getAttribute('aria-label')).toBe('English source: Title')
    expect(await titleSource.locator('.kopru-source__changed').textContent()).toBe('The English changed after this translation was saved')
    // Only there: the excerpt has no Turkish yet (missing, not changed).
    expect(await translator.locator('.kopru-source--changed').count()).toBe(1)
    expect(await translator.locator('.kopru-source[data-source-path="excerpt"] .kopru-source__text').textContent()).toBe(`The English excerpt of Ankara source ${stamp}.`)
    expect(await unexpectedViolations(translator)).toEqual([])

    // Azerbaijani: copy the excerpt and the body, save a draft.
    await translator.goto(`${base()}/admin/collections/news/${baku}?locale=az`)
    const body = translator.locator('.kopru-source[data-source-path="body"]')
    await body.waitFor()
    expect(await body.locator('.kopru-source__text').textContent()).toBe(`The English body of Baku source ${stamp}.`)
    await translator.locator('.kopru-source[data-source-path="excerpt"] button.kopru-source__copy').click()
    expect(await translator.inputValue('#field-excerpt')).toBe(`The English excerpt of Baku source ${stamp}.`)
    await body.locator('button.kopru-source__copy').click()
    await translator.locator(`[data-field-path="body"] [data-lexical-editor="true"]:has-text("The English body of Baku source ${stamp}.")`).waitFor()
    await translator.fill('#field-title', `Bakı mənbəyi ${stamp}`)
    await translator.click('button:has-text("Save Draft")')
    await translator.waitForSelector('text=/saved|Updated successfully|uğurla/i')
    const token = await apiLogin('translator@kopru.example', 'demo-translator-2026')
    const saved = (await (await fetch(`${base()}/api/news/${baku}?locale=az&draft=true&depth=0&fallback-locale=none`, { headers: { Authorization: `JWT ${token}` } })).json()) as {
      title: string
      excerpt: string
      body: unknown
    }
    expect(saved.title).toBe(`Bakı mənbəyi ${stamp}`)
    expect(saved.excerpt).toBe(`The English excerpt of Baku source ${stamp}.`)
    expect(JSON.stringify(saved.body)).toContain(`The English body of Baku source ${stamp}.`)

    // Saved, the Azerbaijani is up to date with its English: nothing is marked.
    await translator.reload()
    await body.waitFor()
    expect(await translator.locator('.kopru-source--changed').count()).toBe(0)
    // In English, the default language, nothing is shown beside the fields.
    await translator.goto(`${base()}/admin/collections/news/${baku}?locale=en`)
    await translator.waitForSelector('#field-title')
    await translator.waitForLoadState('networkidle')
    expect(await translator.locator('.kopru-source').count()).toBe(0)
    await translator.context().close()
  })
})

describe('pages of blocks in the admin', () => {
  it('an editor builds a page of blocks under "Who we are", previews it, publishes it, an admin links it from the menu, the editor renames its slug, and the old address redirects; no axe violations in the form', async () => {
    const stamp = Date.now()
    const editor = await signIn('editor.tr@kopru.example', 'demo-editor-2026')
    await editor.goto(`${base()}/admin/collections/pages/create?locale=en`)
    await editor.fill('#field-title', `Work with us ${stamp}`)
    await editor.click('#field-site .rs__control')
    await editor.click('.rs__option:has-text("IOM Türkiye")')
    // The parent's choices are the chosen site's pages.
    await editor.click('#field-parent .rs__control')
    await editor.click('.rs__option:has-text("Who we are")')
    /**
     * Adds a block from the drawer and waits for its row; its fields are then `#field-layout__{index}__…`.
     * Each step waits for what the last one caused: the drawer's choice, the drawer closed, then the
     * new row (a CI run once found no editor in the Text block after 30 s; the old steps did not wait).
     */
    let blocks = 0
    const addBlock = async (label: string) => {
      await editor.click('.blocks-field__drawer-toggler')
      await editor.click(`.drawer__content .blocks-drawer__block button[title="${label}"]`)
      await editor.locator('.drawer__content .blocks-drawer__block').first().waitFor({ state: 'hidden' })
      await editor.locator(`#layout-row-${blocks}`).waitFor()
      blocks += 1
    }
    // Every block whose fields are typed (an image, cards and downloads choose uploads and
    // documents in drawers of their own: the seeded page has them, tests/e2e/pages.test.ts).
    await addBlock('Hero')
    await editor.fill('#field-layout__0__heading', `Join our teams ${stamp}`)
    await editor.fill('#field-layout__0__text', 'We work with partners across Türkiye.')
    await addBlock('Text')
    await editor.click('#layout-row-1 .rich-text-lexical [data-lexical-editor="true"]')
    await editor.keyboard.type('Open calls are listed here.')
    await addBlock('Call to action')
    await editor.fill('#field-layout__2__heading', `Apply by e-mail ${stamp}`)
    await editor.fill('#field-layout__2__link__label', 'Read our news')
    await editor.click('#field-layout__2__link__route .rs__control')
    await editor.click('.rs__option >> nth=0')
    await addBlock('Facts band')
    await editor.fill('#field-layout__3__heading', `Our figures ${stamp}`)
    await addBlock('Latest items')
    await editor.fill('#field-layout__4__heading', `Latest from us ${stamp}`)
    await addBlock('Questions and answers')
    await editor.fill('#field-layout__5__heading', `Questions ${stamp}`)
    await editor.click('#field-layout__5__items button:has-text("Add Question")')
    await editor.fill('#field-layout__5__items__0__question', `Who may apply ${stamp}?`)
    // A question is shown with its answer (the second rich-text editor of the form, after the Text block's).
    await editor.click('.rich-text-lexical [data-lexical-editor="true"] >> nth=1')
    await editor.keyboard.type('Organisations registered in Türkiye.')
    await addBlock('Office contact')
    await editor.fill('#field-layout__6__heading', `Write to us ${stamp}`)
    expect(await unexpectedViolations(editor)).toEqual([])

    // Saved as a draft: previewed by its editor at its address, not public yet.
    await editor.click('button:has-text("Save Draft")')
    await editor.waitForURL(/\/admin\/collections\/pages\/\d+/)
    const id = Number(/\/pages\/(\d+)/.exec(editor.url())?.[1])
    const slug = `work-with-us-${stamp}`
    expect((await fetch(`${base()}/en/who-we-are/${slug}`)).status).toBe(404)
    const preview = await editor.context().newPage()
    await preview.goto(previewUrl(id, 'en', undefined, 'pages'))
    await preview.waitForURL(`${base()}/en/who-we-are/${slug}`)
    expect([await preview.isVisible('.preview-banner'), await preview.isVisible(`h2:text("Join our teams ${stamp}")`)]).toEqual([true, true])
    await preview.close()

    await editor.click('button:has-text("Publish changes")')
    await editor.waitForSelector('text=/Updated successfully|published/i')
    const live = await fetch(`${base()}/en/who-we-are/${slug}`)
    expect(live.status).toBe(200)
    const html = await live.text()
    for (const heading of [`Join our teams ${stamp}`, `Apply by e-mail ${stamp}`, `Our figures ${stamp}`, `Latest from us ${stamp}`, `Questions ${stamp}`, `Write to us ${stamp}`])
      expect([heading, html.includes(heading)]).toEqual([heading, true])
    expect(html).toContain('Open calls are listed here.')
    expect(html).toContain(`Who may apply ${stamp}?`)
    expect(html).toContain('Organisations registered in Türkiye.')

    // An admin links it from the site's menu (menus are admins' and global editors'), under "Who We Are".
    const admin = await fetch(`${base()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@kopru.example', password: 'demo-admin-2026' }),
    })
    const auth = { Authorization: `JWT ${((await admin.json()) as { token: string }).token}`, 'Content-Type': 'application/json' }
    const found = (await (await fetch(`${base()}/api/sites?where[key][equals]=turkiye&depth=0&locale=en`, { headers: auth })).json()) as {
      docs: { id: number; sections: { label: string; links?: Record<string, unknown>[] }[] }[]
    }
    const site = found.docs[0]
    const linked = site.sections.map((section) =>
      /who we are/i.test(section.label)
        ? { ...section, links: [...(section.links ?? []), { label: `Work with us ${stamp}`, type: 'document', document: { relationTo: 'pages', value: id } }] }
        : section,
    )
    expect((await fetch(`${base()}/api/sites/${site.id}?locale=en`, { method: 'PATCH', headers: auth, body: JSON.stringify({ sections: linked }) })).status).toBe(200)
    try {
      const header = async () => (await (await fetch(`${base()}/en`)).text()).slice(0, 20_000)
      expect(await within(header, (html) => html.includes(`href="/en/who-we-are/${slug}"`))).toBe(true)

      // Renamed in the form: the old address answers 308 to the new one, and the menu follows.
      await editor.fill('#field-slug', `join-us-${stamp}`)
      await editor.click('button:has-text("Publish changes")')
      await editor.waitForSelector('text=/Updated successfully|published/i')
      const old = await fetch(`${base()}/en/who-we-are/${slug}`, { redirect: 'manual' })
      expect([old.status, new URL(old.headers.get('location') ?? '/', base()).pathname]).toEqual([308, `/en/who-we-are/join-us-${stamp}`])
      expect((await fetch(`${base()}/en/who-we-are/join-us-${stamp}`)).status).toBe(200)
      expect(await within(header, (html) => html.includes(`href="/en/who-we-are/join-us-${stamp}"`))).toBe(true)
    } finally {
      await fetch(`${base()}/api/sites/${site.id}?locale=en`, { method: 'PATCH', headers: auth, body: JSON.stringify({ sections: site.sections }) })
    }
    await editor.context().close()
  })
})
