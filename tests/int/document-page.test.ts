import type { Payload } from 'payload'

import { loadDocumentPage } from '@/lib/content/page'
import type { Site } from '@/lib/sites/directory'
import { startPayload } from '@/tests/helpers/payload'
import { siteOfEveryOffice } from '@/tests/helpers/sites'

let payload: Payload
let site: Site

beforeAll(async () => {
  payload = await startPayload()
  const office = await payload.create({ collection: 'countries', locale: 'en', data: { name: 'Azerbaijan', isoCode: 'AZ' } })
  site = await siteOfEveryOffice(payload)
  const both = await payload.create({
    collection: 'news',
    locale: 'en',
    data: { country: office.id, title: 'Round table in Baku', excerpt: 'Partners met.', _status: 'published', publishedDate: '2022-07-28T12:00:00.000Z' },
  })
  await payload.update({ collection: 'news', id: both.id, locale: 'tr', data: { title: 'Bakü’de yuvarlak masa', _status: 'published' } })
  await payload.create({
    collection: 'news',
    locale: 'en',
    data: { country: office.id, title: 'English only story', excerpt: 'Only in English.', _status: 'published', publishedDate: '2023-01-20T12:00:00.000Z' },
  })
})

afterAll(async () => {
  await payload?.destroy()
})

describe('loadDocumentPage', () => {
  it('gives a translated document its own URL in every locale and no fallback', async () => {
    const page = await loadDocumentPage(site, 'news', 'bakude-yuvarlak-masa', 'tr', ['title', 'excerpt', 'body'])
    expect(page?.alternates).toEqual({ en: '/en/news/round-table-in-baku', tr: '/tr/haberler/bakude-yuvarlak-masa' })
    expect(page?.translatedIn).toEqual(['en', 'tr'])
    expect(page?.canonical).toBe('/tr/haberler/bakude-yuvarlak-masa')
    // The Turkish version has no excerpt of its own: only that field fell back.
    expect(page?.fallbackFields).toEqual(['excerpt'])
  })

  it('serves an untranslated document under its English slug, pointing the switcher to the Turkish list', async () => {
    const page = await loadDocumentPage(site, 'news', 'english-only-story', 'tr', ['title', 'excerpt', 'body'])
    expect(page?.doc.title).toBe('English only story')
    expect(page?.fallbackFields).toEqual(['title', 'excerpt'])
    expect(page?.alternates).toEqual({ en: '/en/news/english-only-story', tr: '/tr/haberler' })
    expect(page?.translatedIn).toEqual(['en'])
    expect(page?.canonical).toBe('/en/news/english-only-story')
  })

  it('judges an array by its rows’ own text: a programme’s translated pillars are not marked as English, a row’s text in English only is', async () => {
    const programme = await payload.create({
      collection: 'programmes',
      locale: 'en',
      data: {
        countries: site.offices,
        title: 'Counter-trafficking',
        summary: 'Prevention and protection.',
        pillars: [{ title: 'Prevention', text: 'Stopping it early.' }, { title: 'Protection' }],
        principles: [{ text: 'Do no harm' }],
        _status: 'published',
      } as never,
    })
    const { pillars, principles } = programme as unknown as { pillars: { id: string }[]; principles: { id: string }[] }
    const translate = (pillarTexts: (string | undefined)[]) =>
      payload.update({
        collection: 'programmes',
        id: programme.id,
        locale: 'tr',
        data: {
          title: 'İnsan ticaretiyle mücadele',
          summary: 'Önleme ve koruma.',
          pillars: pillars.map((row, i) => ({ id: row.id, title: ['Önleme', 'Koruma'][i], text: pillarTexts[i] })),
          principles: principles.map((row) => ({ id: row.id, text: 'Zarar verme' })),
          _status: 'published',
        } as never,
      })
    const fields = ['title', 'summary', 'body', 'pillars', 'principles'] as const
    await translate([undefined, undefined])
    const partly = await loadDocumentPage(site, 'programmes', 'insan-ticaretiyle-mucadele', 'tr', [...fields])
    expect(partly?.doc.pillars?.map((pillar) => pillar.title)).toEqual(['Önleme', 'Koruma'])
    // The first pillar's text exists in English only: the pillars are shown (and marked) as falling back.
    expect(partly?.fallbackFields).toEqual(['pillars'])
    await translate(['Erken önlemek.', undefined])
    expect((await loadDocumentPage(site, 'programmes', 'insan-ticaretiyle-mucadele', 'tr', [...fields]))?.fallbackFields).toEqual([])
  })

  it('finds nothing for an unknown slug, or a Turkish slug asked for in English', async () => {
    expect(await loadDocumentPage(site, 'news', 'no-such-story', 'tr', ['title'])).toBeNull()
    expect(await loadDocumentPage(site, 'news', 'bakude-yuvarlak-masa', 'en', ['title'])).toBeNull()
  })
})
