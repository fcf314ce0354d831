/**
 * Which sites' cached pages a save drops (lib/cache/revalidate.ts, lib/cache/purge.ts), with
 * Payload's own saves: an edit of one office's published document drops that office's site
 * only; a draft saved over it, or a draft created, drops nothing; an unpublish drops every
 * site's (other offices' links may name it). Outside Next (here) every expiry purges at once,
 * so the page cache's expiries are what the saves set off.
 */
import type { Payload } from 'payload'

import { registerPageCacheExpiry } from '@/lib/cache/registry.mjs'
import { paragraphs } from '@/lib/richtext'
import '@/lib/sites'
import { expireSiteDirectory, siteDirectory } from '@/lib/sites/directory'
import { startPayload } from '@/tests/helpers/payload'

let payload: Payload
let turkiye: number
let baku: number
/** Each expiry of the page cache: the hosts it named, or null for every site's. */
const expiries: (string[] | null)[] = []

beforeAll(async () => {
  payload = await startPayload()
  turkiye = (await payload.create({ collection: 'countries', locale: 'en', data: { name: 'Türkiye', isoCode: 'TR' } })).id as number
  baku = (await payload.create({ collection: 'countries', locale: 'en', data: { name: 'Azerbaijan', isoCode: 'AZ' } })).id as number
  await payload.create({
    collection: 'sites',
    locale: 'en',
    data: { name: 'Türkiye', key: 'turkiye', url: 'https://turkiye.example', aliases: ['127.0.0.1'], languages: ['en', 'tr'], defaultLanguage: 'en', offices: [turkiye] },
  })
  await payload.create({
    collection: 'sites',
    locale: 'en',
    data: { name: 'Azerbaijan', key: 'azerbaijan', url: 'https://az.example', languages: ['en', 'az'], defaultLanguage: 'en', offices: [baku] },
  })
  expireSiteDirectory()
  await siteDirectory()
  registerPageCacheExpiry((hosts) => expiries.push(hosts ?? null))
})

afterAll(async () => {
  registerPageCacheExpiry(undefined)
  await payload?.destroy()
})

/** The expiries a step set off. */
async function expiriesOf(step: () => Promise<unknown>) {
  expiries.length = 0
  await step()
  return [...expiries]
}

describe('a save drops the cached pages of the sites that show its document', () => {
  let id: number

  it('publishing a Baku news item drops the Azerbaijan site’s pages only', async () => {
    const made = await expiriesOf(async () => {
      id = (
        await payload.create({
          collection: 'news',
          locale: 'en',
          data: { title: 'Round table in Baku', _status: 'published', country: baku, publishedDate: '2026-12-01T09:00:00.000Z', body: paragraphs('Text.') },
        })
      ).id as number
    })
    // Its search entry's save as well: each names the Azerbaijan site's host, or no site's pages
    // ([]: the API's answers, which server.mjs's page cache keeps too and every change drops).
    expect(made.filter((hosts) => hosts?.length !== 0).length).toBeGreaterThan(0)
    expect(made).toContainEqual([])
    expect(made.every((hosts) => hosts !== null && (hosts.length === 0 || hosts.join() === 'az.example'))).toBe(true)
  })

  it('an edit of it published: the same', async () => {
    const made = await expiriesOf(() => payload.update({ collection: 'news', id, locale: 'en', data: { title: 'Round table in Baku, updated', _status: 'published' } }))
    expect(made.filter((hosts) => hosts?.length !== 0).length).toBeGreaterThan(0)
    expect(made.every((hosts) => hosts?.join() === 'az.example' || hosts?.length === 0)).toBe(true)
  })

  it('a draft saved over it, or a draft created: nothing at all', async () => {
    expect(await expiriesOf(() => payload.update({ collection: 'news', id, locale: 'en', draft: true, data: { title: 'Round table in Baku, work in progress' } }))).toEqual([])
    expect(
      await expiriesOf(() =>
        payload.create({
          collection: 'news',
          locale: 'en',
          draft: true,
          data: { title: 'Not yet', _status: 'draft', country: turkiye, publishedDate: '2026-12-02T09:00:00.000Z' },
        }),
      ),
    ).toEqual([])
  })

  it('moving it to the Türkiye office: both sites', async () => {
    const made = await expiriesOf(() => payload.update({ collection: 'news', id, locale: 'en', data: { country: turkiye, _status: 'published' } }))
    expect(made.every((hosts) => hosts !== null)).toBe(true)
    expect([...new Set(made.flatMap((hosts) => hosts ?? []))].sort()).toEqual(['127.0.0.1', 'az.example', 'turkiye.example'])
  })

  it('unpublishing it, even with a newer draft saved: every site (another office’s links may name it)', async () => {
    await payload.update({ collection: 'news', id, locale: 'en', draft: true, data: { title: 'A newer draft' } })
    const made = await expiriesOf(() => payload.update({ collection: 'news', id, locale: 'en', data: { _status: 'draft' } }))
    expect(made).toContain(null)
  })

  it('a global fact: every site', async () => {
    const made = await expiriesOf(() =>
      payload.create({ collection: 'facts', locale: 'en', data: { label: 'Migrants worldwide', value: '281 million', scope: 'global' } as never }),
    )
    expect(made).toContain(null)
  })
})
