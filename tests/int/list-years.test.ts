/**
 * The year filter of the news and statements lists (lib/content/lists.ts): the years of the
 * published documents, newest first. Not up to the clock's year: the lists are cached pages
 * purged by content changes only, so a year from the clock would go missing after New Year.
 */
import type { Payload } from 'payload'

import { yearsWithContent } from '@/lib/content/lists'
import { startPayload } from '@/tests/helpers/payload'
import { siteOfEveryOffice } from '@/tests/helpers/sites'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  const office = await payload.create({ collection: 'countries', locale: 'en', data: { name: 'Türkiye', isoCode: 'TR' } })
  for (const publishedDate of ['2019-03-01T09:00:00.000Z', '2022-11-30T09:00:00.000Z']) {
    await payload.create({ collection: 'news', data: { country: office.id, title: `Published ${publishedDate}`, _status: 'published', publishedDate } })
  }
  // A draft dated later and one earlier: drafts name no years.
  await payload.create({ collection: 'news', draft: true, data: { country: office.id, title: 'Draft of 2030', _status: 'draft', publishedDate: '2030-01-01T09:00:00.000Z' } })
  await payload.create({ collection: 'news', draft: true, data: { country: office.id, title: 'Draft of 2010', _status: 'draft', publishedDate: '2010-01-01T09:00:00.000Z' } })
})

afterAll(async () => {
  await payload?.destroy()
})

it('spans the published documents, newest year first', async () => {
  expect(await yearsWithContent(await siteOfEveryOffice(payload), 'news', 'en')).toEqual([2022, 2021, 2020, 2019])
  expect(await yearsWithContent(await siteOfEveryOffice(payload), 'news', 'tr')).toEqual([2022, 2021, 2020, 2019])
})

it('is empty while nothing is published', async () => {
  expect(await yearsWithContent(await siteOfEveryOffice(payload), 'statements', 'en')).toEqual([])
})
