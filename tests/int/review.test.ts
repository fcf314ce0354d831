import type { Payload } from 'payload'

import { createUser, startPayload } from '@/tests/helpers/payload'

let payload: Payload
let country: number | string

beforeAll(async () => {
  payload = await startPayload()
  await createUser(payload, ['admin'])
  country = (await payload.create({ collection: 'countries', data: { name: 'Türkiye', isoCode: 'TR' } })).id
})

afterAll(async () => {
  await payload?.destroy()
})

async function member(role: string) {
  const user = await createUser(payload, [role], `${role}-${Math.random()}@test.example`)
  await payload.update({ collection: 'users', id: user.id, data: { countries: [country] } as never })
  return { ...user, countries: [country] }
}

const reason = (error: unknown) => (error as { data?: { reason?: string } }).data?.reason ?? String(error)

describe('review workflow', () => {
  it('takes a contributor’s draft through review to publication, recording who did what', async () => {
    const contributor = await member('contributor')
    const editor = await member('editor')
    const as = (user: typeof editor) => ({ overrideAccess: false, user })

    const draft = await payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Field visit to Hatay', country: country as number, publishedDate: '2024-02-01T12:00:00.000Z', _status: 'draft' },
      ...as(contributor),
    })
    expect(draft.reviewStatus).toBe('writing')

    await payload.update({ collection: 'news', id: draft.id, draft: true, data: { reviewStatus: 'inReview' }, ...as(contributor) })
    const waiting = await payload.find({ collection: 'news', draft: true, where: { reviewStatus: { equals: 'inReview' } }, ...as(editor) })
    expect(waiting.docs.map((d) => d.title)).toEqual(['Field visit to Hatay'])

    const selfApproval = await payload.update({ collection: 'news', id: draft.id, draft: true, data: { reviewStatus: 'approved' }, ...as(contributor) }).catch((e) => e)
    expect(reason(selfApproval)).toMatch(/Only an editor can approve/)

    const noComment = await payload.update({ collection: 'news', id: draft.id, draft: true, data: { reviewStatus: 'changesRequested' }, ...as(editor) }).catch((e) => e)
    expect(reason(noComment)).toMatch(/Say in the review comment/)
    await payload.update({ collection: 'news', id: draft.id, draft: true, data: { reviewStatus: 'changesRequested', reviewComment: 'Add the date of the visit.' }, ...as(editor) })
    const sentBack = await payload.findByID({ collection: 'news', id: draft.id, draft: true, ...as(contributor) })
    expect([sentBack.reviewStatus, sentBack.reviewComment]).toEqual(['changesRequested', 'Add the date of the visit.'])

    // The comment is the editor's: a contributor's (or translator's) change to it is not kept.
    const translator = await member('translator')
    await payload.update({ collection: 'news', id: draft.id, draft: true, data: { reviewComment: 'Looks fine to me.' }, ...as(contributor) }).catch(() => null)
    await payload.update({ collection: 'news', id: draft.id, draft: true, locale: 'tr', data: { reviewComment: '' }, ...as(translator) }).catch(() => null)
    expect((await payload.findByID({ collection: 'news', id: draft.id, draft: true, ...as(editor) })).reviewComment).toBe('Add the date of the visit.')

    await payload.update({ collection: 'news', id: draft.id, draft: true, data: { title: 'Field visit to Hatay on 1 February', reviewStatus: 'inReview' }, ...as(contributor) })
    const published = await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' }, ...as(editor) })
    expect([published._status, published.reviewStatus, published.title]).toEqual(['published', 'approved', 'Field visit to Hatay on 1 February'])

    const { docs: versions } = await payload.findVersions({ collection: 'news', where: { parent: { equals: draft.id } }, sort: 'createdAt', depth: 0, ...as(editor) })
    const editors = versions.map((v) => v.version.lastEditedBy)
    expect(editors[0]).toBe(contributor.id)
    expect(editors[editors.length - 1]).toBe(editor.id)
  })

  it('never shows review comments, editors or translation status to the public', async () => {
    const { docs } = await payload.find({ collection: 'news', overrideAccess: false, depth: 0 })
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) {
      expect(doc).not.toHaveProperty('reviewComment')
      expect(doc).not.toHaveProperty('lastEditedBy')
      expect(doc).not.toHaveProperty('reviewStatus')
      expect(doc).not.toHaveProperty('missingTranslations')
    }
  })
})
