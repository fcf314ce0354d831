import type { Payload } from 'payload'

import { validationMessages } from '@/tests/helpers/errors'
import { startPayload } from '@/tests/helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

const publish = (collection: 'news' | 'statements', locale: 'en' | 'tr', data: Record<string, unknown>) =>
  payload.create({
    collection,
    locale,
    data: { _status: 'published', publishedDate: '2024-01-01T12:00:00.000Z', date: '2024-01-01T12:00:00.000Z', ...data } as never,
  })

describe('slugs', () => {
  it('are generated from the title with Turkish transliteration', async () => {
    const doc = await publish('news', 'tr', { title: 'Göç İdaresi ile İş Birliği' })
    expect(doc.slug).toBe('goc-idaresi-ile-is-birligi')
  })

  it('are generated per locale from that locale’s title', async () => {
    const doc = await publish('news', 'en', { title: 'Cooperation with the Migration Authority' })
    const tr = await payload.update({ collection: 'news', id: doc.id, locale: 'tr', data: { title: 'Göç İdaresi ile İş Birliği Sürüyor', _status: 'published' } })
    expect(doc.slug).toBe('cooperation-with-the-migration-authority')
    expect(tr.slug).toBe('goc-idaresi-ile-is-birligi-suruyor')
  })

  it('can be edited, and an edited slug is normalised', async () => {
    const doc = await publish('news', 'tr', { title: 'Uzun bir başlık', slug: 'Kısa Başlık' })
    expect(doc.slug).toBe('kisa-baslik')
  })

  it('are unique within a collection', async () => {
    const messages = await validationMessages(publish('news', 'tr', { title: 'Göç İdaresi ile İş Birliği' }))
    expect(messages).toEqual([expect.stringMatching(/^slug: The slug "goc-idaresi-ile-is-birligi" is already used/)])
  })

  it('are unique across locales too, so an untranslated document’s URL can never open another', async () => {
    const messages = await validationMessages(publish('news', 'en', { title: 'Goc idaresi ile is birligi' }))
    expect(messages).toEqual([expect.stringMatching(/^slug: The slug "goc-idaresi-ile-is-birligi" is already used/)])
  })

  it('may repeat in another collection, and within one document across its locales', async () => {
    const statement = await publish('statements', 'tr', { title: 'Göç İdaresi ile İş Birliği' })
    expect(statement.slug).toBe('goc-idaresi-ile-is-birligi')
    const country = await payload.create({ collection: 'countries', locale: 'en', data: { name: 'Türkiye', isoCode: 'TR' } })
    const tr = await payload.update({ collection: 'countries', id: country.id, locale: 'tr', data: { name: 'Türkiye' } })
    expect([country.slug, tr.slug]).toEqual(['turkiye', 'turkiye'])
  })

  it('count a published slug as taken while its document has a renamed draft pending', async () => {
    const live = await publish('news', 'en', { title: 'Live address' })
    await payload.update({ collection: 'news', id: live.id, draft: true, data: { title: 'Renamed in a draft', slug: 'renamed-in-a-draft', _status: 'draft' } })
    const messages = await validationMessages(publish('news', 'en', { title: 'Live address' }))
    expect(messages).toEqual([expect.stringMatching(/^slug: The slug "live-address" is already used/)])
  })

  it('keep their address when an update changes the title without sending a slug', async () => {
    const doc = await publish('news', 'en', { title: 'First headline' })
    const updated = await payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { title: 'Corrected headline' } })
    expect(updated.slug).toBe('first-headline')
  })

  it('keep an edited slug when a document is updated without touching it', async () => {
    const doc = await publish('news', 'en', { title: 'Stable address', slug: 'my-chosen-address' })
    const updated = await payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { excerpt: 'More text.' } })
    expect(updated.slug).toBe('my-chosen-address')
  })
})
