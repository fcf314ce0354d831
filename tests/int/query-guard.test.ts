import type { Payload } from 'payload'

import { createUser, startPayload } from '@/tests/helpers/payload'

/**
 * Issue 14: queries Payload answered with a 500 (finding 8) and queries through relations to
 * user accounts that let staff learn other accounts' e-mail addresses one guess at a time
 * (finding 6), through Payload's REST API as the admin and partners use it.
 */
let payload: Payload
let GET: (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
const tokens: Record<string, string> = {}

beforeAll(async () => {
  payload = await startPayload()
  ;({ GET } = (await import('@/app/(payload)/api/[...slug]/route')) as unknown as { GET: typeof GET })
  const country = await payload.create({ collection: 'countries', data: { name: 'Türkiye', isoCode: 'TR' } })
  for (const role of ['admin', 'editor']) {
    const user = await createUser(payload, [role], `${role}@query.example`)
    await payload.update({ collection: 'users', id: user.id, data: { countries: [country.id] }, overrideAccess: true })
    tokens[role] = (await payload.login({ collection: 'users', data: { email: `${role}@query.example`, password: 'a-long-test-password' } })).token as string
  }
  const editor = (await payload.find({ collection: 'users', where: { email: { equals: 'editor@query.example' } } })).docs[0]
  await payload.create({ collection: 'news', data: { title: 'A draft', country: country.id, _status: 'draft' } as never, user: { ...editor, collection: 'users' }, draft: true })
})

afterAll(async () => {
  await payload?.destroy()
})

async function get(path: string, role?: string) {
  const url = new URL(`http://localhost:3000/api/${path}`)
  const slug = url.pathname.replace('/api/', '').split('/')
  const headers: Record<string, string> = { 'x-forwarded-for': '10.1.2.3' }
  if (role) headers.Authorization = `JWT ${tokens[role]}`
  const response = await GET(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
  const text = await response.text()
  return { status: response.status, text }
}

describe('where clauses with values of the wrong type are a 400 that says what the field takes', () => {
  it.each([
    ['news?where[country][equals]=abc', 'a document id'],
    ['news?where[country][in]=1,abc', 'every value must be a document id'],
    ['news?where[publishedDate][equals]=notadate', 'a date'],
    ['news?where[publishedDate][greater_than]=2024-13-45', 'a date'],
    ['news?where[title][near]=1,2', 'map points only'],
    ['news?where[id][in]=1,a', 'a document id'],
    ['facts?where[value][in]=1,x', 'a number'],
    ['news?where[or][0][country][not_equals]=x', 'a document id'],
    ['news?where[country][greater_than]=1', 'a link to another document takes'],
    ['statements?where[or][0][createdAt][contains]=abc', 'searches text'],
    ['news?where[slug][all]=a', 'works on fields holding several values'],
    ['news?where[id][equals]=0123456789abcdef01234567', 'a document id'],
  ])('%s', async (query, message) => {
    for (const role of [undefined, 'editor']) {
      const { status, text } = await get(query, role)
      expect([query, role, status]).toEqual([query, role, 400])
      expect(text).toContain(message)
      expect(text).not.toContain('unknown error')
    }
  })

  it('refuses "all" on a list of options (the SQL adapters have none: a 500, found by the REST fuzzing)', async () => {
    const { status, text } = await get('users?where[roles][all]=editor', 'admin')
    expect([status, text]).toEqual([400, expect.stringContaining('not available on a list of options')])
  })

  it('still answers well-typed queries', async () => {
    for (const query of ['news?where[country][in]=1,2', 'news?where[publishedDate][greater_than]=2024-01-01', 'facts?where[value][greater_than]=10', 'news?where[title][like]=a']) {
      expect([query, (await get(query)).status]).toEqual([query, 200])
    }
  })
})

describe('queries through relations to user accounts are for administrators', () => {
  it.each([
    'news?draft=true&where[lastEditedBy.email][like]=admin',
    'news?draft=true&where[or][0][lastEditedBy.roles][equals]=admin',
    'news?draft=true&sort=lastEditedBy.email',
    'news/versions?where[version.lastEditedBy.email][like]=admin',
    'payload-locked-documents?where[user.email][like]=admin',
    'payload-locked-documents?where[user.value.email][like]=admin',
  ])('an editor is refused %s', async (query) => {
    const { status, text } = await get(query, 'editor')
    expect([query, status]).toEqual([query, 400])
    expect(text).toMatch(/user accounts/)
  })

  it('a link to one of several collections takes ids too', async () => {
    const { status, text } = await get('payload-preferences?where[user][not_equals]=..%2F..', 'editor')
    expect(status).toBe(400)
    expect(text).toContain('a document id')
  })

  it('a link to one of several collections is queried whole only as equals {relationTo, value}: a bare id or a list is a 400 (the SQL adapter answered 500, found by the REST fuzzing)', async () => {
    for (const query of ['payload-preferences?where[or][0][user][in]=407762492414', 'payload-preferences?where[user][equals]=12', 'search?where[doc][in]=1,2']) {
      const { status, text } = await get(query, 'editor')
      expect([query, status]).toEqual([query, 400])
      expect(text).toContain('is queried by its parts')
    }
    for (const query of ['payload-preferences?where[user][equals][relationTo]=users&where[user][equals][value]=1', 'payload-preferences?where[user.value][in]=1,2']) {
      expect([query, (await get(query, 'editor')).status]).toEqual([query, 200])
    }
  })

  it('an editor comparing a preference’s account with a range gets a 400', async () => {
    const { status, text } = await get('payload-preferences?where[user][greater_than]=-21', 'editor')
    expect(status).toBe(400)
    expect(text).toContain('a link to another document takes')
  })

  it('an editor may still filter on the account itself, and an admin through it', async () => {
    expect((await get('news?draft=true&where[lastEditedBy][exists]=true', 'editor')).status).toBe(200)
    // The admin's own lock check: the parts of a link to one of several collections are no traversal.
    for (const query of [
      'payload-locked-documents?where[document.relationTo][equals]=news&where[document.value][equals]=1',
      'payload-locked-documents?where[user.value][equals]=1&where[user.relationTo][equals]=users',
    ]) {
      expect([query, (await get(query, 'editor')).status]).toEqual([query, 200])
    }
    const admin = await get('news?draft=true&where[lastEditedBy.email][like]=editor', 'admin')
    expect(admin.status).toBe(200)
    expect(JSON.parse(admin.text).totalDocs).toBe(1)
  })
})
