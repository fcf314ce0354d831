import type { Payload } from 'payload'

import { findPublic } from '@/lib/content/reader'
import { createUser, startPayload } from '@/tests/helpers/payload'
import { body, internalLink, text } from '@/tests/helpers/richtext'

/**
 * A published news item, statement or fact that names a programme still in draft, or links to
 * it from its body: Payload leaves an unreadable relation's id in place, so REST /api/news and
 * /api/facts (access control, no user) gave the draft's id to everyone. Anyone but staff now
 * gets only the programmes they may read (fields/relations.ts), and body links to the others
 * without their target (fields/richTextLinks.ts), at every depth.
 */

let payload: Payload
let published: number | string
let draft: number | string
let newsId: number | string
let statementId: number | string
let factId: number | string

beforeAll(async () => {
  payload = await startPayload()
  // The first account becomes an admin: this one.
  await createUser(payload, ['admin'])
  published = (await payload.create({ collection: 'programmes', data: { title: 'Counter-trafficking', status: 'active', _status: 'published' } })).id
  draft = (await payload.create({ collection: 'programmes', draft: true, data: { title: 'Programme in preparation', _status: 'draft' } })).id
  newsId = (
    await payload.create({
      collection: 'news',
      data: {
        title: 'Two programmes',
        _status: 'published',
        publishedDate: '2026-05-01T09:00:00.000Z',
        programmes: [published, draft],
        body: body(text('See '), internalLink('programmes', published, 'our programme'), text(' and '), internalLink('programmes', draft, 'the next one')) as never,
      },
    })
  ).id
  statementId = (
    await payload.create({
      collection: 'statements',
      data: { title: 'A statement', kind: 'statement', _status: 'published', date: '2026-05-02T09:00:00.000Z', programmes: [draft, published] },
    })
  ).id
  factId = (await payload.create({ collection: 'facts', data: { label: 'People reached', value: 1200, programme: draft } as never })).id
})

afterAll(async () => {
  await payload?.destroy()
})

