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

/** A change as Payload's afterChange hook reports it, inside the request's transaction. */
function change(slug: string, req: { transactionID?: number | string | Promise<unknown> }) {
  ;(revalidateAfterChange as Hook)({ collection: { slug }, doc: {}, req } as never)
}

it('leaves the purge to Next inside a request, and follows up once, followUpMs later (SQLite: no transaction)', async () => {
  // What Payload's initTransaction leaves when beginTransaction gives null.
  const req = { transactionID: Promise.resolve(null) }
  for (const slug of ['news', 'statements', 'news']) change(slug, req)
  expect(expired).toEqual(['kopru:news', 'kopru:statements', 'kopru:news'])
  await jest.advanceTimersByTimeAsync(followUpMs - 100)
  expect(purges).not.toHaveBeenCalled()
  expect(sent).toEqual([])
  await jest.advanceTimersByTimeAsync(400)
  expect(sent).toHaveLength(1)
  expect(sent[0].tags.sort()).toEqual(['kopru:news', 'kopru:statements'])
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
  expect(sent.map(({ tags }) => tags)).toEqual([['kopru:news']])
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
  expect(sent[0].tags.sort()).toEqual(['kopru:news', 'kopru:statements'])
  expect(sent[0].at - committedAt).toBeLessThan(300)
  // ...and once more, followUpMs after it.
  await jest.advanceTimersByTimeAsync(followUpMs)
  expect(sent).toHaveLength(2)
  expect(sent[1].tags.sort()).toEqual(['kopru:news', 'kopru:statements'])
  expect(sent[1].at - committedAt).toBeGreaterThanOrEqual(followUpMs)
  expect(purges).not.toHaveBeenCalled()
})

it('outside a request (a scheduled job in the server) purges at once and has the tags expired at once', async () => {
  insideRequest = false
  change('news', {})
  expect(purges).toHaveBeenCalledTimes(1)
  await jest.advanceTimersByTimeAsync(300)
  expect(sent.map(({ tags }) => tags)).toEqual([['kopru:news']])
  await jest.advanceTimersByTimeAsync(followUpMs)
  expect(sent.map(({ tags }) => tags)).toEqual([['kopru:news'], ['kopru:news']])
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
  expect(sent.every(({ tags }) => tags.join() === 'kopru:news')).toBe(true)
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
  expect(purges).toHaveBeenCalledTimes(1)
})
