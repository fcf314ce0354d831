/**
 * The admin speaks the officer's chosen language (issue 18): signing in sets Payload's language
 * cookie from the account's `adminLanguage` (en, tr or az), whatever the browser asks for;
 * changing one's own sets it again. With none chosen, no cookie: the browser's language.
 */
import { createUser, guardedRest, startPayload } from '@/tests/helpers/payload'

const serverUrl = 'http://localhost:3000'

it('sets the admin language from the account on sign-in and on a change of one’s own language', async () => {
  const payload = await startPayload()
  const { POST, PATCH } = await guardedRest()
  const officer = await createUser(payload, ['editor'])
  await payload.update({ collection: 'users', id: officer.id, data: { adminLanguage: 'az' } as never, overrideAccess: true })
  const login = await POST(
    new Request(`${serverUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: serverUrl, 'Accept-Language': 'en-GB' },
      body: JSON.stringify({ email: officer.email, password: 'a-long-test-password' }),
    }),
    { params: Promise.resolve({ slug: ['users', 'login'] }) },
  )
  expect(login.status).toBe(200)
  const cookies = login.headers.getSetCookie()
  expect(cookies.find((cookie) => cookie.startsWith('payload-lng='))).toMatch(/^payload-lng=az; Path=\/; Max-Age=\d+; SameSite=Lax$/)
  // Still the session too.
  expect(cookies.some((cookie) => cookie.startsWith('payload-token='))).toBe(true)
  const { token } = (await login.json()) as { token: string }

  const change = (id: number | string, language: string) =>
    PATCH(
      new Request(`${serverUrl}/api/users/${id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ adminLanguage: language }),
      }),
      { params: Promise.resolve({ slug: ['users', String(id)] }) },
    )
  const own = await change(officer.id, 'tr')
  expect(own.status).toBe(200)
  expect(own.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-lng='))).toMatch(/^payload-lng=tr;/)
  // The same language again: nothing to set.
  expect((await change(officer.id, 'tr')).headers.getSetCookie().some((cookie) => cookie.startsWith('payload-lng='))).toBe(false)
  // None chosen: the browser decides.
  const other = await createUser(payload, ['editor'])
  const browser = await POST(
    new Request(`${serverUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: serverUrl },
      body: JSON.stringify({ email: other.email, password: 'a-long-test-password' }),
    }),
    { params: Promise.resolve({ slug: ['users', 'login'] }) },
  )
  expect(browser.headers.getSetCookie().some((cookie) => cookie.startsWith('payload-lng='))).toBe(false)
  await payload.destroy()
})
