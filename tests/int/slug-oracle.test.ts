import type { Payload } from 'payload'

import { validationMessages } from '@/tests/helpers/errors'
import { createUser, startPayload } from '@/tests/helpers/payload'

/**
 * Issue 14, finding 4: a slug clash on save told staff of one office that the other office
 * had a draft with that slug. A slug taken by a document the author may not read is replaced
 * by a free one (…-2); a clash with a document they can read still says so.
 */
let payload: Payload
type Staff = Awaited<ReturnType<typeof createUser>>
let editorTr: Staff
let editorAz: Staff
let turkiye: number
let azerbaijan: number

beforeAll(async () => {
  payload = await startPayload()
  await createUser(payload, ['admin'], 'admin@slug-oracle.example')
  turkiye = (await payload.create({ collection: 'countries', data: { name: 'Türkiye', isoCode: 'TR' } })).id
  azerbaijan = (await payload.create({ collection: 'countries', data: { name: 'Azerbaijan', isoCode: 'AZ' } })).id
  editorTr = await createUser(payload, ['editor'], 'editor.tr@slug-oracle.example')
  editorAz = await createUser(payload, ['editor'], 'editor.az@slug-oracle.example')
  await payload.update({ collection: 'users', id: editorTr.id, data: { countries: [turkiye] }, overrideAccess: true })
  await payload.update({ collection: 'users', id: editorAz.id, data: { countries: [azerbaijan] }, overrideAccess: true })
  editorTr = { ...editorTr, countries: [turkiye] } as Staff
  editorAz = { ...editorAz, countries: [azerbaijan] } as Staff
  await payload.create({ collection: 'news', data: { title: 'Secret plan', country: azerbaijan, _status: 'draft' } as never, draft: true, user: editorAz, overrideAccess: false })
  await payload.create({
    collection: 'news',
    data: { title: 'Open day', country: azerbaijan, _status: 'published', publishedDate: '2024-01-01T12:00:00.000Z' } as never,
    user: editorAz,
    overrideAccess: false,
  })
})

afterAll(async () => {
  await payload?.destroy()
})

describe('slug clashes tell nothing about other offices’ drafts', () => {
  it('a title whose slug another office’s draft has gets a free slug, without a word about the draft', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: { title: 'Secret plan', country: turkiye, _status: 'published', publishedDate: '2024-01-02T12:00:00.000Z' } as never,
      user: editorTr,
      overrideAccess: false,
    })
    expect(doc.slug).toBe('secret-plan-2')
  })

  it('so does a slug typed by hand', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: { title: 'Another', slug: 'secret-plan', country: turkiye, _status: 'published', publishedDate: '2024-01-02T12:00:00.000Z' } as never,
      user: editorTr,
      overrideAccess: false,
    })
    expect(doc.slug).toMatch(/^secret-plan-\d+$/)
  })

  it('a clash with a document the author can read (published) still says so', async () => {
    const messages = await validationMessages(
      payload.create({
        collection: 'news',
        data: { title: 'Open day', country: turkiye, _status: 'published', publishedDate: '2024-01-02T12:00:00.000Z' } as never,
        user: editorTr,
        overrideAccess: false,
      }),
    )
    expect(messages).toEqual([expect.stringMatching(/^slug: The slug "open-day" is already used by another document/)])
  })
})
