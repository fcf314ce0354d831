/**
 * Private media are their offices' (attacker's review): a file not yet public (a draft's hero
 * image, an embargoed statement's PDF) is seen by the staff of the offices it belongs to (its
 * uploader's, and those of the documents that use it) and by admins, not by another office's
 * editors, contributors or translators. To them it is a 404 like a missing file, everywhere:
 * the record, its file and its sizes, lists and counts. Once published, everyone sees it.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'

import { guardPublicGet } from '@/lib/api/restGuard'
import { paragraphs } from '@/lib/richtext'
import { fillMediaOffices } from '@/migrations/20261204_124109_media_offices'
import { minimalPdf } from '@/tests/helpers/files'
import { officesWithStaff, startPayload, type Staff } from '@/tests/helpers/payload'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

let payload: Payload
let GET: Handler
let offices: Record<'TR' | 'AZ', number>
let users: Record<'admin' | 'editorTR' | 'contributorTR' | 'translatorTR' | 'editorAZ' | 'contributorAZ' | 'translatorAZ', Staff>

const png = (background: string) =>
  sharp({ create: { width: 640, height: 480, channels: 3, background } })
    .png()
    .toBuffer()
type Media = { id: number; filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }

/** A REST GET as `user` (JWT), through the handler app/(payload)/api/[...slug]/route.ts serves. */
async function get(path: string, user: Staff) {
  const url = new URL(`http://localhost:3000/api${path}`)
  const response = await GET(new Request(url, { headers: { Authorization: `JWT ${user.token}` } }), {
    params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
  })
  return { status: response.status, body: await response.text() }
}

/** Everything `user` gets of a file: the record (local API and REST), its file and sizes, lists and counts. */
async function seenBy(user: Staff, media: Media) {
  const as = { overrideAccess: false, user, depth: 0 } as const
  const listed = (await payload.find({ collection: 'media', ...as, limit: 100 })).docs.some((doc) => doc.id === media.id)
  const counted = (await payload.count({ collection: 'media', where: { id: { equals: media.id } }, overrideAccess: false, user })).totalDocs
  const record = Boolean(await payload.findByID({ collection: 'media', id: media.id, ...as, disableErrors: true }))
  const rest = (await get(`/media/${media.id}`, user)).status
  const restList = (await get(`/media?where[id][equals]=${media.id}&depth=0`, user)).body.includes(`"filename":"${media.filename}"`)
  const files = [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))
  const file = [...new Set(await Promise.all(files.map(async (name) => (await get(`/media/file/${name}`, user)).status)))]
  return { listed, counted, record, rest, restList, file }
}

const visible = { listed: true, counted: 1, record: true, rest: 200, restList: true, file: [200] }
const hidden = { listed: false, counted: 0, record: false, rest: 404, restList: false, file: [404] }

beforeAll(async () => {
  payload = await startPayload()
  const { default: config } = await import('@payload-config')
  const { REST_GET } = await import('@payloadcms/next/routes')
  GET = guardPublicGet(REST_GET(config) as Handler)
  ;({ offices, users } = await officesWithStaff(payload, ['admin', 'editorTR', 'contributorTR', 'translatorTR', 'editorAZ', 'contributorAZ', 'translatorAZ'] as const))
})

afterAll(async () => {
  await payload?.destroy()
})

