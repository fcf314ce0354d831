import type { Payload } from 'payload'

import { findPublic, findPublicBySlug } from '@/lib/content/reader'
import { startPayload } from '@/tests/helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

describe('localized content', () => {
  it('round-trips English and Turkish versions of one document', async () => {
    const created = await payload.create({
      collection: 'news',
      locale: 'en',
      data: { title: 'Round table in Baku', excerpt: 'Partners met.', dateline: 'Baku', _status: 'published', publishedDate: '2022-07-28T12:00:00.000Z' },
    })
    await payload.update({
      collection: 'news',
      id: created.id,
      locale: 'tr',
      data: { title: 'Bakü’de yuvarlak masa', excerpt: 'Ortaklar buluştu.', dateline: 'Bakü', _status: 'published' },
    })

    const en = await findPublicBySlug('news', 'round-table-in-baku', 'en', 1, null)
    const tr = await findPublicBySlug('news', 'bakude-yuvarlak-masa', 'tr', 1, null)
    expect(en).toMatchObject({ id: created.id, title: 'Round table in Baku', dateline: 'Baku' })
    expect(tr).toMatchObject({ id: created.id, title: 'Bakü’de yuvarlak masa', dateline: 'Bakü', excerpt: 'Ortaklar buluştu.' })

    const all = (await payload.findByID({ collection: 'news', id: created.id, locale: 'all' })) as unknown as {
      slug: Record<string, string>
    }
    expect(all.slug).toEqual({ en: 'round-table-in-baku', tr: 'bakude-yuvarlak-masa' })
  })

  it('falls back to English where a Turkish translation is missing, and can tell it is missing', async () => {
    await payload.create({
      collection: 'news',
      locale: 'en',
      data: { title: 'English only story', excerpt: 'Only in English.', _status: 'published', publishedDate: '2023-01-20T12:00:00.000Z' },
    })
    const withFallback = await findPublic('news', { site: null, locale: 'tr', sort: '-publishedDate' })
    expect(withFallback.docs[0]).toMatchObject({ title: 'English only story', excerpt: 'Only in English.' })

    const withoutFallback = await findPublic('news', { site: null, locale: 'tr', fallback: false, sort: '-publishedDate' })
    expect(withoutFallback.docs[0].title ?? null).toBeNull()

    // The Turkish list links it with its only slug, the English one: that address must work.
    expect(withFallback.docs[0].slug).toBe('english-only-story')
    expect(await findPublicBySlug('news', 'english-only-story', 'tr', 1, null)).toMatchObject({ title: 'English only story' })
    expect(await findPublicBySlug('news', 'no-such-story', 'tr', 1, null)).toBeNull()
  })

  it('keeps numbers and relations shared between locales', async () => {
    const country = await payload.create({
      collection: 'countries',
      locale: 'en',
      data: { name: 'Azerbaijan', isoCode: 'az', presenceSince: 1996 },
    })
    await payload.update({ collection: 'countries', id: country.id, locale: 'tr', data: { name: 'Azerbaycan' } })
    const tr = await payload.findByID({ collection: 'countries', id: country.id, locale: 'tr' })
    expect(tr).toMatchObject({ name: 'Azerbaycan', slug: 'azerbaycan', isoCode: 'AZ', presenceSince: 1996 })
  })
})
