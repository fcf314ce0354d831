/**
 * Media uploaded for a draft stay staff's until a published document uses them
 * (access/media.ts): the record, the listing and the file itself (a 404, as for a
 * file that does not exist: a 403 would say that it does). A statement's
 * PDF is its full text; a hero image can give a story away before its time.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'

import { guardPublicGet } from '@/lib/api/restGuard'
import { paragraphs } from '@/lib/richtext'
import { minimalPdf } from '@/tests/helpers/files'
import { createUser, startPayload } from '@/tests/helpers/payload'

let payload: Payload
let GET: (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let admin: Awaited<ReturnType<typeof createUser>>
let editor: Awaited<ReturnType<typeof createUser>>
let partner: Awaited<ReturnType<typeof createUser>>

const png = (background: string) =>
  sharp({ create: { width: 8, height: 8, channels: 3, background } })
    .png()
    .toBuffer()

async function upload(name: string, data: Buffer, mimetype: string, alt?: string) {
  return payload.create({ collection: 'media', data: alt ? { alt } : {}, file: { data, mimetype, name, size: data.length }, overrideAccess: true })
}

/** What a reader without staff rights gets: the list, the record and the file. */
async function seenBy(user: typeof partner | undefined, media: { id: number | string; filename?: string | null }) {
  const { docs } = await payload.find({ collection: 'media', overrideAccess: false, user, limit: 100, depth: 0 })
  const listed = docs.some((doc) => doc.id === media.id)
  const record = await payload.findByID({ collection: 'media', id: media.id, overrideAccess: false, user, depth: 0, disableErrors: true })
  const headers = new Headers()
  if (user) headers.set('Authorization', `users API-Key ${(user as { apiKey?: string }).apiKey}`)
  const file = await GET(new Request(`http://localhost:3000/api/media/file/${media.filename}`, { headers }), {
    params: Promise.resolve({ slug: ['media', 'file', String(media.filename)] }),
  })
  return { listed, record: Boolean(record), file: file.status }
}

beforeAll(async () => {
  payload = await startPayload()
  admin = await createUser(payload, ['admin'])
  editor = await createUser(payload, ['editor'])
  partner = await createUser(payload, ['partner'])
  await payload.update({ collection: 'users', id: partner.id, data: { enableAPIKey: true, apiKey: 'media-visibility-partner-key-01' }, overrideAccess: true })
  ;(partner as { apiKey?: string }).apiKey = 'media-visibility-partner-key-01'
  const { default: config } = await import('@payload-config')
  const { REST_GET } = await import('@payloadcms/next/routes')
  // As app/(payload)/api/[...slug]/route.ts serves it.
  GET = guardPublicGet(REST_GET(config) as typeof GET)
})

afterAll(async () => {
  await payload?.destroy()
})

it('keeps a draft’s uploads from the public and partners until the document is published', async () => {
  const statementPdf = await upload('embargoed-statement.pdf', minimalPdf(), 'application/pdf')
  const hero = await upload('story-hero.png', await png('#0033a0'), 'image/png', 'A hero image')
  const inline = await upload('story-inline.png', await png('#ffcc00'), 'image/png', 'An image in the text')
  const statement = await payload.create({
    collection: 'statements',
    draft: true,
    data: { title: 'Embargoed statement', _status: 'draft', date: '2026-12-01T09:00:00.000Z', pdf: statementPdf.id },
  })
  const body = paragraphs('Text with an image.') as { root: { children: unknown[] } }
  body.root.children.push({ type: 'upload', relationTo: 'media', value: inline.id, fields: null, format: '', version: 3 })
  const news = await payload.create({
    collection: 'news',
    draft: true,
    data: { title: 'Story in preparation', _status: 'draft', publishedDate: '2026-12-01T09:00:00.000Z', hero: { image: hero.id }, body: body as never },
  })

  for (const media of [statementPdf, hero, inline]) {
    for (const user of [undefined, partner]) {
      expect([media.filename, user?.roles, await seenBy(user, media)]).toEqual([media.filename, user?.roles, { listed: false, record: false, file: 404 }])
    }
    // Staff see and fetch them (previews, the admin).
    expect((await payload.findByID({ collection: 'media', id: media.id, overrideAccess: false, user: editor })).id).toBe(media.id)
  }

  // Nobody makes a file public by hand, an admin neither: only a publication does. (An editor
  // changes only files of their offices' documents: collections/Media/hooks/guards.ts.)
  await payload.update({ collection: 'media', id: hero.id, data: { public: true } as never, overrideAccess: false, user: admin })
  expect((await seenBy(undefined, hero)).record).toBe(false)

  await payload.update({ collection: 'statements', id: statement.id, data: { _status: 'published' }, user: admin, overrideAccess: false })
  expect(await seenBy(undefined, statementPdf)).toEqual({ listed: true, record: true, file: 200 })
  expect(await seenBy(partner, statementPdf)).toEqual({ listed: true, record: true, file: 200 })
  // The story is still a draft: its images stay private.
  expect((await seenBy(undefined, hero)).record).toBe(false)

  await payload.update({ collection: 'news', id: news.id, data: { _status: 'published' }, user: admin, overrideAccess: false })
  expect(await seenBy(undefined, hero)).toEqual({ listed: true, record: true, file: 200 })
  expect(await seenBy(undefined, inline)).toEqual({ listed: true, record: true, file: 200 })
})

