import type { SanitizedConfig } from 'payload'

import { guardRequestShape } from '@/lib/api/requestShape'

/**
 * An account's credentials must be text before Payload sees them: it lower-cases `email` before
 * any hook of ours (create, login, forgot-password, unlock), and an array there was a 500 (found
 * by the e2e fuzz test, seed 36746282).
 */
const config = {
  collections: [
    { slug: 'users', auth: {}, endpoints: [] },
    { slug: 'news', endpoints: [] },
  ],
  globals: [],
} as unknown as SanitizedConfig
const reached: string[] = []
const handler = guardRequestShape(config, async (request) => {
  reached.push(new URL(request.url).pathname)
  return new Response('{}', { status: 200 })
})

const post = (path: string, body: unknown) =>
  handler(new Request(`http://localhost:3000/api/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }), {
    params: Promise.resolve({ slug: path.split('/') }),
  })

describe('credentials as text', () => {
  it.each([
    ['users', { email: [null, false, 1.5], password: 'a long passphrase' }, 'email'],
    ['users/login', { email: { a: 1 }, password: 'x' }, 'email'],
    ['users/forgot-password', { email: [1] }, 'email'],
    ['users/unlock', { email: 42 }, 'email'],
    ['users/login', { email: 'editor@kopru.example', password: ['x'] }, 'password'],
  ])('POST /api/%s with %j: 400 naming %s', async (path, body, field) => {
    const response = await post(path, body)
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(`${field} must be text`)
  })

  it('lets text through, and leaves other collections’ fields alone', async () => {
    reached.length = 0
    expect((await post('users/login', { email: 'editor@kopru.example', password: 'secret words here' })).status).toBe(200)
    expect((await post('users/forgot-password', { email: null })).status).toBe(200)
    expect((await post('news', { title: 'x', email: [1] })).status).toBe(200)
    expect(reached).toEqual(['/api/users/login', '/api/users/forgot-password', '/api/news'])
  })
})
