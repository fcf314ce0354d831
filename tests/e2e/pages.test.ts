/**
 * Pages built from blocks (issue 19), on the production build: each office's "Who we are" page
 * (seeded with every kind of block) and its subpage answer at their nested addresses in each of
 * the site's languages, with breadcrumbs, language links and hreflang; the header leads to them;
 * another language's address moves to this one's; a draft page is nobody's address; a renamed
 * page's old address answers 308 in one hop, and its subpage's under the new one.
 */
import { demoUsers } from '@/lib/seed/data'
import { base } from '@/tests/helpers/e2e'
import { rawGet } from '@/tests/helpers/net'
import { azerbaijan, hreflangs, mainOf, sitePage, siteText, switcherLanguages, turkiye } from '@/tests/helpers/sitePages'

async function login(role: string, office?: string): Promise<Record<string, string>> {
  const user = demoUsers.find((candidate) => candidate.roles.includes(role as never) && (!office || candidate.countries.includes(office)))!
  const response = await fetch(`${base()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  })
  return { Authorization: `JWT ${((await response.json()) as { token: string }).token}`, 'Content-Type': 'application/json' }
}

async function answer(origin: string, path: string): Promise<[number, string | null]> {
  const { response } = await sitePage(origin, path)
  const location = response.headers.get('location')
  return [response.status, location ? new URL(location, origin).pathname : null]
}

async function until<T>(read: () => Promise<T>, expected: T, what: string, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await read()
    if (JSON.stringify(value) === JSON.stringify(expected)) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('pages of blocks', () => {
  it('answers at its nested address in each of the site’s languages, with breadcrumbs, language links and hreflang', async () => {
    const { response, html } = await sitePage(turkiye(), '/tr/biz-kimiz/tarihce')
    expect(response.status).toBe(200)
    const main = mainOf(html)
    expect(main).toContain('<h1>Tarihçemiz</h1>')
    expect(main).toMatch(
      /<nav aria-label="Gezinti yolu" class="breadcrumbs"><ol><li><a href="\/tr">Ana sayfa<\/a><\/li><li><a href="\/tr\/biz-kimiz">Biz kimiz<\/a><\/li><li><span aria-current="page">Tarihçemiz<\/span>/,
    )
    expect(html).toContain('"@type":"BreadcrumbList"')
    expect(switcherLanguages(html)).toEqual(['en', 'tr'])
    expect(html).toContain('href="/en/who-we-are/history"')
    expect(Object.keys(hreflangs(html)).sort()).toEqual(['en', 'tr', 'x-default'])
    expect(hreflangs(html).en).toMatch(/\/en\/who-we-are\/history$/)
    const en = await sitePage(turkiye(), '/en/who-we-are/history')
    expect([en.response.status, mainOf(en.html).includes('<h1>Our history</h1>')]).toEqual([200, true])
  })

  it('shows every kind of block on the "Who we are" page, with responsive lazy images and no client script of its own', async () => {
    const { response, html } = await sitePage(turkiye(), '/en/who-we-are')
    expect(response.status).toBe(200)
    const main = mainOf(html)
    const blocks = [...main.matchAll(/class="(?:block [^"]*?(block-[a-z-]+)|(facts-band))"/g)].map((m) => m[1] ?? m[2])
    expect(blocks).toEqual([
      'block-hero',
      'block-rich-text',
      'block-image',
      'block-cta',
      'facts-band',
      'block-latest',
      'block-cards',
      'block-accordion',
      'block-downloads',
      'block-office',
    ])
    const images = [...main.matchAll(/<img [^>]+>/g)].map((m) => m[0])
    expect(images.length).toBeGreaterThanOrEqual(2)
    for (const image of images) expect([/ srcSet="[^"]+ 640w/.test(image), / sizes="[^"]+"/.test(image), / width="\d+" height="\d+"/.test(image)]).toEqual([true, true, true])
    // The hero opens the page and loads first; the image further down waits until it is near.
    expect(images.map((image) => /loading="(\w+)"/.exec(image)?.[1])).toEqual(['eager', 'lazy'])
    expect(main).toContain('<details')
    expect(main).toMatch(/href="\/api\/media\/file\/turkiye-office-at-a-glance\.pdf"/)
    expect(main).toContain('href="/en/who-we-are/history"')
    expect(main).toContain('mailto:ankara.office@kopru.example')
    expect(main).not.toContain('<script')
  })

  it('is reached from the header, on each office’s site, and is not on the other office’s site', async () => {
    const home = await sitePage(turkiye(), '/tr')
    expect(home.html).toContain('href="/tr/biz-kimiz"')
    const az = await sitePage(azerbaijan(), '/az')
    expect(az.html).toContain('href="/az/biz-kimik"')
    expect((await sitePage(azerbaijan(), '/az/biz-kimik')).response.status).toBe(200)
    expect((await sitePage(azerbaijan(), '/en/who-we-are/history')).response.status).toBe(200)
    expect((await sitePage(turkiye(), '/az/biz-kimik')).response.status).not.toBe(200)
    expect((await sitePage(azerbaijan(), '/tr/biz-kimiz')).response.status).not.toBe(200)
  })

  it('moves another language’s address to this language’s, and lists the pages in the sitemap', async () => {
    expect(await answer(turkiye(), '/tr/who-we-are/history')).toEqual([308, '/tr/biz-kimiz/tarihce'])
    const { text } = await siteText(turkiye(), '/sitemaps/pages.xml')
    expect(text).toContain('/tr/biz-kimiz/tarihce</loc>')
    // The home page of blocks is the site's home (listed once, as /tr), not also at its own slug.
    expect([text.includes('/tr/ana-sayfa</loc>'), text.includes('/en/home</loc>'), text.includes('/tr</loc>')]).toEqual([false, false, true])
    expect(text).toContain('/en/who-we-are</loc>')
  })

  it('gives a draft page no address, publishes it under its parent, and keeps its old address alive after a rename', async () => {
    const editor = await login('editor', 'TR')
    const stamp = Date.now()
    const site = (await (await fetch(`${base()}/api/sites?where[key][equals]=turkiye&depth=0`, { headers: editor })).json()) as { docs: { id: number; offices: number[] }[] }
    const parent = (await (await fetch(`${base()}/api/pages?where[slug][equals]=who-we-are&depth=0`, { headers: editor })).json()) as { docs: { id: number }[] }
    const body = {
      title: `Calls ${stamp}`,
      slug: `calls-${stamp}`,
      site: site.docs[0].id,
      country: site.docs[0].offices[0],
      parent: parent.docs[0].id,
      layout: [
        {
          blockType: 'richText',
          content: {
            root: {
              type: 'root',
              children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'Open calls.', version: 1 }] }],
              direction: 'ltr',
              format: '',
              indent: 0,
              version: 1,
            },
          },
        },
      ],
      _status: 'draft',
    }
    const created = await fetch(`${base()}/api/pages?locale=en&draft=true`, { method: 'POST', headers: editor, body: JSON.stringify(body) })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    const address = `/en/who-we-are/calls-${stamp}`
    expect((await sitePage(turkiye(), address)).response.status).toBe(404)
    expect((await fetch(`${base()}/api/pages/${id}?locale=en&draft=true`)).status).not.toBe(200)

    const published = await fetch(`${base()}/api/pages/${id}?locale=en`, { method: 'PATCH', headers: editor, body: JSON.stringify({ _status: 'published' }) })
    expect(published.status).toBe(200)
    await until(async () => (await sitePage(turkiye(), address)).response.status, 200, 'the published page')

    const renamed = await fetch(`${base()}/api/pages/${id}?locale=en`, {
      method: 'PATCH',
      headers: editor,
      body: JSON.stringify({ slug: `open-calls-${stamp}`, _status: 'published' }),
    })
    expect(renamed.status).toBe(200)
    await until(() => answer(turkiye(), address), [308, `/en/who-we-are/open-calls-${stamp}`], 'the old address to redirect')
    // Kept by the app's page cache like a page (server.mjs), Location and all.
    await rawGet(`${base()}${address}`)
    const repeat = await rawGet(`${base()}${address}`)
    expect([repeat.status, repeat.headers.location, repeat.headers['x-page-cache']]).toEqual([308, `/en/who-we-are/open-calls-${stamp}`, 'hit'])
    expect((await sitePage(turkiye(), `/en/who-we-are/open-calls-${stamp}`)).response.status).toBe(200)
    expect((await fetch(`${base()}/api/pages/${id}`, { method: 'DELETE', headers: editor })).status).toBe(200)
  })
})
