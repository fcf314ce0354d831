import type { Payload } from 'payload'

import { changesIdle } from '@/lib/sync/changes'
import { immediateRunsIdle } from '@/lib/sync/webhooks'
import { loadBlocks } from '@/lib/content/blocks'
import { breadcrumbs, loadHomePage, loadSitePage, pagePath, pageTree, type SitePage } from '@/lib/content/pages'
import { seed } from '@/lib/seed'
import { loadSites } from '@/lib/sites/load'
import type { Site } from '@/lib/sites/directory'
import { startPayload } from '@/tests/helpers/payload'
import { validationMessages } from '@/tests/helpers/errors'

let payload: Payload
let turkiye: Site
let azerbaijan: Site
let editorTR: Record<string, unknown> & { id: number | string }
let contributorTR: Record<string, unknown> & { id: number | string }
let translator: Record<string, unknown> & { id: number | string }
let editorAZ: Record<string, unknown> & { id: number | string }

const t = (key: string) => key

const asUser = async (email: string) => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, overrideAccess: true })
  return { ...docs[0], collection: 'users' as const } as unknown as Record<string, unknown> & { id: number | string }
}

/** The refusal a write ends with (its message, in English). */
const refusalOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the write to be refused')
}

beforeAll(async () => {
  payload = await startPayload()
  await seed(payload, { demo: true })
  const sites = await loadSites()
  turkiye = sites.find((site) => site.key === 'turkiye') as Site
  azerbaijan = sites.find((site) => site.key === 'azerbaijan') as Site
  editorTR = await asUser('editor.tr@kopru.example')
  editorAZ = await asUser('editor.az@kopru.example')
  contributorTR = await asUser('contributor@kopru.example')
  translator = await asUser('translator@kopru.example')
})

afterAll(async () => {
  await changesIdle()
  await immediateRunsIdle()
  await payload?.destroy()
})

describe('pages: addresses from the site’s page tree', () => {
  it('nests a page under its parent, with a slug per language: /en/who-we-are/history, /tr/biz-kimiz/tarihce', async () => {
    const en = (await loadSitePage(turkiye, ['who-we-are', 'history'], 'en')) as SitePage
    const tr = (await loadSitePage(turkiye, ['biz-kimiz', 'tarihce'], 'tr')) as SitePage
    expect([en.doc.title, tr.doc.title]).toEqual(['Our history', 'Tarihçemiz'])
    expect(en.alternates).toEqual({ en: '/en/who-we-are/history', tr: '/tr/biz-kimiz/tarihce' })
    expect(en.translatedIn).toEqual(['en', 'tr'])
    expect(breadcrumbs(tr.tree, String(tr.doc.id), 'tr', 'Ana sayfa')).toEqual([
      { href: '/tr', label: 'Ana sayfa' },
      { href: '/tr/biz-kimiz', label: 'Biz kimiz' },
      { href: '/tr/biz-kimiz/tarihce', label: 'Tarihçemiz' },
    ])
  })

  it('sends the English address under /tr/ to the Turkish one, and knows no address of another site', async () => {
    expect(await loadSitePage(turkiye, ['who-we-are', 'history'], 'tr')).toEqual({ moved: '/tr/biz-kimiz/tarihce' })
    expect(await loadSitePage(turkiye, ['biz-kimik'], 'en')).toBeNull()
    expect(await loadSitePage(azerbaijan, ['biz-kimiz'], 'en')).toBeNull()
    expect(((await loadSitePage(azerbaijan, ['biz-kimik'], 'az')) as SitePage).doc.title).toBe('Biz kimik')
  })

  it('resolves every kind of block of the seeded page, in the page’s language', async () => {
    const page = (await loadSitePage(turkiye, ['biz-kimiz'], 'tr')) as SitePage
    const blocks = await loadBlocks(page.doc.layout, {
      site: turkiye,
      locale: 'tr',
      tree: page.tree,
      office: turkiye.offices[0],
      inAllLocales: page.inAllLocales,
      preview: false,
      t,
    })
    expect(blocks.map((block) => block.blockType)).toEqual([
      'hero',
      'richText',
      'image',
      'callToAction',
      'factsBand',
      'latestItems',
      'cards',
      'accordion',
      'downloads',
      'officeContact',
    ])
    const byType = Object.fromEntries(blocks.map((block) => [block.blockType, block])) as Record<string, Record<string, unknown>>
    expect((byType.hero.links as { href: string }[]).map((link) => link.href)).toEqual(['/tr/haberler', '/tr/programlar'])
    expect(byType.cards.cards).toEqual(expect.arrayContaining([expect.objectContaining({ href: '/tr/biz-kimiz/tarihce', title: 'Tarihçemiz' })]))
    expect((byType.downloads.files as { mimeType: string; bytes: number }[])[0]).toEqual(expect.objectContaining({ mimeType: 'application/pdf', bytes: expect.any(Number) }))
    expect(byType.officeContact).toEqual(expect.objectContaining({ name: 'Türkiye', email: 'ankara.office@kopru.example' }))
    // No block falls back: the Turkish page is translated throughout.
    expect(blocks.filter((block) => 'lang' in block && block.lang)).toEqual([])
  })

  it('makes the images and files a published page uses public (an anonymous reader fetches them)', async () => {
    const page = (await loadSitePage(turkiye, ['who-we-are'], 'en')) as SitePage
    const { docs } = await payload.find({ collection: 'media', where: { filename: { equals: 'turkiye-office-at-a-glance.pdf' } }, depth: 0, overrideAccess: false })
    expect(docs).toHaveLength(1)
    expect(page.doc.layout?.length).toBe(10)
  })
})

