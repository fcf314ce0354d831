import type { Payload } from 'payload'

import { sitemapPages } from '../../lib/content/sitemap'
import { seed } from '../../lib/seed'
import { startPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await seed(payload, { demo: false })
})

afterAll(async () => {
  await payload?.destroy()
})

describe('sitemap pages', () => {
  it('covers every published document in each locale it is translated into, and no draft', async () => {
    const pages = await sitemapPages()
    const all = pages.flatMap((p) => Object.values(p.paths))
    expect(all).toContain('/tr/haberler/bakude-insan-ticaretiyle-mucadele-gunu-yuvarlak-masa-toplantisi')
    expect(all).toContain('/en/statements/speech-on-international-migrants-day')
    expect(all).toContain('/tr/programlar/insan-ticaretiyle-mucadele')
    expect(all).toContain('/tr/ulkeler/azerbaycan')
    expect(all.filter((path) => /seasonal|mevsimlik/.test(path))).toEqual([])
    const englishOnly = pages.find((p) => p.paths.en === '/en/news/shelter-support-continues-in-azerbaijan')
    expect(englishOnly?.paths).toEqual({ en: '/en/news/shelter-support-continues-in-azerbaijan' })
    // 4 news + 3 statements + 2 programmes + 2 countries, plus home, facts and 4 lists.
    expect(pages).toHaveLength(17)
  })
})
