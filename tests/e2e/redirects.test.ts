/**
 * Old addresses keep working (issue 19, "Redirects"), on the production build: renaming a
 * published item's slug in a language leaves its old address answering 308 to the new one in
 * that language (the other language untouched); a second rename sends both old addresses to
 * the newest in one hop; an admin's own redirect leads where it says and one that leads to
 * itself is refused; the records are not public.
 */
import { demoUsers } from '@/lib/seed/data'
import { base } from '@/tests/helpers/e2e'
import { sitePage } from '@/tests/helpers/sitePages'

async function login(role: string): Promise<Record<string, string>> {
  const user = demoUsers.find((candidate) => candidate.roles.includes(role as never))!
  const response = await fetch(`${base()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  })
  return { Authorization: `JWT ${((await response.json()) as { token: string }).token}`, 'Content-Type': 'application/json' }
}

/** Where an address answers now: its status and, for a redirect, the path it leads to. */
async function answer(origin: string, path: string): Promise<[number, string | null]> {
  const { response } = await sitePage(origin, path)
  const location = response.headers.get('location')
  return [response.status, location ? new URL(location, origin).pathname : null]
}

async function until<T>(read: () => Promise<T>, expected: T, what: string, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await read()
    if (JSON.stringify(value) === JSON.stringify(expected)) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('redirects', () => {
  it('a renamed item’s old address answers 308 to its new one, per language, and a second rename is still one hop', async () => {
    const admin = await login('admin')
    // A news item of its own (the demo's are other tests' fixtures), published in English and Turkish.
    const stamp = Date.now()
    const countries = (await (await fetch(`${base()}/api/v1/countries?fields=isoCode`)).json()) as { data: { id: string; isoCode: string }[] }
    const turkiye = Number(countries.data.find((country) => country.isoCode === 'TR')!.id)
    const created = await fetch(`${base()}/api/news?locale=en`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ title: `Renamed news ${stamp}`, slug: `first-${stamp}`, country: turkiye, publishedDate: '2026-12-05T09:00:00.000Z', _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const item = { id: ((await created.json()) as { doc: { id: number } }).doc.id }
    const translated = await fetch(`${base()}/api/news/${item.id}?locale=tr`, {
      method: 'PATCH',
      headers: admin,
      body: JSON.stringify({ title: `Yeniden adlandırılan haber ${stamp}`, slug: `ilk-${stamp}`, _status: 'published' }),
    })
    expect(translated.status).toBe(200)
    const origin = base()
    const [oldEn, oldTr] = [`/en/news/first-${stamp}`, `/tr/haberler/ilk-${stamp}`]
    await until(() => answer(origin, oldEn), [200, null], 'the new item’s English page')
    expect(await answer(origin, oldTr)).toEqual([200, null])

    const rename = async (locale: string, slug: string) =>
      expect(
        (await fetch(`${base()}/api/news/${item.id}?locale=${locale}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ slug, _status: 'published' }) })).status,
      ).toBe(200)

    await rename('en', `renamed-${stamp}`)
    const newEn = `/en/news/renamed-${stamp}`
    await until(() => answer(origin, oldEn), [308, newEn], 'the old English address redirecting')
    expect(await answer(origin, newEn)).toEqual([200, null])
    // The Turkish address did not change, and is not redirected.
    expect(await answer(origin, oldTr)).toEqual([200, null])

    await rename('tr', `yeniden-adlandirildi-${stamp}`)
    const newTr = `/tr/haberler/yeniden-adlandirildi-${stamp}`
    await until(() => answer(origin, oldTr), [308, newTr], 'the old Turkish address redirecting')

    // Renamed again: both earlier English addresses lead straight to the newest.
    await rename('en', `renamed-again-${stamp}`)
    const newestEn = `/en/news/renamed-again-${stamp}`
    await until(() => answer(origin, newEn), [308, newestEn], 'the second old address redirecting')
    expect(await answer(origin, oldEn)).toEqual([308, newestEn])
    expect(await answer(origin, newestEn)).toEqual([200, null])

    // Unpublished, the item no longer answers at any of its addresses, old or new.
    expect((await fetch(`${base()}/api/news/${item.id}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ _status: 'draft' }) })).status).toBe(200)
    await until(() => answer(origin, oldEn), [404, null], 'the old address after unpublishing')
    expect(await answer(origin, newestEn)).toEqual([404, null])
    expect((await fetch(`${base()}/api/news/${item.id}`, { method: 'DELETE', headers: admin })).status).toBe(200)
  })

  it('an admin’s redirect leads where it says; one that leads to itself is refused; the list is not public', async () => {
    const admin = await login('admin')
    const from = `/en/who-we-were-${Date.now()}`
    const made = await fetch(`${base()}/api/redirects`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ from: `${from}/?utm=x`, to: { type: 'custom', url: '/en/programmes' } }),
    })
    expect(made.status).toBe(201)
    expect(((await made.json()) as { doc: { from: string } }).doc.from).toBe(from)
    await until(() => answer(base(), from), [308, '/en/programmes'], 'the admin’s redirect')
    const loop = await fetch(`${base()}/api/redirects`, { method: 'POST', headers: admin, body: JSON.stringify({ from: '/en/round', to: { type: 'custom', url: '/en/round/' } }) })
    expect(loop.status).toBe(400)
    expect(JSON.stringify(await loop.json())).toContain('would lead to itself')
    expect((await fetch(`${base()}/api/redirects`)).status).toBe(403)
    const editor = await login('editor')
    expect((await fetch(`${base()}/api/redirects`, { method: 'POST', headers: editor, body: JSON.stringify({ from: '/en/x', to: { type: 'custom', url: '/en' } }) })).status).toBe(
      403,
    )
  })
})
