/**
 * Scheduled publishing and unpublishing (issue 14, finding 5): only someone who may publish a
 * document (an admin, or an editor of its office) schedules it or cancels its schedule, through
 * the REST endpoint (lib/schedule.ts), the admin's "schedule-publish" server function (which
 * Payload runs with the local API, access overridden) and anything else that deletes a job.
 */
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { schedulePublishServerFunction } from '@/lib/scheduleServerFunction'
import { guardedRest, officesWithStaff, type RestHandler as Handler, startPayload, type Staff } from '@/tests/helpers/payload'

let payload: Payload
let POST: Handler
let offices: Record<'TR' | 'AZ', number>
let users: Record<'admin' | 'editorTR' | 'editorAZ' | 'contributorTR' | 'translatorTR', Staff>
let article: number

const reqOf = (user: Staff): Promise<PayloadRequest> => createLocalReq({ user: user as never }, payload)

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString()

/** A scheduled publish of the Türkiye article, queued as an editor of Türkiye would. */
async function scheduled(): Promise<number | string> {
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'news', value: String(article) }, user: { relationTo: 'users', value: users.editorTR.id } } as never,
    waitUntil: new Date(inAnHour()),
  })
  return job.id
}

const jobExists = async (id: number | string) => Boolean(await payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true, disableErrors: true }))

const jobsOfArticle = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: String(article) } }, overrideAccess: true, limit: 100 })).totalDocs

beforeAll(async () => {
  payload = await startPayload()
  ;({ POST } = await guardedRest())
  ;({ offices, users } = await officesWithStaff(payload, ['admin', 'editorTR', 'editorAZ', 'contributorTR', 'translatorTR'] as const))
  article = (
    await payload.create({ collection: 'news', data: { title: 'Scheduled in Ankara', country: offices.TR, publishedDate: '2024-01-01T12:00:00.000Z', _status: 'published' } })
  ).id as number
})

afterAll(async () => {
  await payload?.destroy()
})

describe('schedules: only who may publish a document schedules it or cancels its schedule', () => {
  it('refuses the REST schedule endpoint to an editor of another office (who may read, not publish, the article)', async () => {
    const call = (user: Staff) =>
      POST(
        new Request(`http://localhost:3000/api/news/${article}/schedule`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${user.token}` },
          body: JSON.stringify({ type: 'unpublish', at: inAnHour() }),
        }),
        { params: Promise.resolve({ slug: ['news', String(article), 'schedule'] }) },
      )
    const before = await jobsOfArticle()
    expect((await call(users.editorAZ)).status).toBe(404)
    expect(await jobsOfArticle()).toBe(before)
    expect((await call(users.editorTR)).status).toBe(201)
    expect(await jobsOfArticle()).toBe(before + 1)
  })

  it('refuses the admin’s schedule action to translators, contributors and other offices’ editors', async () => {
    for (const key of ['translatorTR', 'contributorTR', 'editorAZ'] as const) {
      const before = await jobsOfArticle()
      const result = await schedulePublishServerFunction({
        type: 'unpublish',
        date: new Date(inAnHour()),
        doc: { relationTo: 'news', value: String(article) },
        req: await reqOf(users[key]),
      } as never)
      expect([key, result]).toEqual([key, { error: expect.stringMatching(/Only an editor of this document’s office/) }])
      expect(await jobsOfArticle()).toBe(before)
    }
    const ok = await schedulePublishServerFunction({
      type: 'unpublish',
      date: new Date(inAnHour()),
      doc: { relationTo: 'news', value: String(article) },
      req: await reqOf(users.editorTR),
    } as never)
    expect(ok).toEqual({ message: expect.any(String) })
  })

  it('keeps a schedule from being cancelled by anyone who may not publish the document, however the job is deleted', async () => {
    const { schedulePublishHandler } = await import('@payloadcms/ui/utilities/schedulePublishHandler')
    for (const key of ['translatorTR', 'contributorTR', 'editorAZ'] as const) {
      const job = await scheduled()
      // Payload's own handler, as the admin calls it (local API: access overridden, hooks run).
      await schedulePublishHandler({ deleteID: job, req: await reqOf(users[key]) } as never)
      await payload.delete({ collection: 'payload-jobs', where: { id: { equals: job } }, req: await reqOf(users[key]) }).catch(() => null)
      expect([key, await jobExists(job)]).toEqual([key, true])
    }
    const job = await scheduled()
    const cancelled = await schedulePublishServerFunction({ deleteID: job, req: await reqOf(users.editorTR) } as never)
    expect(cancelled).not.toHaveProperty('error')
    expect(await jobExists(job)).toBe(false)
  })
})
