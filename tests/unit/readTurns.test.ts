import { readTurns, withReadTurns } from '@/lib/cache/registry.mjs'
import { readTakesTurns } from '@/lib/http/readTurns.mjs'

describe('which requests’ statements take turns of the event loop (server.mjs, lib/db/turns.ts)', () => {
  it('the APIs’ and the admin’s reads do; saves and public pages do not', () => {
    expect(readTakesTurns({ method: 'GET', url: '/api/news?limit=100&depth=2' })).toBe(true)
    expect(readTakesTurns({ method: 'HEAD', url: '/api/v1/news' })).toBe(true)
    expect(readTakesTurns({ method: 'PATCH', url: '/api/news/12' })).toBe(false)
    expect(readTakesTurns({ method: 'POST', url: '/api/news' })).toBe(false)
    expect(readTakesTurns({ method: 'GET', url: '/tr/haberler?page=2495' })).toBe(false)
    expect(readTakesTurns({ method: 'GET', url: '/apiary' })).toBe(false)
    expect(readTakesTurns({ method: 'GET', url: '/admin/collections/news?page=900&limit=50' })).toBe(true)
    expect(readTakesTurns({ method: 'GET', url: '/admin' })).toBe(true)
    expect(readTakesTurns({ method: 'GET', url: '/admin?locale=tr' })).toBe(true)
    // A server action of the admin (a save, a publish) is a POST.
    expect(readTakesTurns({ method: 'POST', url: '/admin/collections/news/12' })).toBe(false)
    expect(readTakesTurns({ method: 'GET', url: '/administration' })).toBe(false)
  })

  it('say so to the database client through every await of the request, and nowhere else', async () => {
    expect(readTurns()).toBeNull()
    const [first, second] = await Promise.all(
      [1, 2].map(() =>
        withReadTurns(async () => {
          const before = readTurns()
          await new Promise((resolve) => setImmediate(resolve))
          expect(readTurns()).toBe(before)
          return before
        }),
      ),
    )
    // Each request its own record of its slice.
    expect(first).toEqual({})
    expect(second).not.toBe(first)
    expect(readTurns()).toBeNull()
  })
})
