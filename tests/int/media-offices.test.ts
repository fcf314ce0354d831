/**
 * Media follow the documents that use them (issue 14, finding 3). Media have no office and no
 * drafts: a file's office is that of the documents using it (published or latest draft, upload
 * fields and images in rich text, every language). Replacing a file, changing its alt text or
 * credit, or deleting it:
 * - a public file (a published document or a country page shows it): admins, and editors of the
 *   offices of every document that uses it;
 * - a private file (only drafts use it, or nothing yet): also contributors of those offices, and
 *   translators for the alt text of a non-default language;
 * - deleting: editors and admins only, under the same office rule.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'

import { paragraphs } from '@/lib/richtext'
import { officesWithStaff, startPayload, type Staff } from '@/tests/helpers/payload'

let payload: Payload
let offices: Record<'TR' | 'AZ', number>
let users: Record<'admin' | 'editorTR' | 'editorAZ' | 'contributorTR' | 'translatorTR', Staff>

const png = (background: string) =>
  sharp({ create: { width: 8, height: 8, channels: 3, background } })
    .png()
    .toBuffer()
let serial = 0
async function upload(alt = 'An image') {
  const data = await png(`#${(++serial * 1234567).toString(16).padStart(6, '0').slice(-6)}`)
  return payload.create({ collection: 'media', data: { alt }, file: { data, mimetype: 'image/png', name: `image-${serial}.png`, size: data.length }, overrideAccess: true })
}

/** Whether `user` may do it: a refusal is a clear 4xx, never a 500. */
async function allowed(action: () => Promise<unknown>): Promise<boolean> {
  try {
    const result = (await action()) as { errors?: unknown[]; docs?: unknown[] } | null
    if (result && Array.isArray(result.errors) && result.errors.length > 0) return false
    return true
  } catch (error) {
    const status = (error as { status?: number }).status ?? 500
    expect([String(error), status >= 400 && status < 500]).toEqual([String(error), true])
    return false
  }
}

const as = (user: Staff, locale: 'en' | 'tr' = 'en') => ({ overrideAccess: false, user, locale }) as const
const altOf = async (id: number | string, locale: 'en' | 'tr') =>
  (await payload.findByID({ collection: 'media', id, locale, fallbackLocale: false, overrideAccess: true })).alt ?? null
const replace = async (id: number | string, user: Staff) => {
  const data = await png('#ff0000')
  return payload.update({ collection: 'media', id, data: {}, file: { data, mimetype: 'image/png', name: 'replacement.png', size: data.length }, ...as(user) })
}

beforeAll(async () => {
  payload = await startPayload()
  ;({ offices, users } = await officesWithStaff(payload, ['admin', 'editorTR', 'editorAZ', 'contributorTR', 'translatorTR'] as const))
})

afterAll(async () => {
  await payload?.destroy()
})

