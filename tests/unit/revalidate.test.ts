/**
 * The follow-up after a content change (lib/revalidate.ts): the hooks run inside the save's
 * transaction, so the caches in front of Next are purged again once it has ended, and the
 * tags expired once more followUpMs after that. A bulk publish that takes longer than
 * followUpMs must not get its follow-up before it commits (it used to count from the first
 * document's hook).
 */
import { jest } from '@jest/globals'

import { expireHook } from '../../lib/http/pageCache.mjs'
import { followUpMs, lateFollowUpMs, revalidateAfterChange, revalidateGlobalAfterChange } from '../../lib/revalidate'

type Hook = (args: never) => unknown
const purges = jest.fn()
const sent: { at: number; tags: string[] }[] = []
let start = 0

beforeEach(() => {
  jest.useFakeTimers()
  start = Date.now()
  process.env.NEXT_RUNTIME = 'nodejs'
  ;(globalThis as unknown as Record<symbol, unknown>)[expireHook] = purges
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
  await jest.advanceTimersByTimeAsync(lateFollowUpMs * 3)
  jest.useRealTimers()
  jest.restoreAllMocks()
  delete process.env.NEXT_RUNTIME
  delete (globalThis as unknown as Record<symbol, unknown>)[expireHook]
})

/** A change as Payload's afterChange hook reports it, inside the request's transaction. */
function change(slug: string, req: { transactionID?: number | string | Promise<unknown> }) {
  ;(revalidateAfterChange as Hook)({ collection: { slug }, doc: {}, req } as never)
}

it('follows a save up only after its transaction has ended, however long it stays open', async () => {
  const req: { transactionID?: number } = { transactionID: 1 }
  // A bulk publish: three documents' hooks, 1 s apart, in one transaction.
  for (const slug of ['news', 'news', 'statements']) {
    change(slug, req)
    await jest.advanceTimersByTimeAsync(1000)
  }
  expect(purges).toHaveBeenCalledTimes(3)
  await jest.advanceTimersByTimeAsync(followUpMs * 2)
  expect(sent).toEqual([])

  const committedAt = Date.now() - start
  delete req.transactionID
  await jest.advanceTimersByTimeAsync(50)
  // Purged again, once, as soon as the changes are committed (what was kept before shows the old version)...
  expect(purges).toHaveBeenCalledTimes(4)
  await jest.advanceTimersByTimeAsync(followUpMs + 500)
  // ...and once more, with every tag the transaction touched, followUpMs after the commit.
  expect(sent).toHaveLength(1)
  expect(sent[0].tags.sort()).toEqual(['kopru:news', 'kopru:statements'].sort())
  expect(sent[0].at - committedAt).toBeGreaterThanOrEqual(followUpMs)
  // And the late one, for renders slower than followUpMs.
  await jest.advanceTimersByTimeAsync(lateFollowUpMs)
  expect(sent).toHaveLength(2)
  expect(sent[1].tags.sort()).toEqual(['kopru:news', 'kopru:statements'])
  expect(sent[1].at - committedAt).toBeGreaterThanOrEqual(lateFollowUpMs)
})

it('does not wait on an adapter without transactions (SQLite: a promise of no transaction stays on req)', async () => {
  // What Payload's initTransaction leaves when beginTransaction gives null.
  const req = { transactionID: Promise.resolve(null) }
  for (const slug of ['news', 'statements', 'news']) change(slug, req)
  await jest.advanceTimersByTimeAsync(50)
  // Three at the hooks, none more: without a transaction the hooks' purges came after the write.
  expect(purges).toHaveBeenCalledTimes(3)
  await jest.advanceTimersByTimeAsync(followUpMs + 300)
  expect(sent).toHaveLength(1)
  expect(sent[0].tags.sort()).toEqual(['kopru:news', 'kopru:statements'])
  expect(sent[0].at).toBeLessThan(followUpMs + 400)
  await jest.advanceTimersByTimeAsync(lateFollowUpMs)
})

it('follows each save up followUpMs after it ended, also while editors keep saving', async () => {
  // Saves without a transaction, every 600 ms for 6 s: no follow-up may wait for the last one.
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

it('follows up globals too, and nothing outside the Next server', async () => {
  ;(revalidateGlobalAfterChange as Hook)({ global: { slug: 'navigation' }, doc: {}, req: {} } as never)
  await jest.advanceTimersByTimeAsync(followUpMs + 500)
  expect(sent.map(({ tags }) => tags)).toEqual([[expect.stringContaining('navigation')]])

  await jest.advanceTimersByTimeAsync(lateFollowUpMs)
  expect(sent).toHaveLength(2)

  delete process.env.NEXT_RUNTIME
  change('news', {})
  await jest.advanceTimersByTimeAsync(lateFollowUpMs * 2)
  expect(sent).toHaveLength(2)
  // The purges: the global's and the news item's, at their hooks (no transaction to wait
  // for), which happen wherever the change was saved.
  expect(purges).toHaveBeenCalledTimes(2)
})
