/**
 * Shared links and search engines (issue 19, "SEO per document"), on the production build:
 * every public page type has Open Graph and Twitter tags; the image they name is fetched as a
 * crawler would (robots.txt read by RFC 9309's longest match, then the file with a crawler's
 * User-Agent); an officer's SEO title, description and image replace the document's own in the
 * language they were written in, and only there.
 */
import { demoUsers } from '@/lib/seed/data'
import { base } from '@/tests/helpers/e2e'
import { azerbaijan, sitePage, siteText, turkiye } from '@/tests/helpers/sitePages'
import { siteFetch } from '@/tests/helpers/sites'

const crawler = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'

/** The tags of a page's head: name or property → content (the first of each). */
function headTags(html: string): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const [, key, value] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"\/>/g)) tags[key] ??= value.replace(/&amp;/g, '&').replace(/&#x27;/g, "'")
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]
  if (title) tags.title = title.replace(/&amp;/g, '&').replace(/&#x27;/g, "'")
  return tags
}

/** Whether robots.txt lets any crawler fetch `path`: the longest matching rule of `User-Agent: *` wins, Allow on a tie (RFC 9309, 2.2.2). */
function allowedByRobots(robots: string, path: string): boolean {
  let best: { length: number; allow: boolean } = { length: -1, allow: true }
  let forAll = false
  for (const line of robots.split('\n')) {
    const [field, ...rest] = line.split(':')
    const value = rest.join(':').trim()
    const name = field.trim().toLowerCase()
    if (name === 'user-agent') forAll = value === '*'
    else if (forAll && (name === 'allow' || name === 'disallow') && value && path.startsWith(value)) {
      const allow = name === 'allow'
      if (value.length > best.length || (value.length === best.length && allow)) best = { length: value.length, allow }
    }
  }
  return best.allow
}

/** A document's page on its site, from the partner API (its `url`). */
async function pageOf(collection: string, lang: string, pick: (item: Record<string, unknown>) => boolean = () => true): Promise<{ origin: string; path: string; id: string }> {
  const { data } = (await (await fetch(`${base()}/api/v1/${collection}?lang=${lang}&limit=50`)).json()) as { data: Record<string, unknown>[] }
  const item = data.find((candidate) => !candidate.fallback && pick(candidate))
  if (!item) throw new Error(`no ${collection} in ${lang}`)
  const url = new URL(item.url as string)
  return { origin: url.origin, path: url.pathname, id: String(item.id) }
}