describe('media follow the documents that use them', () => {
  it('keeps a published article’s hero image from contributors, translators and the other office’s editors', async () => {
    const hero = await upload('Volunteers unloading a lorry')
    await payload.create({
      collection: 'news',
      data: { title: 'Aid reaches Hatay', country: offices.TR, publishedDate: '2024-01-01T12:00:00.000Z', hero: { image: hero.id }, _status: 'published' },
      overrideAccess: true,
    })
    expect((await payload.findByID({ collection: 'media', id: hero.id, overrideAccess: true })).public).toBe(true)

    expect(await allowed(() => replace(hero.id, users.contributorTR))).toBe(false)
    expect(await allowed(() => payload.update({ collection: 'media', id: hero.id, data: { alt: 'Changed by a contributor' }, ...as(users.contributorTR) }))).toBe(false)
    expect(await allowed(() => payload.update({ collection: 'media', id: hero.id, data: { alt: 'Changed by a translator' }, ...as(users.translatorTR) }))).toBe(false)
    expect(await allowed(() => payload.update({ collection: 'media', id: hero.id, data: { alt: 'Gönüllüler' }, ...as(users.translatorTR, 'tr') }))).toBe(false)
    expect(await allowed(() => payload.update({ collection: 'media', id: hero.id, data: { alt: 'Changed by Baku' }, ...as(users.editorAZ) }))).toBe(false)
    expect(await allowed(() => payload.delete({ collection: 'media', id: hero.id, ...as(users.editorAZ) }))).toBe(false)
    expect(await allowed(() => payload.delete({ collection: 'media', where: { id: { equals: hero.id } }, ...as(users.editorAZ) }))).toBe(false)
    expect([await altOf(hero.id, 'en'), await altOf(hero.id, 'tr')]).toEqual(['Volunteers unloading a lorry', null])
    expect(await payload.findByID({ collection: 'media', id: hero.id, overrideAccess: true, disableErrors: true })).not.toBeNull()

    // The office's editor may: they publish the article too.
    expect(await allowed(() => payload.update({ collection: 'media', id: hero.id, data: { alt: 'Volunteers unloading a lorry in Antakya' }, ...as(users.editorTR) }))).toBe(true)
    expect(await altOf(hero.id, 'en')).toBe('Volunteers unloading a lorry in Antakya')
  })

  it('judges an image in a published statement’s text by that statement’s office', async () => {
    const inline = await upload('A chart')
    const body = paragraphs('Figures.') as { root: { children: unknown[] } }
    body.root.children.push({ type: 'upload', relationTo: 'media', value: inline.id, fields: null, format: '', version: 3 })
    await payload.create({
      collection: 'statements',
      locale: 'tr',
      data: { title: 'Bakü açıklaması', country: offices.AZ, date: '2024-01-01T12:00:00.000Z', body, _status: 'published' } as never,
      overrideAccess: true,
    })
    expect(await allowed(() => payload.delete({ collection: 'media', id: inline.id, ...as(users.editorTR) }))).toBe(false)
    expect(await allowed(() => payload.update({ collection: 'media', id: inline.id, data: { alt: 'A chart of Baku' }, ...as(users.editorAZ) }))).toBe(true)
  })

  it('lets the office’s contributors and translators work on a draft’s private image, no one else', async () => {
    const image = await upload('Draft image')
    await payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Story in preparation', country: offices.TR, publishedDate: '2024-01-01T12:00:00.000Z', hero: { image: image.id }, _status: 'draft' },
      overrideAccess: true,
    })
    expect(await allowed(() => payload.update({ collection: 'media', id: image.id, data: { alt: 'Draft image, described' }, ...as(users.contributorTR) }))).toBe(true)
    expect(await allowed(() => replace(image.id, users.contributorTR))).toBe(true)
    expect(await allowed(() => payload.update({ collection: 'media', id: image.id, data: { alt: 'Taslak görsel' }, ...as(users.translatorTR, 'tr') }))).toBe(true)
    expect(await allowed(() => payload.update({ collection: 'media', id: image.id, data: { alt: 'English by a translator' }, ...as(users.translatorTR) }))).toBe(false)
    expect(await allowed(() => replace(image.id, users.translatorTR))).toBe(false)
    expect(await allowed(() => payload.update({ collection: 'media', id: image.id, data: { alt: 'Taken over by Baku' }, ...as(users.editorAZ) }))).toBe(false)
    expect(await allowed(() => payload.delete({ collection: 'media', id: image.id, ...as(users.contributorTR) }))).toBe(false)
    expect([await altOf(image.id, 'en'), await altOf(image.id, 'tr')]).toEqual(['Draft image, described', 'Taslak görsel'])
  })

  it('lets staff describe a fresh upload nobody uses yet, and editors delete it', async () => {
    const fresh = await upload('Fresh')
    expect(await allowed(() => payload.update({ collection: 'media', id: fresh.id, data: { alt: 'Fresh, described' }, ...as(users.contributorTR) }))).toBe(true)
    expect(await allowed(() => payload.delete({ collection: 'media', id: fresh.id, ...as(users.editorAZ) }))).toBe(true)
  })
})

describe('copying media follows the same offices (attacker’s review)', () => {
  it('does not let staff of one office copy a private file the other office’s draft uses (the copy would be theirs to publish)', async () => {
    const embargoed = await upload('Embargoed until the launch')
    await payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Baku launch', country: offices.AZ, publishedDate: '2024-01-01T12:00:00.000Z', hero: { image: embargoed.id }, _status: 'draft' },
      overrideAccess: true,
    })
    for (const user of [users.editorTR, users.contributorTR]) {
      expect(await allowed(() => payload.duplicate({ collection: 'media', id: embargoed.id, ...as(user) }))).toBe(false)
    }
    expect(await allowed(() => payload.duplicate({ collection: 'media', id: embargoed.id, ...as(users.editorAZ) }))).toBe(true)
    // An unused private file, or a public one, is anyone's to copy.
    const fresh = await upload('Fresh')
    expect(await allowed(() => payload.duplicate({ collection: 'media', id: fresh.id, ...as(users.contributorTR) }))).toBe(true)
  })
})

