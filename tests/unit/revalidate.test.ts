/**
 * What a content change sets off (lib/cache/revalidate.ts). Inside a request Next takes the expiry
 * and applies it once the request has answered; the cache handler then purges the caches in
 * front of Next (tests/unit/cache-handler.test.ts), so the hooks do not purge them themselves:
 * purged earlier, they could be filled again from Next's old copies. Follow-ups through
 * /api/revalidate: at once where Next could not take the expiry (a scheduled job) or where the
 * save's transaction commits after Next applied it (MongoDB), and once more followUpMs later.
 * A bulk publish that stays open longer than followUpMs gets its follow-ups only once it
 * commits.
 */
import { jest } from '@jest/globals'

/** Next's revalidateTag: takes the tag inside a request, throws as Next does outside one. */
let insideRequest = true
const expired: string[] = []
jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: (tag: string) => {
    if (!insideRequest) throw new Error(`Invariant: static generation store missing in revalidateTag ${tag}`)
    expired.push(tag)
  },
}))

const { registerPageCacheExpiry } = await import('@/lib/cache/registry.mjs')
const { followUpMs, revalidateAfterChange, revalidateGlobalAfterChange } = await import('@/lib/cache/revalidate')

type Hook = (args: never) => unknown
const purges = jest.fn()
const sent: { at: number; tags: string[] }[] = []
let start = 0

beforeEach(() => {
  jest.useFakeTimers()
  start = Date.now()
  insideRequest = true
  expired.length = 0
  process.env.NEXT_RUNTIME = 'nodejs'
  registerPageCacheExpiry(purges)
  purges.mockClear()
  sent.length = 0
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
    sent.push({ at: Date.now() - start, tags: (JSON.parse(String(init?.body)) as { tags: string[] }).tags })
    return new Response(null, { status: 204 })
  })
})

afterEach(async () => {
  // Let every follow-up still due go out, so none reaches the next test.
  process.env.NEXT_RUNTIME = 'nodejs'
  await jest.advanceTimersByTimeAsync(followUpMs * 3)
  jest.useRealTimers()
  jest.restoreAllMocks()
  delete process.env.NEXT_RUNTIME
  registerPageCacheExpiry(undefined)
})

/** A change as Payload's afterChange hook reports it, inside the request's transaction: an edit of a published document of office 7. */
function change(slug: string, req: { transactionID?: number | string | Promise<unknown> }) {
  const doc = { id: 1, _status: 'published', country: 7, slug: 'a' }
  ;(revalidateAfterChange as Hook)({ collection: { slug }, doc, previousDoc: doc, operation: 'update', req } as never)
}

/** The tags an edit of office 7's document expires: for reads for no site, and for its office's sites. */
const news = ['kopru:news', 'kopru:news@7']
const statements = ['kopru:statements', 'kopru:statements@7']

it('leaves the purge to Next inside a request, and follows up once, followUpMs later (SQLite: no transaction)', async () => {
  // What Payload's initTransaction leaves when beginTransaction gives null.
  const req = { transactionID: Promise.resolve(null) }
  for (const slug of ['news', 'statements', 'news']) change(slug, req)
  expect(expired).toEqual([...news, ...statements, ...news])
  await jest.advanceTimersByTimeAsync(followUpMs - 100)
  expect(purges).not.toHaveBeenCalled()
  expect(sent).toEqual([])
  await jest.advanceTimersByTimeAsync(400)
  expect(sent).toHaveLength(1)
  expect(sent[0].tags.sort()).toEqual([...news, ...statements])
  expect(sent[0].at).toBeGreaterThanOrEqual(followUpMs)
})

it('follows a save up followUpMs later when Payload has populated the saved document (SQLite: its data loader leaves `{}`, no transaction)', async () => {
  // Payload's relationship data loader writes back the JSON of its batch key before afterChange:
  // the promise of null becomes `{}`. Read as an open transaction, it held the follow-ups (and
  // their purges) for transactionWaitMs, 2 minutes.
  const req: { transactionID?: unknown } = { transactionID: JSON.parse(JSON.stringify([Promise.resolve(null)]))[0] }
  expect(req.transactionID).toEqual({})
  change('news', req as never)
  await jest.advanceTimersByTimeAsync(followUpMs + 400)
  expect(sent.map(({ tags }) => tags)).toEqual([news])
  expect(sent[0].at).toBeGreaterThanOrEqual(followUpMs)
  expect(sent[0].at).toBeLessThan(followUpMs + 400)
})