async function login(role: string): Promise<Record<string, string>> {
  const user = demoUsers.find((candidate) => candidate.roles.includes(role as never))!
  const response = await fetch(`${base()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  })
  return { Authorization: `JWT ${((await response.json()) as { token: string }).token}`, 'Content-Type': 'application/json' }
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 300)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('Open Graph and Twitter tags on every public page type', () => {
  it('names a title, a description, the page and an image that a crawler honouring robots.txt may fetch', async () => {
    const pages: [string, string][] = [
      [turkiye(), '/en'],
      [turkiye(), '/tr'],
      [turkiye(), '/en/news'],
      [turkiye(), '/tr/aciklamalar'],
      [turkiye(), '/en/programmes'],
      [turkiye(), '/tr/ulkeler'],
      [turkiye(), '/en/facts'],
      [turkiye(), '/en/search?q=migration'],
      [azerbaijan(), '/az'],
    ]
    for (const [collection, lang] of [
      ['news', 'en'],
      ['news', 'tr'],
      ['statements', 'en'],
      ['programmes', 'en'],
      ['countries', 'tr'],
    ]) {
      const { origin, path } = await pageOf(collection, lang)
      pages.push([origin, path])
    }
    // An article with its own image.
    const illustrated = await pageOf('news', 'en', (item) => item.image != null)
    pages.push([illustrated.origin, illustrated.path])
    const robotsOf = new Map<string, string>()
    const images = new Set<string>()
    for (const [origin, path] of pages) {
      const { response, html } = await sitePage(origin, path)
      expect([path, response.status]).toEqual([path, 200])
      const tags = headTags(html)
      for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:locale', 'twitter:card', 'twitter:title', 'twitter:image'])
        expect([path, key, tags[key]]).toEqual([path, key, expect.stringMatching(/\S/)])
      expect([path, tags['og:url']]).toEqual([path, `${origin}${path.split('?')[0]}`])
      expect([path, new URL(tags['og:image']).origin]).toEqual([path, origin])
      expect(tags['twitter:image']).toBe(tags['og:image'])
      images.add(tags['og:image'])
      if (!robotsOf.has(origin)) robotsOf.set(origin, (await siteText(origin, '/robots.txt')).text)
    }
    // Both kinds of image: a document's own (under /api/media/file/) and the generated default.
    expect([...images].some((url) => new URL(url).pathname.startsWith('/api/media/file/'))).toBe(true)
    expect([...images].some((url) => new URL(url).pathname === '/og-default.png')).toBe(true)
    for (const url of images) {
      const { origin, pathname } = new URL(url)
      expect([pathname, allowedByRobots(robotsOf.get(origin)!, pathname)]).toEqual([pathname, true])
      const image = await siteFetch(url, { headers: { 'User-Agent': crawler } })
      expect([pathname, image.status, image.headers.get('content-type')]).toEqual([pathname, 200, expect.stringMatching(/^image\//)])
    }
    // The rest of the API stays closed to crawlers.
    expect(allowedByRobots(robotsOf.get(turkiye())!, '/api/v1/news')).toBe(false)
    expect(allowedByRobots(robotsOf.get(turkiye())!, '/admin')).toBe(false)
  })

  it('an officer’s SEO title, description and image replace the item’s own, in the language they were written in only', async () => {
    const admin = await login('admin')
    // A news item with its own text in both languages: its English and its Turkish page.
    const trPage = await pageOf('news', 'tr')
    const { data: item } = (await (await fetch(`${base()}/api/v1/news/${trPage.id}?lang=en`)).json()) as { data: { url: string } }
    const en = { origin: new URL(item.url).origin, path: new URL(item.url).pathname, id: trPage.id }
    const before = headTags((await sitePage(trPage.origin, trPage.path)).html)
    const { docs: images } = (await (await fetch(`${base()}/api/media?where[public][equals]=true&limit=20&depth=0`, { headers: admin })).json()) as {
      docs: { id: number; filename: string; mimeType: string }[]
    }
    const stem = (filename: string) => filename.replace(/\.[a-z]+$/, '')
    // An image other than the item's own.
    const image = images.find((candidate) => candidate.mimeType.startsWith('image/') && !new URL(before['og:image']).pathname.includes(stem(candidate.filename)))!
    const meta = { title: `Search title ${Date.now()}`, description: 'A description written for search results and shared links, in English only.', image: image.id }
    const saved = await fetch(`${base()}/api/news/${en.id}?locale=en`, { method: 'PATCH', headers: admin, body: JSON.stringify({ meta, _status: 'published' }) })
    expect(saved.status).toBe(200)
    const tags = await until(
      async () => headTags((await sitePage(en.origin, en.path)).html),
      (found) => found['og:title'] === meta.title,
      'the SEO title on the page',
    )
    expect(tags).toMatchObject({ title: expect.stringContaining(meta.title), description: meta.description, 'og:description': meta.description, 'twitter:title': meta.title })
    expect(new URL(tags['og:image']).pathname).toMatch(new RegExp(`^/api/media/file/${stem(image.filename)}`))
    // The Turkish page of the same item has no SEO text of its own: its own headline, not the English SEO title.
    const trTags = headTags((await sitePage(trPage.origin, trPage.path)).html)
    expect(trTags['og:title']).toBe(before['og:title'])
    expect(trTags.description).not.toBe(meta.description)
    expect(trTags['og:image']).toBe(before['og:image'])
    // Emptied again: the item's own headline comes back.
    expect(
      (await fetch(`${base()}/api/news/${en.id}?locale=en`, { method: 'PATCH', headers: admin, body: JSON.stringify({ meta: { title: '', description: '', image: null } }) }))
        .status,
    ).toBe(200)
    await until(
      async () => headTags((await sitePage(en.origin, en.path)).html)['og:title'],
      (title) => title !== meta.title,
      'the headline back',
    )
  })
})