describe('attaching media follows the same offices', () => {
  it('does not let an editor publish another office’s embargoed image by using it in their own article', async () => {
    const embargoed = await upload('Before the announcement')
    await payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Baku announcement', country: offices.AZ, publishedDate: '2024-01-01T12:00:00.000Z', hero: { image: embargoed.id }, _status: 'draft' },
      overrideAccess: true,
    })
    const taken = await allowed(() =>
      payload.create({
        collection: 'news',
        data: { title: 'Ankara uses it', country: offices.TR, publishedDate: '2024-01-01T12:00:00.000Z', hero: { image: embargoed.id }, _status: 'published' },
        ...as(users.editorTR),
      }),
    )
    expect(taken).toBe(false)
    const body = paragraphs('Text.') as { root: { children: unknown[] } }
    body.root.children.push({ type: 'upload', relationTo: 'media', value: embargoed.id, fields: null, format: '', version: 3 })
    const inText = await allowed(() =>
      payload.create({
        collection: 'news',
        draft: true,
        data: { title: 'Ankara draft uses it', country: offices.TR, publishedDate: '2024-01-01T12:00:00.000Z', body: body as never, _status: 'draft' },
        ...as(users.contributorTR),
      }),
    )
    expect(inText).toBe(false)
    expect((await payload.findByID({ collection: 'media', id: embargoed.id, overrideAccess: true })).public).toBe(false)
    // A public file, or one of one's own office, is anyone's to use.
    const own = await upload('Ankara’s own')
    expect(
      await allowed(() =>
        payload.create({
          collection: 'news',
          data: { title: 'Ankara’s story', country: offices.TR, publishedDate: '2024-01-01T12:00:00.000Z', hero: { image: own.id }, _status: 'published' },
          ...as(users.editorTR),
        }),
      ),
    ).toBe(true)
    expect(
      await allowed(() =>
        payload.create({
          collection: 'news',
          data: { title: 'Baku reuses it', country: offices.AZ, publishedDate: '2024-01-01T12:00:00.000Z', hero: { image: own.id }, _status: 'published' },
          ...as(users.editorAZ),
        }),
      ),
    ).toBe(true)
  })
})

describe('timestamps are the server’s', () => {
  it('ignores a client’s createdAt and updatedAt, on which finding a file’s documents relies', async () => {
    const data = await png('#123456')
    const forged = await payload.create({
      collection: 'media',
      data: { alt: 'Forged', createdAt: '2099-01-01T00:00:00.000Z', updatedAt: '2099-01-01T00:00:00.000Z' } as never,
      file: { data, mimetype: 'image/png', name: 'forged.png', size: data.length },
      ...as(users.contributorTR),
    })
    expect(new Date(forged.createdAt).getTime()).toBeLessThan(Date.now() + 1000)
    await payload.update({ collection: 'media', id: forged.id, data: { createdAt: '2099-01-01T00:00:00.000Z' } as never, ...as(users.contributorTR) })
    expect(new Date((await payload.findByID({ collection: 'media', id: forged.id, overrideAccess: true })).createdAt).getTime()).toBeLessThan(Date.now() + 1000)
    const news = await payload.create({
      collection: 'news',
      data: {
        title: 'Backdated',
        country: offices.TR,
        publishedDate: '2024-01-01T12:00:00.000Z',
        hero: { image: forged.id },
        updatedAt: '2000-01-01T00:00:00.000Z',
        _status: 'published',
      } as never,
      ...as(users.editorTR),
    })
    expect(new Date(news.updatedAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
    // So the published article is found, and the file is its office's editors' only.
    expect(await allowed(() => payload.update({ collection: 'media', id: forged.id, data: { alt: 'Changed after publication' }, ...as(users.contributorTR) }))).toBe(false)
  })
})