describe('another office’s private media are a 404 to its staff, as a missing file', () => {
  it('keeps a Türkiye draft’s hero image (uploaded by its contributor) from Azerbaijan’s editor, contributor and translator until it is published', async () => {
    const data = await png('#0033a0')
    const hero = (await payload.create({
      collection: 'media',
      data: { alt: 'Before the launch' },
      file: { data, mimetype: 'image/png', name: 'launch-hero.png', size: data.length },
      overrideAccess: false,
      user: users.contributorTR,
    })) as Media
    expect(Object.keys(hero.sizes ?? {}).length).toBeGreaterThan(0)
    const news = await payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Launch in Ankara', country: offices.TR, publishedDate: '2026-12-01T09:00:00.000Z', hero: { image: hero.id }, _status: 'draft' },
      overrideAccess: false,
      user: users.contributorTR,
    })

    for (const key of ['editorAZ', 'contributorAZ', 'translatorAZ'] as const) expect([key, await seenBy(users[key], hero)]).toEqual([key, hidden])
    for (const key of ['admin', 'editorTR', 'contributorTR', 'translatorTR'] as const) expect([key, await seenBy(users[key], hero)]).toEqual([key, visible])
    // The same answer as for a file that does not exist: nothing tells that it does.
    const missing = await get('/media/file/no-such-file.png', users.editorAZ)
    expect((await get(`/media/file/${hero.filename}`, users.editorAZ)).status).toBe(missing.status)
    expect((await get('/media/999999', users.editorAZ)).status).toBe(404)
    // Nor does changing or deleting it (a refusal naming the office would): Payload's answer for an id out of reach, missing or not.
    const refusal = (action: () => Promise<unknown>) =>
      action().then(
        () => 'done',
        (error: { status?: number; message?: string }) => `${error.status} ${error.message}`,
      )
    const asBaku = { overrideAccess: false, user: users.editorAZ } as const
    const missingUpdate = await refusal(() => payload.update({ collection: 'media', id: 999999, data: { alt: 'Seen from Baku' }, ...asBaku }))
    expect(missingUpdate).toMatch(/^4/)
    expect(await refusal(() => payload.update({ collection: 'media', id: hero.id, data: { alt: 'Seen from Baku' }, ...asBaku }))).toBe(missingUpdate)
    expect(await refusal(() => payload.delete({ collection: 'media', id: hero.id, ...asBaku }))).toBe(
      await refusal(() => payload.delete({ collection: 'media', id: 999999, ...asBaku })),
    )

    await payload.update({ collection: 'news', id: news.id, data: { _status: 'published' }, overrideAccess: false, user: users.editorTR })
    for (const key of ['editorAZ', 'contributorAZ', 'translatorAZ'] as const) expect([key, await seenBy(users[key], hero)]).toEqual([key, visible])
  })

  it('gives an admin’s upload the offices of the draft that uses it (an embargoed statement’s PDF)', async () => {
    const data = minimalPdf()
    const pdf = (await payload.create({
      collection: 'media',
      data: {},
      file: { data, mimetype: 'application/pdf', name: 'embargoed-statement.pdf', size: data.length },
      overrideAccess: false,
      user: users.admin,
    })) as Media
    await payload.create({
      collection: 'statements',
      draft: true,
      data: { title: 'Embargoed until Monday', country: offices.TR, kind: 'statement', date: '2026-12-01T09:00:00.000Z', pdf: pdf.id, _status: 'draft' },
      overrideAccess: false,
      user: users.editorTR,
    })
    for (const key of ['editorAZ', 'contributorAZ', 'translatorAZ'] as const) expect([key, await seenBy(users[key], pdf)]).toEqual([key, hidden])
    for (const key of ['editorTR', 'translatorTR'] as const) expect([key, await seenBy(users[key], pdf)]).toEqual([key, visible])
  })

  it('keeps own-office and public files in an editor’s choice of images (the upload drawer lists them as the editor)', async () => {
    const data = await png('#00a651')
    const own = await payload.create({
      collection: 'media',
      data: { alt: 'Baku’s own' },
      file: { data, mimetype: 'image/png', name: 'baku-own.png', size: data.length },
      overrideAccess: false,
      user: users.contributorAZ,
    })
    const { docs } = await payload.find({ collection: 'media', overrideAccess: false, user: users.editorAZ, limit: 100, depth: 0 })
    const ids = docs.map((doc) => doc.id)
    expect(ids).toContain(own.id)
    expect(docs.every((doc) => doc.public || ((doc as { offices?: unknown[] }).offices ?? []).map(String).includes(String(offices.AZ)))).toBe(true)
    // The file's offices are the server's to keep: a client cannot name them.
    const forged = await payload.create({
      collection: 'media',
      data: { alt: 'Forged', offices: [offices.AZ] } as never,
      file: { data, mimetype: 'image/png', name: 'forged.png', size: data.length },
      overrideAccess: false,
      user: users.contributorTR,
    })
    expect((await payload.findByID({ collection: 'media', id: forged.id, overrideAccess: true, depth: 0 })).offices).toEqual([offices.TR])
    await payload.update({ collection: 'media', id: forged.id, data: { offices: [offices.AZ] } as never, overrideAccess: false, user: users.editorTR })
    expect((await payload.findByID({ collection: 'media', id: forged.id, overrideAccess: true, depth: 0 })).offices).toEqual([offices.TR])
  })

  it('gives records from before the field the offices of the documents that use them now (the SQLite migration)', async () => {
    const files: Media[] = []
    for (const name of ['old-hero.png', 'old-inline.png', 'old-programme.png', 'old-unused.png']) {
      const data = await png('#777777')
      files.push(
        (await payload.create({ collection: 'media', data: { alt: name }, file: { data, mimetype: 'image/png', name, size: data.length }, overrideAccess: true })) as Media,
      )
    }
    const [hero, inline, programmeImage, unused] = files
    const withImage = (id: number) => {
      const body = paragraphs('Text.') as { root: { children: unknown[] } }
      body.root.children.push({ type: 'upload', relationTo: 'media', value: id, fields: null, format: '', version: 3 })
      return body as never
    }
    await payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Old draft', country: offices.TR, publishedDate: '2026-12-01T09:00:00.000Z', hero: { image: hero.id }, _status: 'draft' },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'statements',
      draft: true,
      locale: 'tr',
      data: { title: 'Eski taslak', country: offices.AZ, kind: 'statement', date: '2026-12-01T09:00:00.000Z', body: withImage(inline.id), _status: 'draft' },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'programmes',
      draft: true,
      data: { title: 'Old programme', countries: [offices.TR, offices.AZ], body: withImage(programmeImage.id), _status: 'draft' },
      overrideAccess: true,
    })
    // As before the field: no offices anywhere, then the migration's fill.
    const db = payload.db as unknown as { drizzle: { run: (statement: unknown) => Promise<unknown> } }
    await db.drizzle.run('DELETE FROM media_rels')
    await db.drizzle.run(fillMediaOffices)
    const officesOf = async (media: Media) => (((await payload.findByID({ collection: 'media', id: media.id, overrideAccess: true, depth: 0 })).offices ?? []) as number[]).sort()
    expect(await officesOf(hero)).toEqual([offices.TR])
    expect(await officesOf(inline)).toEqual([offices.AZ])
    expect(await officesOf(programmeImage)).toEqual([offices.TR, offices.AZ].sort())
    expect(await officesOf(unused)).toEqual([])
    expect((await seenBy(users.editorAZ, hero)).record).toBe(false)
    expect((await seenBy(users.editorTR, inline)).record).toBe(false)
    // A file nothing uses and no office claims stays visible to all staff.
    expect((await seenBy(users.translatorAZ, unused)).record).toBe(true)
  })
})
