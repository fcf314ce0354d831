/**
 * The dashboard's queues (lib/admin/workQueues.ts) per role and office, read as each officer:
 * what waits for an editor, what was sent back to a contributor, what is scheduled, what lacks a
 * language of the office's site, what was published; never another office's.
 */
import type { Payload } from 'payload'

import { workQueues, type Queue } from '@/lib/admin/workQueues'
import { officesWithStaff, type Staff, type StaffKey } from '@/tests/helpers/payload'

let payload: Payload
let users: Record<StaffKey, Staff>
let offices: Record<'TR' | 'AZ', number>

const keys = ['admin', 'editorTR', 'editorAZ', 'contributorTR', 'translatorTR', 'translatorAZ'] as const

beforeAll(async () => {
  const { startPayload } = await import('@/tests/helpers/payload')
  payload = await startPayload()
  ;({ offices, users } = (await officesWithStaff(payload, keys)) as unknown as { offices: typeof offices; users: typeof users })
  // Each office's site and its languages: Türkiye en+tr, Azerbaijan en+az.
  await payload.create({
    collection: 'sites',
    locale: 'en',
    data: { name: 'Türkiye', key: 'turkiye', url: 'https://turkiye.example', languages: ['en', 'tr'], defaultLanguage: 'en', offices: [offices.TR] },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'sites',
    locale: 'en',
    data: { name: 'Azerbaijan', key: 'azerbaijan', url: 'https://az.example', languages: ['en', 'az'], defaultLanguage: 'en', offices: [offices.AZ] },
    overrideAccess: true,
  })
  const news = (office: 'TR' | 'AZ', title: string, data: Record<string, unknown>, draft = true) =>
    payload.create({
      collection: 'news',
      locale: 'en',
      draft,
      overrideAccess: true,
      data: { title, country: offices[office], publishedDate: '2026-11-30T09:00:00.000Z', ...data } as never,
    })
  await news('TR', 'Ankara story in review', { reviewStatus: 'inReview', _status: 'draft' })
  await news('AZ', 'Baku story in review', { reviewStatus: 'inReview', _status: 'draft' })
  await news('TR', 'Ankara story sent back', { reviewStatus: 'changesRequested', reviewComment: 'Add the date of the workshop.', _status: 'draft' })
  await news('TR', 'Ankara story published', { _status: 'published' }, false)
  await news('AZ', 'Baku story published', { _status: 'published' }, false)
  const scheduled = await news('TR', 'Ankara story scheduled', { _status: 'draft' })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'news', value: scheduled.id } } as never,
    waitUntil: new Date(Date.now() + 3 * 24 * 60 * 60 * 1000),
  })
  const later = await news('AZ', 'Baku story scheduled next month', { _status: 'draft' })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'news', value: later.id } } as never,
    waitUntil: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
  })
})

afterAll(async () => {
  await payload?.destroy()
})

/** Each queue of an officer: its total and its items' titles. */
async function queuesOf(key: StaffKey): Promise<Record<string, { total: number; titles: string[]; languages?: string[] }>> {
  const queues: Queue[] = await workQueues(payload, { user: users[key] as never })
  return Object.fromEntries(
    queues.map((queue) => [queue.key, { total: queue.total, titles: queue.items.map((item) => item.title).sort(), ...(queue.languages ? { languages: queue.languages } : {}) }]),
  )
}

describe('the dashboard’s queues', () => {
  it('an editor: what waits for review, what is scheduled, what lacks the office site’s languages, the latest published: their office’s only', async () => {
    const tr = await queuesOf('editorTR')
    expect(Object.keys(tr)).toEqual(['waiting', 'scheduled', 'untranslated', 'published'])
    expect(tr.waiting).toEqual({ total: 1, titles: ['Ankara story in review'] })
    expect(tr.scheduled).toEqual({ total: 1, titles: ['Ankara story scheduled'] })
    expect(tr.untranslated.languages).toEqual(['tr'])
    expect(tr.untranslated.titles).toContain('Ankara story published')
    expect(tr.untranslated.titles.filter((title) => title.startsWith('Baku'))).toEqual([])
    expect(tr.published).toEqual({ total: 1, titles: ['Ankara story published'] })
    const az = await queuesOf('editorAZ')
    expect(az.waiting).toEqual({ total: 1, titles: ['Baku story in review'] })
    // Due in 30 days: not in the next 14.
    expect(az.scheduled).toEqual({ total: 0, titles: [] })
    expect(az.untranslated.languages).toEqual(['az'])
  })

  it('a contributor: what was sent back, with the editor’s comment, and no review queue', async () => {
    const queues = await workQueues(payload, { user: users.contributorTR as never })
    expect(queues.map((queue) => queue.key)).toEqual(['sentBack', 'scheduled', 'published'])
    const sentBack = queues[0]
    expect(sentBack.items.map((item) => [item.title, item.comment])).toEqual([['Ankara story sent back', 'Add the date of the workshop.']])
    expect(sentBack.lists).toEqual([{ collection: 'news', href: expect.stringContaining('/admin/collections/news?where'), total: 1 }])
    expect(decodeURIComponent(sentBack.lists[0].href)).toContain('where[and][0][reviewStatus][equals]=changesRequested')
  })

  it('a translator: what lacks their office site’s languages, nothing to review or schedule', async () => {
    const tr = await queuesOf('translatorTR')
    expect(Object.keys(tr)).toEqual(['untranslated', 'published'])
    expect(tr.untranslated.languages).toEqual(['tr'])
    // Its office's news and its country page, nothing of the other office.
    expect(tr.untranslated.titles).toEqual(expect.arrayContaining(['Ankara story published', 'Türkiye']))
    expect(tr.untranslated.titles.filter((title) => /Baku|Azerbaijan/.test(title))).toEqual([])
    const az = await queuesOf('translatorAZ')
    expect(az.untranslated.languages).toEqual(['az'])
    expect(az.untranslated.titles).toContain('Baku story published')
    expect(az.untranslated.titles.filter((title) => /Ankara|Türkiye/.test(title))).toEqual([])
  })

  it('an admin: every office, every site’s languages', async () => {
    const admin = await queuesOf('admin')
    expect(admin.waiting.total).toBe(2)
    expect(admin.untranslated.languages).toEqual(['tr', 'az'])
    expect(admin.published.total).toBe(2)
  })
})

describe('the admin’s locale menu', () => {
  it('offers an officer the default language and their offices’ sites’ languages; an admin every language', async () => {
    const { default: config } = await import('@payload-config')
    const { localization } = await config
    if (!localization) throw new Error('localization is configured')
    const offered = async (key: StaffKey) =>
      (await localization.filterAvailableLocales!({ locales: localization.locales, req: { payload, user: users[key] } as never })).map((locale) => locale.code)
    expect(await offered('editorTR')).toEqual(['en', 'tr'])
    expect(await offered('translatorAZ')).toEqual(['en', 'az'])
    expect(await offered('admin')).toEqual(['en', 'tr', 'az'])
  })
})