it('follows a save up at once when its transaction commits, however long it stays open, and again followUpMs later', async () => {
  const req: { transactionID?: number } = { transactionID: 1 }
  // A bulk publish: three documents' hooks, 1 s apart, in one transaction.
  for (const slug of ['news', 'news', 'statements']) {
    change(slug, req)
    await jest.advanceTimersByTimeAsync(1000)
  }
  await jest.advanceTimersByTimeAsync(followUpMs * 2)
  expect(sent).toEqual([])

  const committedAt = Date.now() - start
  delete req.transactionID
  await jest.advanceTimersByTimeAsync(300)
  // At once after the commit, with every tag the transaction touched...
  expect(sent).toHaveLength(1)
  expect(sent[0].tags.sort()).toEqual([...news, ...statements])
  expect(sent[0].at - committedAt).toBeLessThan(300)
  // ...and once more, followUpMs after it.
  await jest.advanceTimersByTimeAsync(followUpMs)
  expect(sent).toHaveLength(2)
  expect(sent[1].tags.sort()).toEqual([...news, ...statements])
  expect(sent[1].at - committedAt).toBeGreaterThanOrEqual(followUpMs)
  expect(purges).not.toHaveBeenCalled()
})

it('outside a request (a scheduled job in the server) purges at once and has the tags expired at once', async () => {
  insideRequest = false
  change('news', {})
  // Twice: the plain tag's reads are the API's, whose answers server.mjs keeps too (no site's
  // pages: []), and the office tags' (the sites are not loaded here: every site's pages, null).
  expect(purges.mock.calls.map(([hosts]) => hosts)).toEqual([[], null])
  await jest.advanceTimersByTimeAsync(300)
  expect(sent.map(({ tags }) => tags)).toEqual([news])
  await jest.advanceTimersByTimeAsync(followUpMs)
  expect(sent.map(({ tags }) => tags)).toEqual([news, news])
})

it('follows each save up followUpMs after it, also while editors keep saving', async () => {
  // Saves every 600 ms for 6 s: no follow-up may wait for the last one.
  for (let i = 0; i < 10; i += 1) {
    change('news', {})
    await jest.advanceTimersByTimeAsync(600)
  }
  expect(sent.length).toBeGreaterThan(0)
  expect(sent[0].at).toBeGreaterThanOrEqual(followUpMs)
  expect(sent[0].at).toBeLessThan(followUpMs + 500)
  await jest.advanceTimersByTimeAsync(followUpMs + 500)
  // The last save (at 5.4 s) got one of its own, no sooner than followUpMs later.
  expect(sent.at(-1)!.at).toBeGreaterThanOrEqual(5400 + followUpMs)
  expect(sent.every(({ tags }) => tags.join() === news.join())).toBe(true)
})

it('follows up globals too, and nothing outside the Next server, where it purges at once', async () => {
  ;(revalidateGlobalAfterChange as Hook)({ global: { slug: 'navigation' }, doc: {}, req: {} } as never)
  await jest.advanceTimersByTimeAsync(followUpMs + 500)
  expect(sent.map(({ tags }) => tags)).toEqual([[expect.stringContaining('navigation')]])

  // The seed script: no Next server, no request.
  delete process.env.NEXT_RUNTIME
  insideRequest = false
  change('news', {})
  await jest.advanceTimersByTimeAsync(followUpMs * 2)
  expect(sent).toHaveLength(1)
  // The API's answers and every site's pages (see above).
  expect(purges).toHaveBeenCalledTimes(2)
})