describe('pages: the office rules and the tree’s rules on every save', () => {
  const draft = (data: Record<string, unknown>, user: Record<string, unknown>) =>
    payload.create({
      collection: 'pages',
      locale: 'en',
      draft: true,
      data: { _status: 'draft', site: turkiye.id, country: turkiye.offices[0], ...data } as never,
      user,
      overrideAccess: false,
    })

  it('lets a contributor draft a page and not publish it; an editor of the office publishes it', async () => {
    const page = await draft({ title: 'Calls for expression of interest' }, contributorTR)
    expect(page.slug).toBe('calls-for-expression-of-interest')
    expect(await refusalOf(payload.update({ collection: 'pages', id: page.id, data: { _status: 'published' }, user: contributorTR, overrideAccess: false }))).toMatch(
      /Only an editor/,
    )
    const published = await payload.update({ collection: 'pages', id: page.id, data: { _status: 'published' }, user: editorTR, overrideAccess: false })
    expect(published._status).toBe('published')
    expect(pagePath(await pageTree(turkiye), page.id, 'en')).toBe('/en/calls-for-expression-of-interest')
  })

  it('refuses a page of another office, and a page on a site that does not show its office', async () => {
    await expect(draft({ title: 'Not ours' }, editorAZ)).rejects.toThrow()
    const elsewhere = await refusalOf(
      payload.create({ collection: 'pages', data: { title: 'Wrong site', site: azerbaijan.id, country: turkiye.offices[0] } as never, user: editorTR, overrideAccess: false }),
    )
    expect(elsewhere).toMatch(/belongs to a site that shows its office’s content/)
  })

  it('refuses a parent on another site, itself, a loop, too deep a tree, and publishing under a draft parent', async () => {
    const azPage = await payload.create({ collection: 'pages', data: { title: 'AZ page', site: azerbaijan.id, country: azerbaijan.offices[0], _status: 'published' } as never })
    expect(await refusalOf(draft({ title: 'Misplaced', parent: azPage.id }, editorTR))).toMatch(/parent page must be another page of the same site/)
    const a = await draft({ title: 'Level one' }, editorTR)
    const b = await draft({ title: 'Level two', parent: a.id }, editorTR)
    const c = await draft({ title: 'Level three', parent: b.id }, editorTR)
    const d = await draft({ title: 'Level four', parent: c.id }, editorTR)
    expect(await refusalOf(draft({ title: 'Level five', parent: d.id }, editorTR))).toMatch(/at most 4 levels/)
    expect(await refusalOf(payload.update({ collection: 'pages', id: a.id, draft: true, data: { parent: c.id }, user: editorTR, overrideAccess: false }))).toMatch(
      /not this page or one of its own subpages/,
    )
    expect(await refusalOf(payload.update({ collection: 'pages', id: a.id, draft: true, data: { parent: a.id }, user: editorTR, overrideAccess: false }))).toMatch(
      /not this page or one of its own subpages/,
    )
    expect(await refusalOf(payload.update({ collection: 'pages', id: b.id, data: { _status: 'published' }, user: editorTR, overrideAccess: false }))).toMatch(
      /Publish the parent page first/,
    )
    // A page with subpages is not deleted from under them; without, it is.
    expect(await refusalOf(payload.delete({ collection: 'pages', id: c.id, user: editorTR, overrideAccess: false }))).toMatch(/has subpages/)
    await payload.delete({ collection: 'pages', id: d.id, user: editorTR, overrideAccess: false })
    await payload.delete({ collection: 'pages', id: c.id, user: editorTR, overrideAccess: false })
  })

  // Slugs are checked when a page is published (Payload validates no draft save; a draft has no public address).
  const publish = (data: Record<string, unknown>, user: Record<string, unknown>) =>
    payload.create({
      collection: 'pages',
      locale: 'en',
      data: { _status: 'published', site: turkiye.id, country: turkiye.offices[0], ...data } as never,
      user,
      overrideAccess: false,
    })

  it('refuses a top-level slug that is one of the site’s lists in any language, and allows it below a parent', async () => {
    expect(await validationMessages(publish({ title: 'Haberler' }, editorTR))).toEqual([expect.stringMatching(/^slug: The address \/haberler is one of the site’s own/)])
    expect(await validationMessages(publish({ title: 'X', slug: 'news' }, editorTR))).toEqual([expect.stringMatching(/^slug: The address \/news/)])
    const parent = await publish({ title: 'Media centre' }, editorTR)
    expect((await publish({ title: 'News', parent: parent.id }, editorTR)).slug).toBe('news')
  })

  it('lets the same slug live on two sites and under two parents, but not twice among siblings', async () => {
    const tr = await publish({ title: 'Work with us' }, editorTR)
    const az = await payload.create({
      collection: 'pages',
      locale: 'en',
      data: { _status: 'published', title: 'Work with us', site: azerbaijan.id, country: azerbaijan.offices[0] } as never,
      user: editorAZ,
      overrideAccess: false,
    })
    expect([tr.slug, az.slug]).toEqual(['work-with-us', 'work-with-us'])
    expect(await validationMessages(publish({ title: 'Work with us' }, editorTR))).toEqual([expect.stringMatching(/^slug: The slug "work-with-us" is already used/)])
    const under = await publish({ title: 'Calls', slug: 'work-with-us-calls' }, editorTR)
    expect((await publish({ title: 'Work with us', parent: under.id }, editorTR)).slug).toBe('work-with-us')
  })

  it('lets a translator write the Turkish texts of the blocks, not the English ones or the blocks themselves', async () => {
    const page = (await loadSitePage(turkiye, ['who-we-are', 'history'], 'en')) as SitePage
    const stored = await payload.findByID({ collection: 'pages', id: page.doc.id, locale: 'tr', depth: 0, overrideAccess: true })
    expect(
      await refusalOf(payload.update({ collection: 'pages', id: page.doc.id, locale: 'en', draft: true, data: { title: 'Changed' }, user: translator, overrideAccess: false })),
    ).toMatch(/Translators edit the translations only/)
    const saved = await payload.update({
      collection: 'pages',
      id: page.doc.id,
      locale: 'tr',
      draft: true,
      data: { title: 'Tarihçemiz (taslak)', layout: stored.layout },
      user: translator,
      overrideAccess: false,
    })
    expect(saved.title).toBe('Tarihçemiz (taslak)')
    expect(
      await refusalOf(payload.update({ collection: 'pages', id: page.doc.id, locale: 'tr', draft: true, data: { layout: [] }, user: translator, overrideAccess: false })),
    ).toMatch(/shared by every language/)
  })

  it('gives a published subpage of an unpublished page no address (it does not become a top-level page)', async () => {
    const parent = await publish({ title: 'Programmes overview', slug: 'programmes-overview' }, editorTR)
    const child = await publish({ title: 'Partners', slug: 'partners', parent: parent.id }, editorTR)
    expect(pagePath(await pageTree(turkiye), child.id, 'en')).toBe('/en/programmes-overview/partners')
    await payload.update({ collection: 'pages', id: parent.id, data: { _status: 'draft' }, user: editorTR, overrideAccess: false })
    const tree = await pageTree(turkiye)
    expect([tree.has(String(child.id)), pagePath(tree, child.id, 'en')]).toEqual([true, undefined])
    expect(await loadSitePage(turkiye, ['partners'], 'en')).toBeNull()
  })

  it('refuses a parent of another office, a loop through published versions, and moving a page with subpages to another site', async () => {
    const azParentOnTr = await payload.create({ collection: 'pages', data: { title: 'Shared', site: turkiye.id, country: turkiye.offices[0], _status: 'published' } as never })
    // An AZ page on the TR site is impossible (the site does not show AZ), so the office check is seen with an admin-made page of TR under which an AZ editor may not nest.
    expect(await refusalOf(draft({ title: 'Nested elsewhere', parent: azParentOnTr.id, country: azerbaijan.offices[0], site: azerbaijan.id }, editorAZ))).toMatch(
      /same site and office/,
    )
    // Published A under B, then B's draft without a parent, then publishing B under A: refused (the published chain loops).
    const a = await publish({ title: 'Loop A', slug: 'loop-a' }, editorTR)
    const b = await publish({ title: 'Loop B', slug: 'loop-b', parent: a.id }, editorTR)
    await payload.update({ collection: 'pages', id: b.id, draft: true, data: { parent: null, _status: 'draft' }, user: editorTR, overrideAccess: false })
    expect(await refusalOf(payload.update({ collection: 'pages', id: a.id, data: { parent: b.id, _status: 'published' }, user: editorTR, overrideAccess: false }))).toMatch(
      /not this page or one of its own subpages/,
    )
    expect(await refusalOf(payload.update({ collection: 'pages', id: a.id, data: { site: azerbaijan.id } as never, overrideAccess: true }))).toMatch(/has subpages/)
  })

  it('takes a call to action’s link to an unpublished document out of what the public reads over REST', async () => {
    const draftNews = await payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Secret plan', country: turkiye.offices[0], publishedDate: '2026-12-01T09:00:00.000Z', _status: 'draft' } as never,
    })
    const page = await publish(
      {
        title: 'With a button',
        slug: 'with-a-button',
        layout: [{ blockType: 'callToAction', heading: 'Read it', link: { label: 'The secret plan', type: 'document', document: { relationTo: 'news', value: draftNews.id } } }],
      },
      editorTR,
    )
    const { docs } = await payload.find({ collection: 'pages', where: { id: { equals: page.id } }, depth: 0, overrideAccess: false })
    const link = (docs[0].layout?.[0] as { link?: { document?: unknown; type?: string } }).link
    expect([link?.document ?? null, link?.type]).toEqual([null, 'none'])
    const staff = await payload.find({ collection: 'pages', where: { id: { equals: page.id } }, depth: 0, overrideAccess: false, user: editorTR })
    expect(((staff.docs[0].layout?.[0] as { link?: { document?: { value?: unknown } } }).link?.document as { value?: unknown })?.value).toBe(draftNews.id)
  })
})

