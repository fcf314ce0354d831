/**
 * The records a rename leaves (lib/redirects/plugin.ts) and where they lead
 * (lib/content/redirects.ts), through the local API: per language, one hop after two renames,
 * a drafted rename recording nothing until published, an address taken over by a newer record.
 */
import type { Payload } from 'payload'

import { redirectFor } from '@/lib/content/redirects'
import { guardedRest, officesWithStaff, startPayload, type Staff } from '@/tests/helpers/payload'

let payload: Payload
let offices: Record<'TR' | 'AZ', number>
let users: Record<'admin' | 'editorTR', Staff>
let siteId: number | string
let otherSiteId: number | string
const site = () => ({ id: siteId, key: 'redirects-test', offices: [offices.TR], languages: ['en', 'tr'] as ('en' | 'tr')[], defaultLanguage: 'en' as const })
const otherSite = () => ({ id: otherSiteId, key: 'redirects-test-az', offices: [offices.AZ], languages: ['en', 'tr'] as ('en' | 'tr')[], defaultLanguage: 'en' as const })

beforeAll(async () => {
  payload = await startPayload()
  ;({ offices, users } = await officesWithStaff(payload, ['admin', 'editorTR'] as const))
  const created = await payload.create({
    collection: 'sites',
    overrideAccess: true,
    data: { key: 'redirects-test', url: 'http://redirects-test.localhost', languages: ['en', 'tr'], defaultLanguage: 'en', offices: [offices.TR], name: 'Redirects test' } as never,
  })
  siteId = created.id
  const other = await payload.create({
    collection: 'sites',
    overrideAccess: true,
    data: {
      key: 'redirects-test-az',
      url: 'http://redirects-test-az.localhost',
      languages: ['en', 'tr'],
      defaultLanguage: 'en',
      offices: [offices.AZ],
      name: 'Redirects test AZ',
    } as never,
  })
  otherSiteId = other.id
})

afterAll(async () => {
  await payload?.destroy()
})

const records = async () =>
  (
    (await payload.find({ collection: 'redirects' as never, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs as unknown as {
      from: string
      locale: string
      origin: string
    }[]
  ).map(({ from, locale, origin }) => `${origin} ${locale} ${from}`)

describe('redirects left by renames of pages', () => {
  const page = (data: Record<string, unknown>, locale: 'en' | 'tr' = 'en') =>
    payload.create({ collection: 'pages', locale, data: { _status: 'published', site: siteId, country: offices.TR, ...data } as never })

  it('sends a renamed page’s old address, in each language, to its new one, and its subpages’ old addresses under the new one', async () => {
    const parent = await page({ title: 'Who we are', slug: 'who-we-are' })
    await payload.update({ collection: 'pages', id: parent.id, locale: 'tr', data: { title: 'Biz kimiz', slug: 'biz-kimiz', _status: 'published' } as never })
    const child = await page({ title: 'History', slug: 'history', parent: parent.id })
    await payload.update({ collection: 'pages', id: child.id, locale: 'tr', data: { title: 'Tarihçe', slug: 'tarihce', _status: 'published' } as never })

    await payload.update({ collection: 'pages', id: parent.id, locale: 'en', data: { slug: 'about-us', _status: 'published' } as never })
    await payload.update({ collection: 'pages', id: parent.id, locale: 'tr', data: { slug: 'hakkimizda', _status: 'published' } as never })
    expect((await records()).filter((record) => record.includes('who-we-are') || record.includes('biz-kimiz')).sort()).toEqual(['slug en /en/who-we-are', 'slug tr /tr/biz-kimiz'])
    expect(await redirectFor(site(), 'en', '/en/who-we-are')).toBe('/en/about-us')
    expect(await redirectFor(site(), 'tr', '/tr/biz-kimiz')).toBe('/tr/hakkimizda')
    // The subpage was not saved again: its old address leads under its parent's new one.
    expect(await redirectFor(site(), 'tr', '/tr/biz-kimiz/tarihce')).toBe('/tr/hakkimizda/tarihce')
    expect(await redirectFor(site(), 'en', '/en/who-we-are/history')).toBe('/en/about-us/history')
    // A subpage renamed itself: one hop to where it is now.
    await payload.update({ collection: 'pages', id: child.id, locale: 'en', data: { slug: 'our-history', _status: 'published' } as never })
    expect(await redirectFor(site(), 'en', '/en/about-us/history')).toBe('/en/about-us/our-history')
    // Not on another site.
    expect(await redirectFor({ ...site(), id: -1 }, 'en', '/en/who-we-are')).toBeNull()
    // Another site with a page at the same address renames it too: each site's old address leads to its own page.
    const azPage = await payload.create({
      collection: 'pages',
      locale: 'en',
      data: { _status: 'published', title: 'Who we are', slug: 'who-we-are', site: otherSiteId, country: offices.AZ } as never,
    })
    await payload.update({ collection: 'pages', id: azPage.id, locale: 'en', data: { slug: 'about-baku', _status: 'published' } as never })
    expect(await redirectFor(site(), 'en', '/en/who-we-are')).toBe('/en/about-us')
    expect(await redirectFor(otherSite(), 'en', '/en/who-we-are')).toBe('/en/about-baku')
    expect((await records()).filter((record) => record.endsWith(' /en/who-we-are')).length).toBe(2)
    await payload.delete({ collection: 'pages', id: azPage.id })
    // Its own records and pages go, so the tests below start from none.
    await payload.delete({ collection: 'pages', id: child.id })
    await payload.delete({ collection: 'pages', id: parent.id })
    await payload.delete({ collection: 'redirects' as never, where: { origin: { equals: 'slug' } }, overrideAccess: true })
  })
})

describe('redirects left by renames', () => {
  it('records the old address per language, sends both old addresses to the newest, and waits for a drafted rename to be published', async () => {
    const doc = await payload.create({
      collection: 'news',
      locale: 'en',
      data: { title: 'First title', slug: 'first-title', country: offices.TR, publishedDate: '2026-11-30T09:00:00.000Z', _status: 'published' } as never,
    })
    await payload.update({ collection: 'news', id: doc.id, locale: 'tr', data: { title: 'İlk başlık', slug: 'ilk-baslik', _status: 'published' } as never })
    expect(await records()).toEqual([])

    await payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { slug: 'second-title', _status: 'published' } as never })
    expect(await records()).toEqual(['slug en /en/news/first-title'])
    expect(await redirectFor(site(), 'en', '/en/news/first-title')).toBe('/en/news/second-title')

    // A rename saved as a draft changes no public address: nothing yet.
    await payload.update({ collection: 'news', id: doc.id, locale: 'en', draft: true, data: { slug: 'third-title', _status: 'draft' } as never })
    expect(await records()).toEqual(['slug en /en/news/first-title'])
    await payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { _status: 'published' } as never })
    expect((await records()).sort()).toEqual(['slug en /en/news/first-title', 'slug en /en/news/second-title'])
    expect(await redirectFor(site(), 'en', '/en/news/first-title')).toBe('/en/news/third-title')
    expect(await redirectFor(site(), 'en', '/en/news/second-title')).toBe('/en/news/third-title')
    // Turkish readers of an old English address get the Turkish page.
    expect(await redirectFor(site(), 'tr', '/en/news/first-title')).toBe('/tr/haberler/ilk-baslik')
    // Another office's site does not redirect to it.
    expect(await redirectFor({ ...site(), offices: [offices.AZ] }, 'en', '/en/news/first-title')).toBeNull()
    await payload.delete({ collection: 'news', id: doc.id })
    expect(await redirectFor(site(), 'en', '/en/news/first-title')).toBeNull()
  })
})

