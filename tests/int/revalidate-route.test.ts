import { startPayload } from '@/tests/helpers/payload'
import { revalidateToken } from '@/lib/cache/revalidate'

/** The follow-up expiry endpoint answers only this server (its derived token), and only for known tags. */
describe('/api/revalidate', () => {
  let POST: (request: Request) => Promise<Response>

  beforeAll(async () => {
    await startPayload()
    ;({ POST } = (await import('@/app/(frontend)/api/revalidate/route')) as unknown as { POST: typeof POST })
  })

  const call = (token: string | null, body: unknown) =>
    POST(new Request('http://localhost:3000/api/revalidate', { method: 'POST', headers: token ? { Authorization: `Bearer ${token}` } : {}, body: JSON.stringify(body) }))

  it('refuses callers without the token', async () => {
    expect((await call(null, { tags: ['kopru:news'] })).status).toBe(401)
    expect((await call('made-up', { tags: ['kopru:news'] })).status).toBe(401)
  })

  it('expires known tags only', async () => {
    expect((await call(revalidateToken(), { tags: ['kopru:news', 'kopru:global:navigation'] })).status).toBe(204)
    expect((await call(revalidateToken(), { tags: ['something-else'] })).status).toBe(400)
    expect((await call(revalidateToken(), 'not json')).status).toBe(400)
  })
})
