/** Scheduled publishing and unpublishing, run by the production server's own jobs runner. */
import { base } from '@/tests/helpers/e2e'

async function login(email: string, password: string): Promise<string> {
  const response = await fetch(`${base()}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
  return ((await response.json()) as { token: string }).token
}

const auth = (token: string) => ({ Authorization: `JWT ${token}`, 'Content-Type': 'application/json' })

async function waitForStatus(path: string, status: number, timeoutMs = 20_000): Promise<number> {
  const started = Date.now()
  for (;;) {
    if ((await fetch(`${base()}${path}`)).status === status) return Date.now() - started
    if (Date.now() - started > timeoutMs) throw new Error(`${path} did not answer ${status} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('scheduled publishing', () => {
  let editor: string
  let country: number

  beforeAll(async () => {
    editor = await login('editor.tr@kopru.example', 'demo-editor-2026')
    const countries = (await (await fetch(`${base()}/api/countries?where[isoCode][equals]=TR&depth=0`)).json()) as { docs: { id: number }[] }
    country = countries.docs[0].id
  })

  it('turns a draft public at its time, and takes it down at the unpublish time', async () => {
    const created = await fetch(`${base()}/api/news?draft=true`, {
      method: 'POST',
      headers: auth(editor),
      body: JSON.stringify({ title: 'Scheduled round table in Gaziantep', country, publishedDate: '2024-06-01T09:00:00.000Z', _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    const path = `/en/news/${doc.slug}`
    expect((await fetch(`${base()}${path}`)).status).toBe(404)

    const at = new Date(Date.now() + 3000)
    const scheduled = await fetch(`${base()}/api/news/${doc.id}/schedule`, { method: 'POST', headers: auth(editor), body: JSON.stringify({ at: at.toISOString() }) })
    expect(scheduled.status).toBe(201)
    expect((await fetch(`${base()}${path}`)).status).toBe(404)
    await waitForStatus(path, 200)
    const late = Date.now() - at.getTime()
    expect(late).toBeGreaterThanOrEqual(0)
    expect(await (await fetch(`${base()}/en/news`)).text()).toContain('Scheduled round table in Gaziantep')
    console.log(`scheduled publishing: public ${late} ms after its time (runner every 1 s)`)

    const unpublishAt = new Date(Date.now() + 2000)
    const unscheduled = await fetch(`${base()}/api/news/${doc.id}/schedule`, {
      method: 'POST',
      headers: auth(editor),
      body: JSON.stringify({ type: 'unpublish', at: unpublishAt.toISOString() }),
    })
    expect(unscheduled.status).toBe(201)
    await waitForStatus(path, 404)
    expect(Date.now()).toBeGreaterThanOrEqual(unpublishAt.getTime())
  })

  it('refuses bad schedules with a message, and schedules only for those who may publish', async () => {
    const { docs } = (await (await fetch(`${base()}/api/news?limit=1&depth=0`)).json()) as { docs: { id: number }[] }
    const id = docs[0].id
    const post = (token: string | null, body: unknown) =>
      fetch(`${base()}/api/news/${id}/schedule`, { method: 'POST', headers: token ? auth(token) : { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    const past = await post(editor, { at: '2020-01-01T00:00:00Z' })
    expect(past.status).toBe(400)
    expect(await past.json()).toEqual({ error: 'Invalid schedule.', details: ['at must be in the future'] })
    const malformed = await post(editor, { at: 'tomorrow', type: 'explode' })
    expect(malformed.status).toBe(400)
    expect(JSON.stringify(await malformed.json())).toMatch(/ISO 8601/)
    expect((await post(null, { at: new Date(Date.now() + 60_000).toISOString() })).status).toBe(401)
    const contributor = await login('contributor@kopru.example', 'demo-contributor-2026')
    expect((await post(contributor, { at: new Date(Date.now() + 60_000).toISOString() })).status).toBe(403)
  })
})