describe('redirects kept by hand', () => {
  it('keeps one record per address and site, refuses an unknown site key, and answers a site’s own record before the one for every site', async () => {
    const manual = (from: string, url: string, siteKey?: string) =>
      payload.create({ collection: 'redirects' as never, data: { from, to: { type: 'custom', url }, ...(siteKey ? { site: siteKey } : {}) } as never, overrideAccess: true })
    await manual('/en/old-campaign', '/en/news')
    await expect(manual('/en/old-campaign/', '/en/programmes')).rejects.toThrow(/already a redirect from \/en\/old-campaign/)
    await manual('/en/old-campaign', '/en/programmes', 'redirects-test')
    await expect(manual('/en/old-campaign', '/en/statements', 'no-such-site')).rejects.toThrow(/No site has the key no-such-site/)
    expect(await redirectFor(site(), 'en', '/en/old-campaign')).toBe('/en/programmes')
    expect(await redirectFor(otherSite(), 'en', '/en/old-campaign')).toBe('/en/news')
    await payload.delete({ collection: 'redirects' as never, where: { from: { equals: '/en/old-campaign' } }, overrideAccess: true })
  })
})

describe('redirects imported from a CSV file (POST /api/redirects/import)', () => {
  const post = async (token: string, body: unknown) => {
    const { POST } = await guardedRest()
    const response = await POST(
      new Request('http://localhost:3000/api/redirects/import', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ slug: ['redirects', 'import'] }) },
    )
    return { status: response.status, json: (await response.json()) as { created?: number; errors?: { line?: number; message: string }[] } }
  }

  it('creates each good row and reports each refused one by its line; admins only; a file it cannot read is a 400 saying what to send', async () => {
    const csv = [
      '\ufeffFrom,To,Site',
      '/en/who-we-are-old,/en/who-we-are,redirects-test',
      '"/en/campaign, 2019",https://example.org/campaign,',
      '/en/who-we-are-old,/en/programmes,redirects-test',
      '/en/loop,/en/loop,',
      '/en/elsewhere,/en/news,no-such-site',
      ',/en/news,',
    ].join('\r\n')
    const { status, json } = await post(users.admin.token, { csv })
    expect(status).toBe(200)
    expect(json.created).toBe(2)
    expect(json.errors?.map((error) => error.line)).toEqual([4, 5, 6, 7])
    expect(json.errors?.[0].message).toMatch(/already a redirect from \/en\/who-we-are-old/)
    expect(json.errors?.[1].message).toMatch(/lead to itself/)
    expect(json.errors?.[2].message).toMatch(/No site has the key no-such-site/)
    expect(await redirectFor(site(), 'en', '/en/who-we-are-old')).toBe('/en/who-we-are')
    expect(await redirectFor(otherSite(), 'en', '/en/who-we-are-old')).toBeNull()
    expect(await redirectFor(site(), 'en', '/en/campaign%2C%202019')).toBe('https://example.org/campaign')

    expect((await post(users.editorTR.token, { csv })).status).toBe(403)
    const unreadable = await post(users.admin.token, { csv: 'from,to\n"/en/a,/en/b' })
    expect([unreadable.status, unreadable.json.errors?.[0].message]).toEqual([400, expect.stringMatching(/first row is from,to,site/)])
    expect((await post(users.admin.token, { file: 'x' })).status).toBe(400)
    await payload.delete({ collection: 'redirects' as never, where: { origin: { equals: 'manual' } }, overrideAccess: true })
  })
})
