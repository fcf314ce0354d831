import type { Payload } from 'payload'

import { paragraphs } from '@/lib/richtext'
import { startPayload } from '@/tests/helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

const missing = async (id: number | string) => (await payload.findByID({ collection: 'news', id, draft: true, depth: 0 })).missingTranslations ?? []

describe('translation status', () => {
  it('marks a document missing Turkish until every text of the English version is translated', async () => {
    const doc = await payload.create({
      collection: 'news',
      locale: 'en',
      data: { title: 'Workshop in Ankara', excerpt: 'Short summary.', body: paragraphs('Body text.'), publishedDate: '2024-01-01T12:00:00.000Z', _status: 'published' },
    })
    expect(doc.missingTranslations).toEqual(['tr'])

    await payload.update({ collection: 'news', id: doc.id, locale: 'tr', data: { title: 'Ankara’da çalıştay' } })
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
      data: { title: 'Only a title', body: paragraphs('English body.'), publishedDate: '2024-01-01T12:00:00.000Z' },
    })
    await payload.update({ collection: 'news', id: doc.id, locale: 'tr', data: { title: 'Yalnızca başlık', body: paragraphs('   ') } })
    expect(await missing(doc.id)).toEqual(['tr'])
  })

  it('lets the lists filter what needs a Turkish translation', async () => {
    const { docs } = await payload.find({ collection: 'news', where: { missingTranslations: { contains: 'tr' } }, draft: true, depth: 0 })
    expect(docs.map((d) => d.title).sort()).toEqual(['Only a title', 'Workshop in Ankara'])
    const complete = await payload.create({ collection: 'facts', locale: 'en', data: { label: 'Figure', value: 1, notation: 'plain', scope: 'global' } })
    expect(complete.missingTranslations).toEqual(['tr'])
    await payload.update({ collection: 'facts', id: complete.id, locale: 'tr', data: { label: 'Rakam' } })
    expect((await payload.findByID({ collection: 'facts', id: complete.id })).missingTranslations).toEqual([])
  })
})
