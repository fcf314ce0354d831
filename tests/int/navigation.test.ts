import type { Payload } from 'payload'

import { siteFooter, siteHome, siteNavigation } from '@/lib/content/menus'
import { loadSites } from '@/lib/sites/load'
import { seed } from '@/lib/seed'
import { createUser, startPayload } from '@/tests/helpers/payload'
import { urlMessage } from '@/lib/safeUrl'

let payload: Payload
/** A site with no menus of its own: it shows the Navigation and Footer globals. */
let plain: { id: number | string; offices: (number | string)[] }

beforeAll(async () => {
  payload = await startPayload()
  await seed(payload, { demo: false })
  const { docs } = await payload.find({ collection: 'countries', limit: 10, depth: 0 })
  const offices = docs.map((doc) => doc.id as number)
  const created = await payload.create({
    collection: 'sites',
    locale: 'en',
    data: { name: 'Plain', key: 'plain', url: 'http://plain.example', languages: ['en', 'tr'], defaultLanguage: 'en', offices },
  })
  plain = { id: created.id, offices }
})

afterAll(async () => {
  await payload?.destroy()
})

describe('navigation and footer (globals)', () => {
  it('gives the seeded sections in the reader’s language with that language’s URLs', async () => {
    const tr = await siteNavigation(plain, 'tr')
    expect(tr.map((section) => section.label)).toEqual(['Biz Kimiz', 'Çalışmalarımız', 'Haberler ve Açıklamalar', 'Veri ve Kaynaklar', 'Harekete Geçin', '2030 Gündemi'])
    const whoWeAre = tr[0]
    expect(whoWeAre.href).toBeUndefined()
    expect(whoWeAre.links).toEqual([
      { label: 'Ülke ofislerimiz', href: '/tr/ulkeler', external: false },
      { label: 'Türkiye', href: '/tr/ulkeler/turkiye', external: false },
      { label: 'Azerbaycan', href: '/tr/ulkeler/azerbaycan', external: false },
    ])
    expect(tr[1].href).toBe('/tr/programlar')
    const en = await siteNavigation(plain, 'en')
    expect(en[0].links[1]).toEqual({ label: 'Türkiye', href: '/en/countries/turkiye', external: false })
    expect(en[5].links[0]).toEqual({ label: 'The Sustainable Development Goals', href: 'https://sdgs.un.org/2030agenda', external: true })
  })

  it('drops a link to a document that is no longer published', async () => {
    const { docs } = await payload.find({ collection: 'programmes', where: { slug: { equals: 'migration-management' } }, limit: 1 })
    await payload.update({ collection: 'programmes', id: docs[0].id, data: { _status: 'draft' } })
    const labels = (await siteNavigation(plain, 'en'))[1].links.map((link) => link.label)
    expect(labels).toEqual(['Counter-trafficking'])
    await payload.update({ collection: 'programmes', id: docs[0].id, data: { _status: 'published' } })
    expect((await siteNavigation(plain, 'en'))[1].links).toHaveLength(2)
  })

  it('takes links to unpublished documents out of the globals for anyone but staff (REST, partners, the site)', async () => {
    const { docs } = await payload.find({ collection: 'programmes', where: { slug: { equals: 'migration-management' } }, limit: 1 })
    const draftId = docs[0].id
    await payload.update({ collection: 'programmes', id: draftId, data: { _status: 'draft' } })
    const linksTo = (global: unknown, id: unknown) => JSON.stringify(global).includes(`"relationTo":"programmes","value":${JSON.stringify(id)}`)
    // Staff see the link as stored.
    const staff = await createUser(payload, ['editor'])
    const forStaff = await payload.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: false, user: staff })
    expect(linksTo(forStaff, draftId)).toBe(true)
    // The public and partners, at any depth: neither the target nor the label of its link.
    const partner = await createUser(payload, ['partner'])
    for (const [user, depth] of [
      [undefined, 0],
      [undefined, 2],
      [partner, 0],
      [partner, 1],
    ] as const) {
      const read = await payload.findGlobal({ slug: 'navigation', depth, locale: 'all', overrideAccess: false, user })
      expect([user?.roles, depth, linksTo(read, draftId)]).toEqual([user?.roles, depth, false])
      expect(JSON.stringify(read)).not.toMatch(/Migration management|Göç yönetimi/)
      // The rest of the menu stays.
      expect(JSON.stringify(read)).toContain('Counter-trafficking')
    }
    await payload.update({ collection: 'programmes', id: draftId, data: { _status: 'published' } })
    expect(linksTo(await payload.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: false }), draftId)).toBe(true)
  })

  it('gives the footer columns and the localized note', async () => {
    const footer = await siteFooter(plain, 'tr')
    expect(footer.columns.map((column) => column.heading)).toEqual(['Ülke ofisleri', 'Haberlerimizi izleyin'])
    expect(footer.columns[1].links[0]).toEqual({ label: 'Haberler (RSS)', href: '/tr/haberler/rss', external: false })
    expect(footer.note).toMatch(/^Ajansın Türkiye ve Azerbaycan/)
  })

  it('refuses an outside link that is not a full https or mailto address, saying how to fix it', async () => {
    const error = await payload
      .updateGlobal({
        slug: 'footer',
        data: { columns: [{ heading: 'Links', links: [{ label: 'Bad', type: 'url', url: 'javascript:alert(1)' }] }] },
      })
      .then(
        () => null,
        (e: { data?: { errors?: { message: string }[] } }) => e,
      )
    expect(error?.data?.errors?.[0]?.message).toBe(urlMessage)
    expect((await siteFooter(plain, 'en')).columns).toHaveLength(2)
  })

  it('lets only admins change the navigation', async () => {
    // The first account of a database becomes an admin: create one before the editor.
    await createUser(payload, ['admin'])
    const editor = await createUser(payload, ['editor'])
    await expect(payload.updateGlobal({ slug: 'navigation', data: { sections: [] }, overrideAccess: false, user: editor })).rejects.toThrow(/not allowed/i)
  })

  it('gives each office’s site its own menus, in its languages, without the other office’s pages', async () => {
    const sites = await loadSites()
    const azerbaijan = sites.find((site) => site.key === 'azerbaijan') as { id: number | string; offices: (number | string)[] }
    const turkiye = sites.find((site) => site.key === 'turkiye') as { id: number | string; offices: (number | string)[] }
    const az = await siteNavigation(azerbaijan, 'az')
    expect(az[0]).toEqual({
      label: 'Biz kimik',
      // The section leads to the office's "Who we are" page (collections/Pages), at its Azerbaijani address.
      href: '/az/biz-kimik',
      links: [
        { label: 'Ölkə ofislərimiz', href: '/az/olkeler', external: false },
        { label: 'Azərbaycan', href: '/az/olkeler/azerbaycan', external: false },
      ],
    })
    const azLinks = az.flatMap((section) => section.links.map((link) => link.href))
    expect(azLinks).toContain('mailto:baku.office@kopru.example')
    expect(azLinks.filter((href) => /turkiye|ankara|migration-management|goc-yonetimi/.test(href))).toEqual([])
    const trLinks = (await siteNavigation(turkiye, 'tr')).flatMap((section) => section.links.map((link) => link.href))
    expect(trLinks).toContain('/tr/ulkeler/turkiye')
    expect(trLinks.filter((href) => /azerbaycan|baku/.test(href))).toEqual([])
    const footer = await siteFooter(azerbaijan, 'az')
    expect(footer.note).toMatch(/^Təşkilatın Azərbaycandakı ölkə ofisi/)
    expect(footer.columns[0].links).toEqual([{ label: 'Azərbaycan (Bakı)', href: '/az/olkeler/azerbaycan', external: false }])
  })

  it('gives each site its home page settings: its own introduction per language, and the sections it leaves out', async () => {
    const sites = await loadSites()
    const azerbaijan = sites.find((site) => site.key === 'azerbaijan')!
    const turkiye = sites.find((site) => site.key === 'turkiye')!
    expect(await siteHome(azerbaijan, 'az')).toEqual({
      intro: expect.stringMatching(/^Təşkilatın Bakıdakı ofisi/),
      news: 6,
      statements: 4,
      facts: true,
      programmes: true,
      offices: true,
    })
    expect((await siteHome(turkiye, 'tr')).intro).toMatch(/^Ajansın Türkiye ofisi/)
    // Not one of the site's languages, so never written: no introduction, not another language's.
    expect((await siteHome(azerbaijan, 'tr')).intro).toBeNull()
    const refused = await payload.update({ collection: 'sites', id: azerbaijan.id, data: { home: { news: 40 } } as never, overrideAccess: true }).then(
      () => 'saved',
      (error: { data?: { errors?: { path: string }[] } }) => error.data?.errors?.map((e) => e.path).join(),
    )
    expect(refused).toBe('home.news')
    await payload.update({ collection: 'sites', id: azerbaijan.id, locale: 'en', data: { home: { statements: 0, offices: false } } as never, overrideAccess: true })
    expect(await siteHome(azerbaijan, 'az')).toEqual({
      intro: expect.stringMatching(/^Təşkilatın Bakıdakı ofisi/),
      news: 6,
      statements: 0,
      facts: true,
      programmes: true,
      offices: false,
    })
    // The other site's settings are its own.
    expect(await siteHome(turkiye, 'en')).toMatchObject({ statements: 4, offices: true })
  })
})