describe('pages: the site’s home page of blocks', () => {
  const seededHome = async (site: Site) => (await loadHomePage(site, 'en')) as SitePage
  /** A draft page of the Türkiye site marked as its home, written as `user`. */
  const homeDraft = (title: string, slug: string, user: Record<string, unknown>) =>
    payload.create({
      collection: 'pages',
      draft: true,
      data: { title, slug, site: turkiye.id, country: turkiye.offices[0], home: true, _status: 'draft' } as never,
      user,
      overrideAccess: false,
    })

  it('serves the seeded home page at the site’s home in each language, and sends its own address there', async () => {
    const tr = (await loadHomePage(turkiye, 'tr')) as SitePage
    expect(tr.doc.title).toBe('Türkiye’de Ajans')
    expect(tr.alternates).toEqual({ en: '/en', tr: '/tr' })
    expect(tr.doc.layout?.map((block) => block.blockType)).toEqual(['hero', 'latestItems', 'factsBand', 'latestItems', 'latestItems', 'cards'])
    expect(pagePath(tr.tree, tr.doc.id, 'en')).toBe('/en')
    expect(await loadSitePage(turkiye, ['ana-sayfa'], 'tr')).toEqual({ moved: '/tr' })
    expect(await loadSitePage(turkiye, ['home'], 'en')).toEqual({ moved: '/en' })
    // Not a step of the trail: the home is its first crumb already.
    expect(breadcrumbs(tr.tree, String(tr.doc.id), 'tr', 'Ana sayfa')).toEqual([{ href: '/tr', label: 'Ana sayfa' }])
    expect(((await loadHomePage(azerbaijan, 'az')) as SitePage).doc.title).toBe('Azərbaycanda təşkilat')
  })

  it('lets only admins and global editors mark a home page: an office editor’s mark is dropped, and a duplicate is never the home', async () => {
    const mine = await homeDraft('Our own home', 'our-own-home', editorTR)
    expect(mine.home).toBe(false)
    const marked = await payload.update({ collection: 'pages', id: mine.id, draft: true, data: { home: true, _status: 'draft' }, user: editorTR, overrideAccess: false })
    expect(marked.home).toBe(false)
    const home = await seededHome(turkiye)
    const copy = await payload.duplicate({ collection: 'pages', id: home.doc.id, draft: true, overrideAccess: true })
    expect([copy.home, copy.slug]).toEqual([false, 'home-copy'])
    expect((await seededHome(turkiye)).doc.id).toBe(home.doc.id)
    // The copy takes no address from the original, which still saves (it held "home" before the fix).
    const again = await payload.duplicate({ collection: 'pages', id: home.doc.id, draft: true, overrideAccess: true })
    expect(again.slug).toBe('home-copy-2')
    await payload.update({ collection: 'pages', id: home.doc.id, data: { _status: 'published' }, overrideAccess: true })
  })

  it('refuses a second published home and a home under a parent; the mark moves in two publishes, and no home shows the site’s sections', async () => {
    const admin = await asUser('admin@kopru.example')
    const first = await seededHome(turkiye)
    const about = (await loadSitePage(turkiye, ['who-we-are'], 'en')) as SitePage
    const next = await homeDraft('New home', 'new-home', admin)
    expect(next.home).toBe(true)
    expect(await refusalOf(payload.update({ collection: 'pages', id: next.id, data: { _status: 'published' }, user: admin, overrideAccess: false }))).toMatch(
      /“The agency in Türkiye” is this site’s home page/,
    )
    expect(
      await refusalOf(payload.update({ collection: 'pages', id: next.id, draft: true, data: { parent: about.doc.id, _status: 'draft' }, user: admin, overrideAccess: false })),
    ).toMatch(/home page is a top-level page/)
    // Nor by marking a published page without naming a status (the update publishes it again).
    expect(await refusalOf(payload.update({ collection: 'pages', id: about.doc.id, data: { home: true }, user: admin, overrideAccess: false }))).toMatch(
      /“The agency in Türkiye” is this site’s home page/,
    )
    // The first gives the mark up: the site shows its sections until the next is published.
    await payload.update({ collection: 'pages', id: first.doc.id, data: { home: false, _status: 'published' }, user: admin, overrideAccess: false })
    expect(await loadHomePage(turkiye, 'en')).toBeNull()
    expect(pagePath(await pageTree(turkiye), first.doc.id, 'en')).toBe('/en/home')
    await payload.update({ collection: 'pages', id: next.id, data: { _status: 'published' }, user: admin, overrideAccess: false })
    expect((await seededHome(turkiye)).doc.title).toBe('New home')
    expect((await seededHome(azerbaijan)).doc.title).toBe('The agency in Azerbaijan')
    // Back as seeded, for the tests after this one.
    await payload.update({ collection: 'pages', id: next.id, data: { home: false, _status: 'published' }, user: admin, overrideAccess: false })
    await payload.update({ collection: 'pages', id: first.doc.id, data: { home: true, _status: 'published' }, user: admin, overrideAccess: false })
    expect((await seededHome(turkiye)).doc.id).toBe(first.doc.id)
  })
})
