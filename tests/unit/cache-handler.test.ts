/**
 * Next's cache handler (lib/cache/handler.mjs) in one process (no REDIS_URL). A render that read
 * the old content before a change and stored its result after Next dropped the change's tag
 * used to be kept as fresh, for good (the resilience suite's home page on CI). Entries are now
 * stamped with the start of the request that rendered them, and one older than its tags' last
 * revalidation is a miss.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { jest } from '@jest/globals'

import KopruCacheHandler from '@/lib/cache/handler.mjs'
import { registerFrontCachePurge } from '@/lib/cache/registry.mjs'
import { timed } from '@/lib/cache/requestClock.mjs'

type Handler = {
  get(key: string, ctx?: object): Promise<{ value: unknown; lastModified: number } | null>
  set(key: string, value: unknown, ctx?: object): Promise<void>
  revalidateTag(tag: string | string[]): Promise<void>
}

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-cache-'))
const cache = new (KopruCacheHandler as unknown as new (context: object) => Handler)({ serverDistDir: path.join(dist, 'server'), dev: false })
const purged = jest.fn()

/** A cached read (unstable_cache) as Next stores it. */
const read = (body: string) => ({ kind: 'FETCH', data: { headers: {}, body: JSON.stringify(body), status: 200, url: '' }, revalidate: false })
/** A rendered page as Next stores it: its tags in a header. */
const page = (html: string, tags: string[]) => ({ kind: 'APP_PAGE', html, headers: { 'x-next-cache-tags': tags.join(',') }, status: 200 })
const bodyOf = (entry: { value: unknown } | null) =>
  (entry?.value as { data?: { body: string }; html?: string } | undefined)?.data?.body ?? (entry?.value as { html?: string } | undefined)?.html
const later = () => new Promise((resolve) => setTimeout(resolve, 5))

beforeAll(() => {
  registerFrontCachePurge(purged)
})

afterAll(() => {
  registerFrontCachePurge(undefined)
  fs.rmSync(dist, { recursive: true, force: true })
})

it('keeps a read until its tag is revalidated', async () => {
  await timed(() => cache.set('news-list', read('v1'), { tags: ['kopru:news'] }))
  expect(bodyOf(await cache.get('news-list', { tags: ['kopru:news'], softTags: [] }))).toBe('"v1"')
  await cache.revalidateTag(['kopru:news'])
  expect(await cache.get('news-list', { tags: ['kopru:news'], softTags: [] })).toBeNull()
})

it('does not keep what a request that began before the change stores after it', async () => {
  const startedBefore = Date.now()
  await later()
  await cache.revalidateTag('kopru:news')
  // The slow render finishes: it read the old list before the change.
  await timed(() => cache.set('news-list', read('old'), { tags: ['kopru:news'] }), startedBefore)
  expect(await cache.get('news-list', { tags: ['kopru:news'], softTags: [] })).toBeNull()
  // A page rendered from it, the same.
  await timed(() => cache.set('/en', page('<p>old</p>', ['kopru:news', '_N_T_/en']), { cacheControl: { revalidate: false } }), startedBefore)
  expect(await cache.get('/en', { softTags: ['_N_T_/layout'] })).toBeNull()

  // A request that began after the change stores what stays.
  await later()
  await timed(() => cache.set('news-list', read('new'), { tags: ['kopru:news'] }))
  await timed(() => cache.set('/en', page('<p>new</p>', ['kopru:news', '_N_T_/en']), { cacheControl: { revalidate: false } }))
  expect(bodyOf(await cache.get('news-list', { tags: ['kopru:news'], softTags: [] }))).toBe('"new"')
  expect(bodyOf(await cache.get('/en', { softTags: ['_N_T_/layout'] }))).toBe('<p>new</p>')
})

it('keeps what other tags were revalidated around', async () => {
  const startedBefore = Date.now()
  await later()
  await cache.revalidateTag('kopru:statements')
  await timed(() => cache.set('facts', read('facts'), { tags: ['kopru:facts'] }), startedBefore)
  expect(bodyOf(await cache.get('facts', { tags: ['kopru:facts'], softTags: [] }))).toBe('"facts"')
})

it('purges the caches in front of Next after the tag is dropped, not before', async () => {
  await timed(() => cache.set('countries', read('tr'), { tags: ['kopru:countries'] }))
  purged.mockClear()
  let seenByPurge: unknown = 'not purged'
  purged.mockImplementation(async () => {
    seenByPurge = await cache.get('countries', { tags: ['kopru:countries'], softTags: [] })
  })
  await cache.revalidateTag('kopru:countries')
  expect(purged).toHaveBeenCalledTimes(1)
  await later()
  expect(seenByPurge).toBeNull()
})

it('stamps with the store time outside a request (the build, scripts)', async () => {
  const before = Date.now()
  await cache.set('programmes', read('p'), { tags: ['kopru:programmes'] })
  expect((await cache.get('programmes', { tags: ['kopru:programmes'], softTags: [] }))!.lastModified).toBeGreaterThanOrEqual(before)
})
