/**
 * Lists and the home page show each item's picture (lib/content/listImages.ts): the share
 * image when one was chosen, else the hero image, in its card size with its intrinsic size (no
 * layout shift). Read for a whole page of items at once, as the public: an image that is not
 * public is absent.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'

import { listCountries, listNews, listProgrammes, listStatements } from '@/lib/content/lists'
import { latestNews } from '@/lib/content/news'
import { countryCards, newsItems, programmeCards, statementItems } from '@/lib/content/toListItems'
import type { ListParams } from '@/lib/listParams'
import type { Site } from '@/lib/sites/directory'
import { startPayload } from '@/tests/helpers/payload'
import { recordStatements } from '@/tests/helpers/queryPlans'
import { siteOfEveryOffice } from '@/tests/helpers/sites'

let payload: Payload
let site: Site
let office: number

const jpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#0033a0' } })
    .jpeg()
    .toBuffer()

async function upload(name: string, alt: string, width = 1200, height = 800) {
  const data = await jpeg(width, height)
  return payload.create({ collection: 'media', locale: 'en', data: { alt }, file: { data, mimetype: 'image/jpeg', name, size: data.length }, overrideAccess: true })
}

const day = (n: number) => `2024-01-${String(n).padStart(2, '0')}T09:00:00.000Z`
const t = (key: string) => key
const firstPage = { page: 1 } as ListParams
/** The statements that read the media table. */
const mediaReads = (statements: { sql: string }[]) => statements.filter((statement) => /\bfrom "media"/i.test(statement.sql))

beforeAll(async () => {
  payload = await startPayload()
  office = (await payload.create({ collection: 'countries', locale: 'en', data: { name: 'Türkiye', isoCode: 'TR', _status: 'published' } as never })).id as number
  // Ten published news items, each with its own hero image (publishing makes it public: access/media.ts).
  for (let n = 1; n <= 10; n++) {
    const hero = await upload(`hero-${n}.jpg`, `Hero ${n}`)
    await payload.create({ collection: 'news', data: { country: office, title: `Story ${n}`, _status: 'published', publishedDate: day(n), hero: { image: hero.id } } })
  }
  site = await siteOfEveryOffice(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

it('gives a news item with a published hero image its card-sized image, with its size and alt text', async () => {
  const items = newsItems((await listNews(site, 'en', firstPage)).docs, 'en')
  expect(items).toHaveLength(10)
  const story = items.find((item) => item.title === 'Story 10')
  expect(story?.image).toEqual({ src: '/api/media/file/hero-10-800x533.jpg', width: 800, height: 533, alt: 'Hero 10' })
  expect(items.every((item) => item.image?.src && item.image.width > 0 && item.image.height > 0)).toBe(true)
})

it('reads the images of a page of ten items in one query, none when no item has one', async () => {
  const withImages = await recordStatements(payload, () => listNews(site, 'en', firstPage))
  expect(mediaReads(withImages)).toHaveLength(1)
  const home = await recordStatements(payload, () => latestNews(site, 'en', 10))
  expect(mediaReads(home)).toHaveLength(1)
  const without = await recordStatements(payload, () => listStatements(site, 'en', firstPage))
  expect(mediaReads(without)).toHaveLength(0)
})

it('leaves out an image the public may not see', async () => {
  const hidden = await upload('embargoed.jpg', 'Not yet')
  const doc = await payload.create({
    collection: 'news',
    data: { country: office, title: 'Story with a private image', _status: 'published', publishedDate: day(20), hero: { image: hidden.id } },
  })
  const imageOf = async () => newsItems((await listNews(site, 'en', firstPage)).docs, 'en').find((entry) => entry.id === doc.id)?.image ?? null
  expect((await imageOf())?.alt).toBe('Not yet')
  // As an upload for a draft is (access/media.ts): not public.
  await payload.db.updateOne({ collection: 'media', id: hidden.id, data: { public: false } })
  expect(await imageOf()).toBeNull()
  expect(newsItems((await listNews(site, 'en', firstPage)).docs, 'en').map((entry) => entry.title)).toContain('Story with a private image')
  await payload.delete({ collection: 'news', id: doc.id, overrideAccess: true })
})

it('prefers the share image (SEO) to the hero, and shows it on statements, programmes and country offices', async () => {
  const share = await upload('share.jpg', 'Shared picture', 1200, 630)
  const hero = await upload('own-hero.jpg', 'Own hero')
  const news = await payload.create({
    collection: 'news',
    data: { country: office, title: 'Story with a share image', _status: 'published', publishedDate: day(25), hero: { image: hero.id }, meta: { image: share.id } },
  })
  await payload.create({
    collection: 'statements',
    data: { country: office, title: 'Statement with a share image', _status: 'published', date: day(25), kind: 'speech', meta: { image: share.id } } as never,
  })
  await payload.create({ collection: 'programmes', data: { countries: [office], title: 'Programme with a share image', _status: 'published', meta: { image: share.id } } as never })
  await payload.update({ collection: 'countries', id: office, data: { heroImage: hero.id } as never })

  const [newsItem] = newsItems(await latestNews(site, 'en', 1), 'en')
  expect([newsItem.id, newsItem.image?.alt, newsItem.image?.src]).toEqual([news.id, 'Shared picture', '/api/media/file/share-800x420.jpg'])
  const [statement] = statementItems((await listStatements(site, 'en', firstPage)).docs, 'en', String)
  expect(statement.image).toMatchObject({ alt: 'Shared picture', width: 800, height: 420 })
  const programme = programmeCards(await listProgrammes(site, 'en'), 'en', t).find((card) => card.title === 'Programme with a share image')
  expect(programme?.image).toMatchObject({ alt: 'Shared picture', width: 800, height: 420 })
  const [country] = countryCards(await listCountries(site, 'en'), 'en', t)
  expect(country.image).toMatchObject({ src: '/api/media/file/own-hero-800x533.jpg', alt: 'Own hero', width: 800, height: 533 })
})
