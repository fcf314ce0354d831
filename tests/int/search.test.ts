import type { Payload } from 'payload'

import { searchSite } from '@/lib/content/search'
import { paragraphs } from '@/lib/richtext'
import { startPayload } from '@/tests/helpers/payload'

let payload: Payload
let bilingualId: string | number
let ankara: number
let baku: number

/** A site of both offices (each site searches only its offices' documents: the last test). */
const search = (locale: 'en' | 'tr', q: string, extra: { type?: 'news' | 'statements' | 'programmes' | 'countries' | 'facts'; page?: number; offices?: number[] } = {}) =>
  searchSite({ offices: extra.offices ?? [ankara, baku] }, locale, { q, page: extra.page ?? 1, type: extra.type })
const titlesOf = async (locale: 'en' | 'tr', q: string, extra = {}) => (await search(locale, q, extra)).hits.map((hit) => hit.title)

beforeAll(async () => {
  payload = await startPayload()
  ankara = (await payload.create({ collection: 'countries', locale: 'en', data: { name: 'Türkiye', isoCode: 'TR' } })).id as number
  baku = (await payload.create({ collection: 'countries', locale: 'en', data: { name: 'Azerbaijan', isoCode: 'AZ' } })).id as number
  const bilingual = await payload.create({
    collection: 'news',
    locale: 'en',
    data: {
      country: ankara,
      title: 'Support for migrants in Istanbul',
      _status: 'published',
      publishedDate: '2024-03-01T12:00:00.000Z',
      body: paragraphs('Counselling for migrant families.'),
    },
  })
  bilingualId = bilingual.id
  await payload.update({
    collection: 'news',
    id: bilingual.id,
    locale: 'tr',
    data: { title: 'İstanbul’da göçmenlere destek', _status: 'published', body: paragraphs('Göçmen ailelere danışmanlık.') },
  })
  await payload.create({
    collection: 'news',
    data: { country: baku, title: 'Round table in Baku', _status: 'published', publishedDate: '2024-02-01T12:00:00.000Z', body: paragraphs('Only in English, about Bakü.') },
  })
  await payload.create({
    collection: 'statements',
    data: {
      country: ankara,
      title: 'Statement on border crossings',
      kind: 'statement',
      _status: 'published',
      date: '2024-04-01T12:00:00.000Z',
      body: paragraphs('We support migrants at the border in Istanbul.'),
    },
  })
  await payload.create({
    collection: 'news',
    data: {
      country: baku,
      title: 'Memorandum with Azərbaycan Respublikasının Dövlət Miqrasiya Xidməti',
      _status: 'published',
      publishedDate: '2024-01-15T12:00:00.000Z',
      body: paragraphs('Signed at the service’s headquarters in Bakı.'),
    },
  })
  await payload.create({
    collection: 'news',
    draft: true,
    data: { country: ankara, title: 'Secret draft about migrants in Istanbul', _status: 'draft', publishedDate: '2024-05-01T12:00:00.000Z' },
  })
})

afterAll(async () => {
  await payload?.destroy()
})

describe('site search', () => {
  it('finds Turkish text whatever the case and diacritics, with Turkish i rules', async () => {
    for (const q of ['gocmen', 'GÖÇMEN', 'göçmen', 'istanbul', 'İSTANBUL', 'ISTANBUL']) {
      expect(await titlesOf('tr', q)).toContain('İstanbul’da göçmenlere destek')
    }
  })

  it('finds Azerbaijani names whatever the case, with ə folded to e and the Turkic i rules', async () => {
    const title = 'Memorandum with Azərbaycan Respublikasının Dövlət Miqrasiya Xidməti'
    for (const q of ['baki', 'BAKI', 'Bakı', 'azerbaycan', 'Azərbaycan', 'AZƏRBAYCAN', 'dovlet miqrasiya xidmeti']) {
      expect([q, await titlesOf('en', q)]).toEqual([q, [title]])
    }
  })

  it('searches in the reader’s language only', async () => {
    expect(await titlesOf('en', 'gocmen')).toEqual([])
    expect(await titlesOf('en', 'migrants')).toEqual(expect.arrayContaining(['Support for migrants in Istanbul', 'Statement on border crossings']))
  })

  it('finds untranslated documents in the fallback language and says so', async () => {
    const { hits } = await search('tr', 'baku')
    expect(hits.map((hit) => [hit.title, hit.lang])).toEqual([['Round table in Baku', 'en']])
    expect(hits[0].href).toBe('/tr/haberler/round-table-in-baku')
  })

  it('links each hit to its page in the reader’s locale', async () => {
    const { hits } = await search('tr', 'gocmen')
    expect(hits[0].href).toBe('/tr/haberler/istanbulda-gocmenlere-destek')
    expect(hits[0].lang).toBeUndefined()
  })

  it('ranks a title match above a body-only match', async () => {
    expect(await titlesOf('en', 'istanbul migrants')).toEqual(['Support for migrants in Istanbul', 'Statement on border crossings'])
  })

  it('requires every word and filters by content type', async () => {
    expect(await titlesOf('en', 'migrants baku')).toEqual([])
    expect(await titlesOf('en', 'migrants', { type: 'statements' })).toEqual(['Statement on border crossings'])
  })

  it('never finds a draft', async () => {
    expect(await titlesOf('en', 'secret')).toEqual([])
  })

  it('keeps the published text while a newer draft is pending, and drops the entry on unpublish and delete', async () => {
    await payload.update({ collection: 'news', id: bilingualId, locale: 'en', draft: true, data: { title: 'Unapproved headline zebra', _status: 'draft' } })
    expect(await titlesOf('en', 'zebra')).toEqual([])
    expect(await titlesOf('en', 'counselling')).toEqual(['Support for migrants in Istanbul'])

    await payload.update({ collection: 'news', id: bilingualId, locale: 'en', data: { _status: 'draft' } })
    expect(await titlesOf('en', 'counselling')).toEqual([])
    expect(await titlesOf('tr', 'gocmen')).toEqual([])

    const roundTable = (await search('en', 'baku')).hits[0]
    await payload.delete({ collection: 'news', id: roundTable.id })
    expect(await titlesOf('en', 'baku')).toEqual([])
  })

  it('searches only the site’s offices: Türkiye’s site does not find Baku’s memorandum, Azerbaijan’s does', async () => {
    const memorandum = 'Memorandum with Azərbaycan Respublikasının Dövlət Miqrasiya Xidməti'
    expect(await titlesOf('en', 'memorandum', { offices: [ankara] })).toEqual([])
    expect(await titlesOf('en', 'memorandum', { offices: [baku] })).toEqual([memorandum])
    expect((await search('en', 'istanbul', { offices: [baku] })).total).toBe(0)
    expect((await search('en', 'istanbul', { offices: [ankara] })).total).toBeGreaterThan(0)
  })

  it('returns nothing for a query without words', async () => {
    expect((await search('en', '%_ ,;')).hits).toEqual([])
  })
})
