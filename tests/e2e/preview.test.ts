/** Preview: an editor sees a draft as its public page; nobody else does, and nothing is cached. */
import { base } from '@/tests/helpers/e2e'
import { browserHeaders as browser, previewUrl } from '@/tests/helpers/preview'

async function login(email: string, password: string): Promise<string> {
  const response = await fetch(`${base()}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
  return ((await response.json()) as { token: string }).token
}

describe('preview of drafts', () => {
  it('shows an editor a draft page of blocks at its address under its parent, on its own site, and nobody else', async () => {
    const editor = await login('editor.tr@kopru.example', 'demo-editor-2026')
    const auth = { Authorization: `JWT ${editor}`, 'Content-Type': 'application/json' }
    const site = (await (await fetch(`${base()}/api/sites?where[key][equals]=turkiye&depth=0`, { headers: auth })).json()) as { docs: { id: number; offices: number[] }[] }
    const parent = (await (await fetch(`${base()}/api/pages?where[slug][equals]=who-we-are&depth=0`, { headers: auth })).json()) as { docs: { id: number }[] }
    const heading = `Draft call for partners ${Date.now()}`
    const created = await fetch(`${base()}/api/pages?draft=true&locale=en`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title: 'Draft page of calls',
        site: site.docs[0].id,
        country: site.docs[0].offices[0],
        parent: parent.docs[0].id,
        layout: [{ blockType: 'callToAction', heading, link: { label: 'Write to us', type: 'url', url: 'mailto:ankara.office@kopru.example' } }],
        _status: 'draft',
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    const path = `/en/who-we-are/${doc.slug}`
    expect((await fetch(`${base()}${path}`)).status).toBe(404)
    const entered = await fetch(previewUrl(doc.id, 'en', undefined, 'pages'), { redirect: 'manual', headers: browser(`payload-token=${editor}`) })
    expect(entered.status).toBe(307)
    expect(new URL(entered.headers.get('location') as string, base()).pathname).toBe(path)
    const cookies = (entered.headers.get('set-cookie') ?? '').match(/(__prerender_bypass|kopru_preview_site)=[^;]+/g) ?? []
    const preview = await fetch(`${base()}${path}`, { headers: browser(`${cookies.join('; ')}; payload-token=${editor}`) })
    const html = await preview.text()
    expect([preview.status, html.includes(heading), html.includes('class="preview-banner"')]).toEqual([200, true, true])
    // Nobody else: not the public (nothing was cached for it), not another office's editor.
    expect((await fetch(`${base()}${path}`)).status).toBe(404)
    const other = await login('editor.az@kopru.example', 'demo-editor-2026')
    expect((await fetch(previewUrl(doc.id, 'en', undefined, 'pages'), { redirect: 'manual', headers: browser(`payload-token=${other}`) })).status).toBe(404)
    expect((await fetch(`${base()}/api/pages/${doc.id}`, { method: 'DELETE', headers: auth })).status).toBe(200)
  })

  it('shows an editor a draft of the site’s home page at the site’s home, and the public the published one', async () => {
    const editor = await login('editor.tr@kopru.example', 'demo-editor-2026')
    const auth = { Authorization: `JWT ${editor}`, 'Content-Type': 'application/json' }
    const site = (await (await fetch(`${base()}/api/sites?where[key][equals]=turkiye&depth=0`, { headers: auth })).json()) as { docs: { id: number }[] }
    const found = (await (await fetch(`${base()}/api/pages?where[site][equals]=${site.docs[0].id}&where[home][equals]=true&depth=0&locale=en`, { headers: auth })).json()) as {
      docs: { id: number; layout: Record<string, unknown>[] }[]
    }
    const home = found.docs[0]
    const heading = `A new home section ${Date.now()}`
    const saved = await fetch(`${base()}/api/pages/${home.id}?draft=true&locale=en`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ layout: [...home.layout, { blockType: 'latestItems', heading, collection: 'statements', count: 2 }], _status: 'draft' }),
    })
    expect(saved.status).toBe(200)
    try {
      const entered = await fetch(previewUrl(home.id, 'en', undefined, 'pages'), { redirect: 'manual', headers: browser(`payload-token=${editor}`) })
      expect([entered.status, new URL(entered.headers.get('location') as string, base()).pathname]).toEqual([307, '/en'])
      const cookies = (entered.headers.get('set-cookie') ?? '').match(/(__prerender_bypass|kopru_preview_site)=[^;]+/g) ?? []
      const preview = await (await fetch(`${base()}/en`, { headers: browser(`${cookies.join('; ')}; payload-token=${editor}`) })).text()
      expect([preview.includes(heading), preview.includes('class="preview-banner"')]).toEqual([true, true])
      expect((await (await fetch(`${base()}/en`)).text()).includes(heading)).toBe(false)
    } finally {
      // The home page as it was, published again.
      await fetch(`${base()}/api/pages/${home.id}?locale=en`, { method: 'PATCH', headers: auth, body: JSON.stringify({ layout: home.layout, _status: 'published' }) })
    }
  })

  it('shows an editor the draft as its public page in either language, and nobody else', async () => {
    const editor = await login('editor.tr@kopru.example', 'demo-editor-2026')
    const { docs } = (await (await fetch(`${base()}/api/countries?where[isoCode][equals]=TR&depth=0`)).json()) as { docs: { id: number }[] }
    const created = await fetch(`${base()}/api/news?draft=true`, {
      method: 'POST',
      headers: { Authorization: `JWT ${editor}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Draft about a new office in Mersin', country: docs[0].id, publishedDate: '2024-07-01T09:00:00.000Z', _status: 'draft' }),
    })
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    const page = `/en/news/${doc.slug}`
    expect((await fetch(`${base()}${page}`)).status).toBe(404)

    // Without a session, or with a wrong secret: refused with a message.
    const anonymous = await fetch(previewUrl(doc.id, 'en'), { redirect: 'manual' })
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).toMatch(/Sign in to the admin/)
    const forged = await fetch(previewUrl(doc.id, 'en', 'x'.repeat(64)), { redirect: 'manual', headers: browser(`payload-token=${editor}`) })
    expect(forged.status).toBe(401)

    for (const locale of ['en', 'tr']) {
      const entered = await fetch(previewUrl(doc.id, locale), { redirect: 'manual', headers: browser(`payload-token=${editor}`) })
      expect([entered.status, entered.status === 307 ? '' : await entered.text()]).toEqual([307, ''])
      const target = new URL(entered.headers.get('location') as string, base()).pathname
      expect(target).toBe(locale === 'en' ? page : `/tr/haberler/${doc.slug}`)
      const bypass = (entered.headers.get('set-cookie') ?? '').match(/__prerender_bypass=[^;]+/)?.[0]
      expect(bypass).toBeDefined()
      // Next's draft-mode cookie, as production sets it: not readable by scripts, HTTPS only (a
      // browser treats localhost as secure), and marked SameSite. By itself it shows no draft:
      // the preview also needs the staff session (lib/content/preview.ts).
      const attributes = (entered.headers.get('set-cookie') ?? '').split(/;\s*/).map((part) => part.split('=')[0].toLowerCase())
      expect(attributes).toEqual(expect.arrayContaining(['httponly', 'secure', 'samesite']))
      const preview = await fetch(`${base()}${target}`, { headers: browser(`${bypass}; payload-token=${editor}`) })
      expect(preview.status).toBe(200)
      const html = await preview.text()
      expect(html).toContain('Draft about a new office in Mersin')
      expect(html).toContain('class="preview-banner"')
      // A preview keeps React (public pages go out without it): the live-preview listener needs it.
      expect(html).toMatch(/<script src="\/_next\/static\/[^"]+\.js"/)
      expect(html).toContain('self.__next_f')
    }

    // The public still gets 404: the preview rendering was not cached for anyone else.
    expect((await fetch(`${base()}${page}`)).status).toBe(404)
    // An editor of another office cannot preview it.
    const other = await login('editor.az@kopru.example', 'demo-editor-2026')
    expect((await fetch(previewUrl(doc.id, 'en'), { redirect: 'manual', headers: browser(`payload-token=${other}`) })).status).toBe(404)
  })

  it('previews another office’s draft on the admin’s address as that office’s site shows it, and keeps it out of every cache', async () => {
    const editor = await login('editor.az@kopru.example', 'demo-editor-2026')
    const { docs } = (await (await fetch(`${base()}/api/countries?where[isoCode][equals]=AZ&depth=0`)).json()) as { docs: { id: number }[] }
    const created = await fetch(`${base()}/api/news?draft=true`, {
      method: 'POST',
      headers: { Authorization: `JWT ${editor}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Draft about a workshop in Ganja', country: docs[0].id, publishedDate: '2024-07-01T09:00:00.000Z', _status: 'draft' }),
    })
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    // Asked in Turkish, which the Azerbaijan site does not publish: its page in the site's default language.
    for (const [locale, path] of [
      ['en', `/en/news/${doc.slug}`],
      ['tr', `/en/news/${doc.slug}`],
    ]) {
      const entered = await fetch(previewUrl(doc.id, locale), { redirect: 'manual', headers: browser(`payload-token=${editor}`) })
      expect(entered.status).toBe(307)
      expect(new URL(entered.headers.get('location') as string, base()).pathname).toBe(path)
      const cookies = (entered.headers.get('set-cookie') ?? '').match(/(__prerender_bypass|kopru_preview_site)=[^;]+/g) ?? []
      expect(cookies.map((cookie) => cookie.split('=')[0]).sort()).toEqual(['__prerender_bypass', 'kopru_preview_site'])
      const preview = await fetch(`${base()}${path}`, { headers: browser(`${cookies.join('; ')}; payload-token=${editor}`) })
      const html = await preview.text()
      expect([preview.status, html.includes('Draft about a workshop in Ganja'), html.includes('class="preview-banner"')]).toEqual([200, true, true])
    }
    // The site cookie alone, or forged, shows nothing: the Türkiye site answers as before, and caches nothing of it.
    expect((await fetch(`${base()}/en/news/${doc.slug}`, { headers: { Cookie: 'kopru_preview_site=azerbaijan' } })).status).toBe(404)
    expect((await fetch(`${base()}/en/news/${doc.slug}`)).status).toBe(404)
  })

  it('answers a malformed preview link with 400', async () => {
    expect((await fetch(`${base()}/api/preview?collection=users&id=1&secret=x`)).status).toBe(400)
  })

  it('leaves preview for a page of this site only, however the address is spelled', async () => {
    const exit = (to: string) => fetch(`${base()}/api/preview/exit?${new URLSearchParams({ to })}`, { redirect: 'manual' })
    const back = await exit('/tr/haberler/bir-haber')
    expect([back.status, new URL(back.headers.get('location') as string, base()).pathname]).toEqual([307, '/tr/haberler/bir-haber'])
    // "/\\evil.example" passed a check of the first characters; browsers read it as //evil.example.
    for (const to of ['/.//evil.example', '/a/..//evil.example', '//evil.example', '/\\evil.example', '\\\\evil.example', '/\t/evil.example', 'https://evil.example/']) {
      const response = await exit(to)
      expect([to, response.status, new URL(response.headers.get('location') as string, base()).origin]).toEqual([to, 307, new URL(base()).origin])
    }
  })
})