/** The targets of a body's internal links: an id, a populated document's id, or null (taken out). */
const linkTargets = (doc: { body?: unknown }) =>
  JSON.stringify(doc.body)
    .match(/"doc":(null|\{"relationTo":"programmes","value":(\d+|\{"id":\d+))/g)
    ?.map((match) => (match.endsWith('null') ? null : Number(/(\d+)$/.exec(match)?.[1]))) ?? []

const ids = (value: unknown) =>
  (Array.isArray(value) ? value : [value])
    .filter((entry) => entry !== null && entry !== undefined)
    .map((entry) => (typeof entry === 'object' ? (entry as { id: unknown }).id : entry))

describe('relations to unpublished programmes', () => {
  it('are left out for the public and partners, at every depth', async () => {
    const partner = await createUser(payload, ['partner'])
    for (const user of [undefined, partner]) {
      for (const depth of [0, 1, 2]) {
        const news = await payload.findByID({ collection: 'news', id: newsId, depth, overrideAccess: false, user })
        const statement = await payload.findByID({ collection: 'statements', id: statementId, depth, overrideAccess: false, user })
        const fact = await payload.findByID({ collection: 'facts', id: factId, depth, overrideAccess: false, user })
        expect([user?.roles, depth, ids(news.programmes), ids(statement.programmes), ids(fact.programme)]).toEqual([user?.roles, depth, [published], [published], []])
        expect(JSON.stringify([news, statement, fact])).not.toContain('Programme in preparation')
        // The body's link to the draft keeps its text and loses its target.
        expect([user?.roles, depth, linkTargets(news)]).toEqual([user?.roles, depth, [published, null]])
        expect(JSON.stringify(news.body)).toContain('the next one')
      }
      // In lists too.
      const { docs } = await payload.find({ collection: 'news', depth: 0, overrideAccess: false, user, where: { id: { equals: newsId } } })
      expect(ids(docs[0].programmes)).toEqual([published])
    }
  })

  it('are left out of the safe reader', async () => {
    const { docs } = await findPublic('news', { site: null, locale: 'en', where: { id: { equals: newsId } }, depth: 0 })
    expect(ids(docs[0].programmes)).toEqual([published])
    expect(linkTargets(docs[0])).toEqual([published, null])
  })

  it('stay for staff and for trusted server code, and show once the programme is published', async () => {
    const editor = await createUser(payload, ['editor'])
    expect(ids((await payload.findByID({ collection: 'news', id: newsId, depth: 0, overrideAccess: false, user: editor })).programmes)).toEqual([published, draft])
    expect(ids((await payload.findByID({ collection: 'news', id: newsId, depth: 0 })).programmes)).toEqual([published, draft])
    expect(linkTargets(await payload.findByID({ collection: 'news', id: newsId, depth: 0, overrideAccess: false, user: editor }))).toEqual([published, draft])

    await payload.update({ collection: 'programmes', id: draft, data: { _status: 'published' } })
    expect(ids((await payload.findByID({ collection: 'news', id: newsId, depth: 0, overrideAccess: false })).programmes)).toEqual([published, draft])
    expect(ids((await payload.findByID({ collection: 'facts', id: factId, depth: 0, overrideAccess: false })).programme)).toEqual([draft])
    expect(linkTargets(await payload.findByID({ collection: 'news', id: newsId, depth: 1, overrideAccess: false }))).toEqual([published, draft])
  })
})

describe('filtering by a draft programme tells nothing (an attacker’s review)', () => {
  async function rest(path: string) {
    const { GET } = (await import('@/app/(payload)/api/[...slug]/route')) as unknown as { GET: (r: Request, c: unknown) => Promise<Response> }
    const url = new URL(`http://localhost:3000/api/${path}`)
    const response = await GET(new Request(url, { headers: { 'x-forwarded-for': '10.7.7.7' } }), {
      params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }),
    })
    return { status: response.status, body: (await response.json()) as { totalDocs?: number; docs?: Array<{ id: unknown }> } }
  }
  const missing = 999999
  let hidden: number | string
  beforeAll(async () => {
    // Its own draft: the tests above publish theirs.
    hidden = (await payload.create({ collection: 'programmes', draft: true, data: { title: 'Programme still secret', _status: 'draft' } })).id
    await payload.create({ collection: 'news', data: { title: 'Linked to the secret', _status: 'published', publishedDate: '2026-05-03T09:00:00.000Z', programmes: [hidden] } })
    await payload.create({
      collection: 'statements',
      data: { title: 'Also linked', kind: 'statement', _status: 'published', date: '2026-05-03T09:00:00.000Z', programmes: [hidden] },
    })
    await payload.create({ collection: 'facts', data: { label: 'Secret figure', value: 7, programme: hidden } as never })
  })

  it.each([
    ['news/count?where[programmes][in]=', 'totalDocs'],
    ['news?depth=0&where[programmes][equals]=', 'totalDocs'],
    ['statements?depth=0&where[or][0][programmes][in]=', 'totalDocs'],
    ['facts?depth=0&where[programme][equals]=', 'totalDocs'],
    ['news/count?where[programmes][not_equals]=', 'totalDocs'],
    ['facts/count?where[programme.id][not_in]=', 'totalDocs'],
  ])('%s<draft> answers as <missing id>', async (query) => {
    const ofDraft = await rest(`${query}${hidden}`)
    const ofMissing = await rest(`${query}${missing}`)
    expect([ofDraft.status, ofDraft.body.totalDocs]).toEqual([ofMissing.status, ofMissing.body.totalDocs])
  })

  it('refuses a where on rich text (its stored links name their targets)', async () => {
    for (const query of [`news?where[body][like]="value":${hidden}`, 'news?where[body.root.children][exists]=true', 'statements?where[or][0][body][contains]=programmes']) {
      expect([query, (await rest(query)).status]).toEqual([query, 400])
    }
  })

  it('still filters by a published programme', async () => {
    const { body } = await rest(`news?depth=0&where[programmes][in]=${published}`)
    expect(body.docs?.map((doc) => doc.id)).toContain(newsId)
  })
})
