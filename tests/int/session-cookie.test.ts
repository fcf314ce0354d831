/**
 * The session cookie as Payload's REST login sends it when the site is served over HTTPS
 * (SERVER_URL https://…, as in production): Secure, HttpOnly, SameSite=Lax. The e2e suite
 * checks the plain-HTTP case (tests/e2e/xss.test.ts), where Secure would lose the session.
 */
import { createUser, guardedRest, startPayload } from '@/tests/helpers/payload'

const serverUrl = 'https://www.kopru.example'

beforeAll(() => {
  // Read once by lib/env.ts when payload.config.ts loads, which happens below.
  process.env.SERVER_URL = serverUrl
})

it('is Secure, HttpOnly and SameSite=Lax over HTTPS', async () => {
  const payload = await startPayload()
  const user = await createUser(payload, ['editor'])
  const { POST } = await guardedRest()
  const response = await POST(
    new Request(`${serverUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: serverUrl },
      body: JSON.stringify({ email: user.email, password: 'a-long-test-password' }),
    }),
    { params: Promise.resolve({ slug: ['users', 'login'] }) },
  )
  expect(response.status).toBe(200)
  // The session's cookie (the admin's language cookie comes too: tests/int/admin-language.test.ts).
  const cookie = response.headers.getSetCookie().find((candidate) => candidate.startsWith('payload-token=')) ?? ''
  expect(cookie).toMatch(/^payload-token=[^;]+/)
  // As a browser reads them (RFC 6265 5.2): an attribute's name is what precedes its "=", so
  // Payload's "Secure=true" counts as Secure.
  const attributes = new Map(
    cookie
      .split(';')
      .slice(1)
      .map((part) => {
        const [name, ...value] = part.trim().split('=')
        return [name.toLowerCase(), value.join('=').toLowerCase()] as const
      }),
  )
  expect(attributes.has('secure')).toBe(true)
  expect(attributes.has('httponly')).toBe(true)
  expect(attributes.get('samesite')).toBe('lax')
  expect(attributes.get('path')).toBe('/')
})
