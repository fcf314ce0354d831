import type { Payload } from 'payload'

import { paragraphs } from '@/lib/richtext'
import { startPayload } from '@/tests/helpers/payload'

let payload: Payload
let office: number | string
let bakuOffice: number | string

beforeAll(async () => {
  payload = await startPayload()
  // Translations are owed in the languages of the sites that show the office (collections/Sites).
  office = (await payload.create({ collection: 'countries', locale: 'en', data: { name: 'Türkiye', isoCode: 'TR' } })).id
  bakuOffice = (await payload.create({ collection: 'countries', locale: 'en', data: { name: 'Azerbaijan', isoCode: 'AZ' } })).id
  await payload.create({
    collection: 'sites',
    locale: 'en',
    data: { name: 'Türkiye', key: 'turkiye', url: 'http://localhost:3000', languages: ['en', 'tr'], defaultLanguage: 'en', offices: [office as number] },
  })
  await payload.create({
    collection: 'sites',
    locale: 'en',
    data: { name: 'Azerbaijan', key: 'azerbaijan', url: 'http://az.localhost:3000', languages: ['en', 'az'], defaultLanguage: 'en', offices: [bakuOffice as number] },
  })
})

afterAll(async () => {
  await payload?.destroy()
})

const missing = async (id: number | string) => (await payload.findByID({ collection: 'news', id, draft: true, depth: 0 })).missingTranslations ?? []

describe('translation status', () => {
  it('owes a translation only in the languages of the office’s sites: Türkiye’s never lacks Azerbaijani, Baku’s never Turkish', async () => {
    const text = { excerpt: 'Short summary.', publishedDate: '2024-01-01T12:00:00.000Z', _status: 'published' as const }
    const ankara = await payload.create({ collection: 'news', locale: 'en', data: { ...text, title: 'Workshop in Gaziantep', country: office as number } })
    const baku = await payload.create({ collection: 'news', locale: 'en', data: { ...text, title: 'Workshop in Ganja', country: bakuOffice as number } })
    expect([ankara.missingTranslations, baku.missingTranslations]).toEqual([['tr'], ['az']])
  })

  it('marks a document missing Turkish until every text of the English version is translated', async () => {
    const doc = await payload.create({
      collection: 'news',
      locale: 'en',
      data: {
        country: office as number,
        title: 'Workshop in Ankara',
        excerpt: 'Short summary.',
        body: paragraphs('Body text.'),
        publishedDate: '2024-01-01T12:00:00.000Z',
        _status: 'published',
      },
    })
    expect(doc.missingTranslations).toEqual(['tr'])

    await payload.update({ collection: 'news', id: doc.id, locale: 'tr', data: { country: office as number, title: 'Ankara’da çalıştay' } })
    expect(await missing(doc.id)).toEqual(['tr'])

    await payload.update({ collection: 'news', id: doc.id, locale: 'tr', data: { excerpt: 'Kısa özet.', body: paragraphs('Metin.') } })
    expect(await missing(doc.id)).toEqual([])

    // A new English passage makes the translation incomplete again.
    await payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { dateline: 'Ankara' } })
    expect(await missing(doc.id)).toEqual(['tr'])
  })

  it('treats an empty rich text as missing', async () => {
    const doc = await payload.create({
      collection: 'news',
      locale: 'en',
      data: { country: office as number, title: 'Only a title', body: paragraphs('English body.'), publishedDate: '2024-01-01T12:00:00.000Z' },
    })
    await payload.update({ collection: 'news', id: doc.id, locale: 'tr', data: { country: office as number, title: 'Yalnızca başlık', body: paragraphs('   ') } })
    expect(await missing(doc.id)).toEqual(['tr'])
  })

  it('lets the lists filter what needs a Turkish translation', async () => {
    const { docs } = await payload.find({ collection: 'news', where: { missingTranslations: { contains: 'tr' } }, draft: true, depth: 0 })
    expect(docs.map((d) => d.title).sort()).toEqual(['Only a title', 'Workshop in Ankara', 'Workshop in Gaziantep'])
    const complete = await payload.create({ collection: 'facts', locale: 'en', data: { label: 'Figure', value: 1, notation: 'plain', scope: 'global' } })
    // A global fact is on every site: owed in each site's languages.
    expect(complete.missingTranslations).toEqual(['tr', 'az'])
    await payload.update({ collection: 'facts', id: complete.id, locale: 'tr', data: { label: 'Rakam' } })
    await payload.update({ collection: 'facts', id: complete.id, locale: 'az', data: { label: 'Rəqəm' } })
    expect((await payload.findByID({ collection: 'facts', id: complete.id })).missingTranslations).toEqual([])
  })
})