it('makes an image public when a country page (no drafts) uses it, and one in a translation’s text when it is published', async () => {
  const image = await upload('office-hero.png', await png('#00a651'), 'image/png', 'The office')
  expect((await seenBy(undefined, image)).record).toBe(false)
  const country = await payload.create({ collection: 'countries', data: { name: 'Azerbaijan', isoCode: 'AZ' }, overrideAccess: true })
  await payload.update({ collection: 'countries', id: country.id, data: { heroImage: image.id }, overrideAccess: true })
  expect(await seenBy(undefined, image)).toEqual({ listed: true, record: true, file: 200 })

  // An image only in the Turkish text of a programme, published from the English side.
  const turkishOnly = await upload('tr-only.png', await png('#e30a17'), 'image/png', 'Yalnızca Türkçe metinde')
  const programme = await payload.create({ collection: 'programmes', draft: true, data: { title: 'Programme in preparation', _status: 'draft' } })
  const trBody = paragraphs('Görselli metin.') as { root: { children: unknown[] } }
  trBody.root.children.push({ type: 'upload', relationTo: 'media', value: turkishOnly.id, fields: null, format: '', version: 3 })
  await payload.update({
    collection: 'programmes',
    id: programme.id,
    locale: 'tr',
    draft: true,
    data: { title: 'Hazırlanan program', body: trBody as never },
    overrideAccess: true,
  })
  expect((await seenBy(undefined, turkishOnly)).record).toBe(false)
  await payload.update({ collection: 'programmes', id: programme.id, locale: 'en', data: { _status: 'published' }, user: admin, overrideAccess: false })
  expect(await seenBy(undefined, turkishOnly)).toEqual({ listed: true, record: true, file: 200 })
})

it('keeps a record from before the field public through later edits', async () => {
  const legacy = await upload('legacy.png', await png('#6b7280'), 'image/png', 'From before')
  // As a record written before the field holds it here: NULL. (On MongoDB the field is absent,
  // and Payload would fill a defaultValue into it on read, then save that: hence none.)
  await payload.db.updateMany({ collection: 'media', where: { id: { equals: legacy.id } }, data: { public: null }, req: undefined as never, returning: false })
  expect((await seenBy(undefined, legacy)).record).toBe(true)
  await payload.update({ collection: 'media', id: legacy.id, data: { alt: 'From before, described better' }, overrideAccess: false, user: editor })
  expect(await seenBy(undefined, legacy)).toEqual({ listed: true, record: true, file: 200 })
  // A new upload starts private even when its creator asks otherwise.
  const fresh = await payload.create({
    collection: 'media',
    data: { alt: 'New', public: true } as never,
    file: { data: await png('#111111'), mimetype: 'image/png', name: 'fresh.png', size: 100 },
    overrideAccess: false,
    user: editor,
  })
  expect((await seenBy(undefined, fresh)).record).toBe(false)
})
