import type { Payload } from 'payload'

import { findPublic, findPublicBySlug } from '@/lib/content/reader'
import { paragraphs } from '@/lib/richtext'
import { createUser, startPayload } from '@/tests/helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await payload.create({
    collection: 'news',
    data: { title: 'Published item', _status: 'published', publishedDate: '2024-01-01T12:00:00.000Z', body: paragraphs('Public.') },
  })
  await payload.create({
    collection: 'news',
    draft: true,
    data: { title: 'Secret draft', _status: 'draft', publishedDate: '2024-02-01T12:00:00.000Z' },
  })
  await payload.create({ collection: 'statements', draft: true, data: { title: 'Draft statement', _status: 'draft', date: '2024-02-01T12:00:00.000Z' } })
  await payload.create({ collection: 'programmes', draft: true, data: { title: 'Draft programme', _status: 'draft' } })
})

afterAll(async () => {
  await payload?.destroy()
})

const titles = (docs: { title?: string | null }[]) => docs.map((doc) => doc.title)

describe('draft visibility', () => {
  it('gives anonymous readers of the safe reader only published news', async () => {
    const { docs, totalDocs } = await findPublic('news', { site: null, locale: 'en' })
    expect(titles(docs)).toEqual(['Published item'])
    expect(totalDocs).toBe(1)
    expect(await findPublicBySlug('news', 'secret-draft', 'en', 1, null)).toBeNull()
  })

  it('keeps drafts of statements and programmes out of the safe reader', async () => {
    expect((await findPublic('statements', { site: null, locale: 'tr' })).docs).toHaveLength(0)
    expect((await findPublic('programmes', { site: null, locale: 'tr' })).docs).toHaveLength(0)
  })

  it('hides drafts from an anonymous local-API call that respects access control', async () => {
    const { docs } = await payload.find({ collection: 'news', overrideAccess: false, draft: true })
    expect(titles(docs)).toEqual(['Published item'])
  })

  it('shows drafts to signed-in staff', async () => {
    const editor = await createUser(payload, ['editor'])
    const { docs } = await payload.find({ collection: 'news', overrideAccess: false, user: editor, draft: true, sort: 'publishedDate' })
    expect(titles(docs)).toEqual(['Published item', 'Secret draft'])
  })

  it('treats partners (API readers) like the public: published only', async () => {
    const partner = await createUser(payload, ['partner'])
    const { docs } = await payload.find({ collection: 'news', overrideAccess: false, user: partner, draft: true })
    expect(titles(docs)).toEqual(['Published item'])
  })

  it('keeps the published version public while a newer draft is pending', async () => {
    const { docs } = await findPublic('news', { site: null, locale: 'en' })
    await payload.update({ collection: 'news', id: docs[0].id, draft: true, data: { title: 'Unapproved new headline', _status: 'draft' } })
    const after = await findPublic('news', { site: null, locale: 'en' })
    expect(titles(after.docs)).toEqual(['Published item'])
  })

  it('keeps draft versions from partners and anonymous readers (/api/<collection>/versions)', async () => {
    const partner = await createUser(payload, ['partner'])
    for (const collection of ['news', 'statements', 'programmes'] as const) {
      await expect(payload.findVersions({ collection, overrideAccess: false, user: partner })).rejects.toThrow(/not allowed/i)
      await expect(payload.findVersions({ collection, overrideAccess: false })).rejects.toThrow(/not allowed/i)
    }
    // Staff read the versions of their own offices (tests/int/offices.test.ts); an admin reads all.
    const admin = await createUser(payload, ['admin'])
    expect((await payload.findVersions({ collection: 'news', overrideAccess: false, user: admin })).totalDocs).toBeGreaterThan(0)
  })

  it('lets only admins lift a login lockout', async () => {
    const partner = await createUser(payload, ['partner'])
    await expect(payload.unlock({ collection: 'users', data: { email: partner.email }, overrideAccess: false, user: partner } as never)).rejects.toThrow(/not allowed/i)
  })

  it('does not let anonymous readers list users', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(/not allowed/i)
  })
})

describe('draft visibility through the REST API', () => {
  it('serves /api/news without drafts to an anonymous request, even when it asks for drafts', async () => {
    const { default: config } = await import('@payload-config')
    const { REST_GET } = await import('@payloadcms/next/routes')
    const GET = REST_GET(config)
    for (const query of ['', '?draft=true', '?where[_status][equals]=draft', '?where[_status][not_equals]=published']) {
      const response = await GET(new Request(`http://localhost:3000/api/news${query}`), { params: Promise.resolve({ slug: ['news'] }) })
      expect(response.status).toBe(200)
      const body = (await response.json()) as { docs: { title: string; _status: string }[] }
      expect(body.docs.map((doc) => doc._status)).not.toContain('draft')
      expect(JSON.stringify(body)).not.toMatch(/Secret draft|Unapproved new headline/)
    }
  })
})