describe('which sites a change reaches', () => {
  /** The tags a save expires at once, as the hook is given it; `stored` is the document as the database now holds it. */
  async function expiredBy(slug: string, doc: Record<string, unknown>, previousDoc: Record<string, unknown> | undefined, stored?: Record<string, unknown>) {
    expired.length = 0
    const req = { transactionID: Promise.resolve(null), payload: { db: { findOne: async () => stored ?? null } } }
    await (revalidateAfterChange as Hook)({ collection: { slug }, doc, previousDoc, operation: previousDoc ? 'update' : 'create', req } as never)
    return [...expired]
  }
  const live = { id: 1, _status: 'published', country: 3, slug: 'a', updatedAt: '2026-12-04T10:00:00.000Z' }

  it('an edit: the sites of its office, before and after (a document moved to another office leaves the first site too)', async () => {
    expect(await expiredBy('news', live, live)).toEqual(['kopru:news', 'kopru:news@3'])
    expect(await expiredBy('news', { ...live, country: { id: 4 } }, live)).toEqual(['kopru:news', 'kopru:news@4', 'kopru:news@3'])
    expect(await expiredBy('programmes', { ...live, countries: [3, 4] }, { ...live, countries: [3] })).toEqual(['kopru:programmes', 'kopru:programmes@3', 'kopru:programmes@4'])
    expect(await expiredBy('countries', { id: 4, name: 'Azerbaijan' }, { id: 4, name: 'Azerbaycan' })).toEqual(['kopru:countries', 'kopru:countries@4'])
  })

  it('what every site may show: a global fact, an image, a search entry of a global fact', async () => {
    expect(await expiredBy('facts', { id: 2, scope: 'global' }, { id: 2, scope: 'global' })).toEqual(['kopru:facts', 'kopru:facts@*'])
    expect(await expiredBy('facts', { id: 2, scope: 'country', country: 3 }, { id: 2, scope: 'global' })).toEqual(['kopru:facts', 'kopru:facts@*'])
    expect(await expiredBy('facts', { id: 2, scope: 'country', country: 3 }, { id: 2, scope: 'country', country: 3 })).toEqual(['kopru:facts', 'kopru:facts@3'])
    expect(await expiredBy('media', { id: 9, alt: 'x' }, { id: 9, alt: 'y' })).toEqual(['kopru:media', 'kopru:media@*'])
    expect(await expiredBy('search', { id: 5, offices: ' global ' }, undefined)).toEqual(['kopru:search', 'kopru:search@*'])
    expect(await expiredBy('search', { id: 5, offices: ' 3 ' }, { id: 5, offices: ' 3 ' })).toEqual(['kopru:search', 'kopru:search@3'])
  })

  it('a retraction, which other offices’ links may name: unpublished or given another slug', async () => {
    const unpublished = { ...live, _status: 'draft' }
    // Payload wrote the document itself with this save: an unpublish.
    expect(await expiredBy('statements', unpublished, live, unpublished)).toEqual(['kopru:statements', 'kopru:statements@*'])
    expect(await expiredBy('news', { ...live, slug: 'b' }, live)).toEqual(['kopru:news', 'kopru:news@*'])
  })

  it('nothing for a draft that leaves the published version as it was', async () => {
    const draft = { ...live, _status: 'draft', updatedAt: '2026-12-04T11:00:00.000Z' }
    // Over a published document: the stored document is still the published one.
    expect(await expiredBy('news', draft, live, live)).toEqual([])
    // Over a document never published (or unpublished earlier): the stored one is not this save's.
    expect(await expiredBy('news', draft, { ...draft, updatedAt: '2026-12-04T10:30:00.000Z' }, { ...draft, updatedAt: '2026-12-03T09:00:00.000Z' })).toEqual([])
    // A draft created.
    expect(await expiredBy('news', { ...draft, id: 2 }, undefined)).toEqual([])
  })

  it('the caches in front of Next: the hosts of the sites of the offices the tags name', async () => {
    const { hostsOfTags } = await import('@/lib/cache/purge')
    const sites = [
      { offices: [3], hosts: ['turkiye.example', '127.0.0.1'] },
      { offices: [4], hosts: ['az.example'] },
      { offices: [3, 4], hosts: ['both.example'] },
    ] as never
    expect(hostsOfTags(['kopru:news', 'kopru:news@4'], sites)).toEqual(['az.example', 'both.example'])
    expect(hostsOfTags(['kopru:news@3'], sites)).toEqual(['turkiye.example', '127.0.0.1', 'both.example'])
    // The API's reads only: no site's pages.
    expect(hostsOfTags(['kopru:news'], sites)).toEqual([])
    // Every site's: a tag of every site, a global, no tags, or sites not loaded yet.
    expect(hostsOfTags(['kopru:news@3', 'kopru:media@*'], sites)).toBeNull()
    expect(hostsOfTags(['kopru:global:footer'], sites)).toBeNull()
    expect(hostsOfTags(undefined, sites)).toBeNull()
    expect(hostsOfTags(['kopru:news@3'], undefined)).toBeNull()
  })
})
