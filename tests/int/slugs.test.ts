import type { Payload } from 'payload'

import { validationMessages } from '../helpers/errors'
import { startPayload } from '../helpers/payload'

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

  it('are unique per locale within a collection', async () => {
    const messages = await validationMessages(publish('news', 'tr', { title: 'Göç İdaresi ile İş Birliği' }))
    expect(messages).toEqual([expect.stringMatching(/^slug: The slug "goc-idaresi-ile-is-birligi" is already used/)])
  })

  it('may repeat across locales and across collections', async () => {
    const english = await publish('news', 'en', { title: 'Goc idaresi ile is birligi' })
    expect(english.slug).toBe('goc-idaresi-ile-is-birligi')
    const statement = await publish('statements', 'tr', { title: 'Göç İdaresi ile İş Birliği' })
    expect(statement.slug).toBe('goc-idaresi-ile-is-birligi')
  })

  it('keep their slug when a document is updated without changing it', async () => {
    const doc = await publish('news', 'en', { title: 'Stable address' })
    const updated = await payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { excerpt: 'More text.' } })
    expect(updated.slug).toBe('stable-address')
  })
})
