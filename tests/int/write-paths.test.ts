/**
 * Every way of writing goes through the same rules (issue 14, deliverable 1): duplicates,
 * locale switches (`publishSpecificLocale`, `fallback-locale`, `locale=all`), bulk updates,
 * restores, shared values. Driven both through the local API with access enforced and
 * through Payload's own REST handlers as app/(payload)/api/[...slug]/route.ts serves them, with
 * a signed-in user's JWT, where the query string matters.
 */
import type { Payload } from 'payload'

import { guardedRest, officesWithStaff, type RestHandler as Handler, startPayload, type Staff } from '@/tests/helpers/payload'

let payload: Payload
const rest: Record<'POST' | 'PATCH' | 'DELETE', Handler> = {} as never
let offices: Record<'TR' | 'AZ', number>
let users: Record<'admin' | 'editorTR' | 'editorAZ' | 'contributorTR' | 'translatorTR', Staff>

/** A REST call as `user` (JWT), through the same handlers as the server's /api route. */
async function api(method: 'POST' | 'PATCH' | 'DELETE', path: string, user: Staff, body?: unknown) {
  const url = new URL(`http://localhost:3000/api${path}`)
  const response = await rest[method](
    new Request(url, { method, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${user.token}` }, body: body === undefined ? undefined : JSON.stringify(body) }),
    { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) },
  )
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null
  return { status: response.status, json, text: JSON.stringify(json) }
}

/** What the public sees of a document (published only, as anyone but staff). */
const publicly = (collection: 'news' | 'statements' | 'programmes', where: Record<string, unknown>) =>
  payload.find({ collection, where: where as never, overrideAccess: false, depth: 0, draft: false }).then(({ docs }) => docs)

let serial = 0
function data(collection: 'news' | 'statements' | 'programmes', office: 'TR' | 'AZ') {
  const title = `Write paths ${collection} ${++serial}`
  if (collection === 'programmes') return { title, countries: [offices[office]], status: 'active' as const }
  if (collection === 'statements') return { title, country: offices[office], kind: 'statement' as const, date: '2024-01-01T12:00:00.000Z' }
  return { title, country: offices[office], publishedDate: '2024-01-01T12:00:00.000Z' }
}

async function published(collection: 'news' | 'statements' | 'programmes', office: 'TR' | 'AZ') {
  return payload.create({ collection, data: { ...data(collection, office), _status: 'published' } as never, overrideAccess: true })
}

beforeAll(async () => {
  payload = await startPayload()
  Object.assign(rest, await guardedRest())
  ;({ offices, users } = await officesWithStaff(payload, ['admin', 'editorTR', 'editorAZ', 'contributorTR', 'translatorTR'] as const, {
    TR: { summary: 'Since 1991.' },
    AZ: { summary: 'Since 1996.' },
  }))
})

afterAll(async () => {
  await payload?.destroy()
})

describe('finding 1: a duplicate never publishes for someone who may not, and stays in their offices', () => {
  it.each(['news', 'statements', 'programmes'] as const)('%s: a contributor’s duplicate of a published document (?draft=false) is a draft', async (collection) => {
    const source = await published(collection, 'TR')
    const title = `Copied by a contributor ${collection}`
    const copy = await api('POST', `/${collection}/${source.id}/duplicate?draft=false`, users.contributorTR, { title, slug: `copied-${collection}` })
    expect(copy.status).toBeLessThan(500)
    if (copy.status < 300) expect((copy.json?.doc as { _status?: string })._status).toBe('draft')
    expect(await publicly(collection, { title: { equals: title } })).toEqual([])
  })

  it('refuses a contributor’s duplicate of another office’s document, even into their own office', async () => {
    const source = await published('news', 'AZ')
    const copy = await api('POST', `/news/${source.id}/duplicate?draft=true`, users.contributorTR, { title: 'Taken from Azerbaijan', country: offices.TR })
    expect(copy.status).toBe(403)
    expect(copy.text).toMatch(/own country office/)
    const { totalDocs } = await payload.count({ collection: 'news', where: { title: { equals: 'Taken from Azerbaijan' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('answers a duplicate of another office’s draft as of a missing id (no oracle, found by an attacker’s review)', async () => {
    const draft = await payload.create({ collection: 'news', data: { ...data('news', 'AZ'), _status: 'draft' } as never, draft: true, overrideAccess: true })
    const ofDraft = await api('POST', `/news/${draft.id}/duplicate`, users.contributorTR, { title: 'Probe' })
    const ofMissing = await api('POST', `/news/999999/duplicate`, users.contributorTR, { title: 'Probe' })
    expect([ofDraft.status, ofDraft.text]).toEqual([ofMissing.status, ofMissing.text])
    expect(ofDraft.text).not.toMatch(/own country office/)
  })

  it('lets a contributor duplicate their own office’s document as a draft, and an editor publish a duplicate', async () => {
    const source = await published('news', 'TR')
    const copy = await api('POST', `/news/${source.id}/duplicate`, users.contributorTR, { title: 'A contributor’s copy' })
    expect([copy.status, (copy.json?.doc as { _status?: string })?._status, (copy.json?.doc as { country?: { id?: unknown } })?.country?.id]).toEqual([200, 'draft', offices.TR])
    const live = await api('POST', `/news/${source.id}/duplicate?draft=false`, users.editorTR, { title: 'An editor’s copy', slug: 'an-editors-copy' })
    expect([live.status, (live.json?.doc as { _status?: string })?._status]).toEqual([200, 'published'])
  })
})

describe('a duplicate starts its own review', () => {
  it('gives a contributor’s copy of an approved document with an editor’s comment a fresh review: being written, no comment', async () => {
    const source = await published('news', 'TR')
    await payload.update({
      collection: 'news',
      id: source.id,
      data: { reviewStatus: 'approved', reviewComment: 'Checked the figures with the ministry.' } as never,
      overrideAccess: true,
    })
    const copy = await api('POST', `/news/${source.id}/duplicate`, users.contributorTR, { title: 'A copy of an approved story' })
    const doc = copy.json?.doc as { _status?: string; reviewStatus?: string; reviewComment?: string | null } | undefined
    expect([copy.status, doc?._status, doc?.reviewStatus, doc?.reviewComment ?? null]).toEqual([200, 'draft', 'writing', null])
  })

  it('refuses a contributor’s new draft that says it is approved', async () => {
    const created = await api('POST', '/news?draft=true', users.contributorTR, { ...data('news', 'TR'), title: 'Self-approved', reviewStatus: 'approved' })
    expect(created.status).toBe(403)
    expect(created.text).toMatch(/Only an editor can approve/)
  })
})

describe('finding 2: a translator changes only the translation, never English or shared values', () => {
  it('refuses English text through publishSpecificLocale (the locale Payload switches to after the operation starts)', async () => {
    const news = await payload.create({ collection: 'news', draft: true, data: { ...data('news', 'TR'), _status: 'draft' }, overrideAccess: true })
    const switched = await api('PATCH', `/news/${news.id}?locale=tr&publishSpecificLocale=en&draft=true`, users.translatorTR, { title: 'English changed by a translator' })
    expect(switched.status).toBe(403)
    expect(switched.text).toMatch(/Translators edit the translations only/)
    const latest = await payload.findByID({ collection: 'news', id: news.id, draft: true, locale: 'en', overrideAccess: true })
    expect(latest.title).toBe(news.title)
  })

  it('refuses English text of a country page through publishSpecificLocale, and any change to it by a translator (no drafts: it would be live)', async () => {
    const switched = await api('PATCH', `/countries/${offices.TR}?locale=tr&publishSpecificLocale=en`, users.translatorTR, { summary: 'Changed live by a translator' })
    expect(switched.status).toBe(403)
    const turkish = await api('PATCH', `/countries/${offices.TR}?locale=tr`, users.translatorTR, { summary: 'Canlı çeviri' })
    expect(turkish.status).toBe(403)
    const country = await payload.findByID({ collection: 'countries', id: offices.TR, locale: 'all', overrideAccess: true })
    expect((country as unknown as { summary: Record<string, string | null> }).summary).toEqual({ en: 'Since 1991.' })
  })

  it('refuses a fact’s English label and its number (facts have no drafts)', async () => {
    const fact = await payload.create({
      collection: 'facts',
      locale: 'en',
      data: { label: 'Migrants assisted', value: 100, notation: 'plain', scope: 'country', country: offices.TR },
      overrideAccess: true,
    })
    const label = await api('PATCH', `/facts/${fact.id}?locale=tr&publishSpecificLocale=en`, users.translatorTR, { label: 'Changed by a translator' })
    const value = await api('PATCH', `/facts/${fact.id}?locale=tr`, users.translatorTR, { value: 999999 })
    expect([label.status, value.status]).toEqual([403, 403])
    const stored = await payload.findByID({ collection: 'facts', id: fact.id, locale: 'en', overrideAccess: true })
    expect([stored.label, stored.value]).toEqual(['Migrants assisted', 100])
  })

  it('refuses shared values of a draft in a translator’s language (country, date, programmes, press contacts)', async () => {
    const news = await payload.create({
      collection: 'news',
      draft: true,
      data: { ...data('news', 'TR'), _status: 'draft', pressContacts: [{ name: 'Ayşe Yılmaz', email: 'ayse@example.org' }] },
      overrideAccess: true,
    })
    const rows = (await payload.findByID({ collection: 'news', id: news.id, draft: true, depth: 0, overrideAccess: true })).pressContacts ?? []
    for (const change of [
      { publishedDate: '2030-01-01T12:00:00.000Z' },
      { pressContacts: [{ id: rows[0].id, name: 'Someone else', email: 'ayse@example.org' }] },
      { pressContacts: [] },
    ]) {
      const response = await api('PATCH', `/news/${news.id}?locale=tr&draft=true`, users.translatorTR, change)
      expect([change, response.status, response.text]).toEqual([change, 403, expect.stringMatching(/shared by every language/)])
    }
    // The translation itself, with the shared values as they are (what the admin's form sends), is fine.
    const stored = await payload.findByID({ collection: 'news', id: news.id, draft: true, depth: 0, locale: 'tr', fallbackLocale: false, overrideAccess: true })
    const translated = await api('PATCH', `/news/${news.id}?locale=tr&draft=true`, users.translatorTR, {
      ...stored,
      title: 'Çevirmenin başlığı',
      pressContacts: (stored.pressContacts ?? []).map((row) => ({ ...row })),
    })
    expect(translated.status).toBe(200)
    const after = (await payload.findByID({ collection: 'news', id: news.id, draft: true, locale: 'all', overrideAccess: true })) as unknown as { title: Record<string, string> }
    expect(after.title).toEqual({ en: news.title, tr: 'Çevirmenin başlığı' })
  })

  it('refuses English reached through locale=all, an unknown locale or a fallback locale', async () => {
    const news = await payload.create({ collection: 'news', draft: true, data: { ...data('news', 'TR'), _status: 'draft' }, overrideAccess: true })
    const all = await api('PATCH', `/news/${news.id}?locale=all&draft=true`, users.translatorTR, { title: { en: 'English via all', tr: 'Tümü' } })
    const unknown = await api('PATCH', `/news/${news.id}?locale=TR&draft=true`, users.translatorTR, { title: 'English via an unknown locale' })
    expect([all.status, unknown.status]).toEqual([403, 403])
    const fallback = await api('PATCH', `/news/${news.id}?locale=tr&fallback-locale=en&draft=true`, users.translatorTR, { title: 'Yedek dilli çeviri' })
    expect(fallback.status).toBe(200)
    const after = (await payload.findByID({ collection: 'news', id: news.id, draft: true, locale: 'all', overrideAccess: true })) as unknown as { title: Record<string, string> }
    expect(after.title).toEqual({ en: news.title, tr: 'Yedek dilli çeviri' })
  })
})

describe('every other way of writing', () => {
  it('keeps autosave a draft for a contributor', async () => {
    const live = await published('news', 'TR')
    const saved = await api('PATCH', `/news/${live.id}?autosave=true&draft=true`, users.contributorTR, { title: 'Autosaved by a contributor' })
    expect(saved.status).toBe(200)
    const sneaked = await api('PATCH', `/news/${live.id}?autosave=true&draft=true`, users.contributorTR, { title: 'Autosaved and live', _status: 'published' })
    expect(sneaked.status).toBe(403)
    expect((await payload.findByID({ collection: 'news', id: live.id, draft: false, overrideAccess: true })).title).toBe(live.title)
  })

  it('applies the rules to the admin’s “copy from another language” action (a local-API update with the user)', async () => {
    const { copyDataFromLocaleHandler } = await import('@payloadcms/ui/utilities/copyDataFromLocale')
    const { createLocalReq } = await import('payload')
    const news = await payload.create({ collection: 'news', draft: true, data: { ...data('news', 'TR'), _status: 'draft' }, overrideAccess: true })
    await payload.update({ collection: 'news', id: news.id, draft: true, locale: 'tr', data: { title: 'Türkçe başlık' }, overrideAccess: true })
    const req = await createLocalReq({ user: (await payload.findByID({ collection: 'users', id: users.translatorTR.id, depth: 0 })) as never }, payload)
    ;(req.user as { collection?: string }).collection = 'users'
    const copied = await (copyDataFromLocaleHandler as (args: unknown) => Promise<unknown>)({
      req,
      collectionSlug: 'news',
      docID: news.id,
      fromLocale: 'tr',
      toLocale: 'en',
      overrideData: true,
    }).catch((error: unknown) => error)
    expect(String(copied)).toMatch(/Translators edit the translations only|not allowed/)
    const after = (await payload.findByID({ collection: 'news', id: news.id, draft: true, locale: 'all', overrideAccess: true })) as unknown as { title: Record<string, string> }
    expect(after.title.en).toBe(news.title)
  })

  it('keeps the search index to the server: no signed-in user (staff or partner) writes an entry the public search shows', async () => {
    const live = await published('news', 'TR')
    for (const user of [users.contributorTR, users.translatorTR, users.editorTR]) {
      const injected = await api('POST', '/search', user, { title: 'Injected result', doc: { relationTo: 'news', value: live.id }, priority: 100 })
      expect([user.roles, injected.status]).toEqual([user.roles, 403])
    }
    const { totalDocs } = await payload.count({ collection: 'search', where: { title: { equals: 'Injected result' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('keeps bulk updates to the same rules: a contributor cannot publish or move many documents at once', async () => {
    const draft = await payload.create({ collection: 'news', draft: true, data: { ...data('news', 'TR'), _status: 'draft' }, overrideAccess: true })
    const where = `where[id][equals]=${draft.id}`
    const publish = await api('PATCH', `/news?${where}&draft=true`, users.contributorTR, { _status: 'published' })
    const live = await api('PATCH', `/news?${where}`, users.contributorTR, { title: 'Bulk edit of the live page' })
    expect([publish.status, live.status]).toEqual([403, 403])
    const moved = await api('PATCH', `/news?${where}&draft=true`, users.editorTR, { country: offices.AZ })
    expect(moved.status).toBeGreaterThanOrEqual(400)
    expect(moved.status).toBeLessThan(500)
    expect((await payload.findByID({ collection: 'news', id: draft.id, draft: true, depth: 0, overrideAccess: true })).country).toBe(offices.TR)
  })

  it('judges a bulk update of facts by the figures it reaches, not by the data it sends', async () => {
    const azerbaijani = await payload.create({
      collection: 'facts',
      data: { label: 'Baku figure', value: 7, notation: 'plain', scope: 'country', country: offices.AZ },
      overrideAccess: true,
    })
    const taken = await api('PATCH', `/facts?where[id][equals]=${azerbaijani.id}`, users.editorTR, { scope: 'country', country: offices.TR, value: 1 })
    expect(taken.status).toBeLessThan(500)
    const stored = await payload.findByID({ collection: 'facts', id: azerbaijani.id, depth: 0, overrideAccess: true })
    expect([stored.country, stored.value]).toEqual([offices.AZ, 7])
  })

  it('lets only editors of the office delete, one by one or in bulk', async () => {
    const own = await published('news', 'TR')
    const other = await published('news', 'AZ')
    expect((await api('DELETE', `/news/${own.id}`, users.contributorTR)).status).toBe(403)
    expect([403, 404]).toContain((await api('DELETE', `/news/${other.id}`, users.editorTR)).status)
    const bulk = await api('DELETE', `/news?where[id][in]=${own.id},${other.id}`, users.editorTR)
    expect(bulk.status).toBeLessThan(500)
    const left = await payload.find({ collection: 'news', where: { id: { in: [own.id, other.id] } }, overrideAccess: true, depth: 0 })
    expect(left.docs.map((d) => d.id)).toEqual([other.id])
  })

  it('lets only an editor of the office restore a version, and never to another office', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: { ...(data('news', 'AZ') as { title: string }), country: offices.AZ, publishedDate: '2024-01-01T12:00:00.000Z', _status: 'published' },
      overrideAccess: true,
    })
    await payload.update({ collection: 'news', id: doc.id, data: { country: offices.TR }, overrideAccess: true })
    const { docs } = await payload.findVersions({ collection: 'news', where: { parent: { equals: doc.id } }, sort: 'createdAt', overrideAccess: true, depth: 0 })
    const inAzerbaijan = docs[0]
    expect((inAzerbaijan.version as { country?: number }).country).toBe(offices.AZ)
    expect((await api('POST', `/news/versions/${inAzerbaijan.id}?draft=true`, users.contributorTR)).status).toBe(403)
    const moved = await api('POST', `/news/versions/${inAzerbaijan.id}`, users.editorTR)
    expect(moved.status).toBe(403)
    expect((await payload.findByID({ collection: 'news', id: doc.id, depth: 0, overrideAccess: true })).country).toBe(offices.TR)
  })
})

describe('finding 12: offices through relations', () => {
  it('keeps a programme to its editor’s offices: no other office added on create or update, none taken away', async () => {
    const joint = await api('POST', '/programmes?draft=true', users.editorTR, { title: 'Joint by one office', countries: [offices.TR, offices.AZ], status: 'active' })
    expect([joint.status, joint.text]).toEqual([403, expect.stringMatching(/own country office/)])
    const publishedJoint = await api('POST', '/programmes', users.editorTR, {
      title: 'Joint and live',
      countries: [offices.TR, offices.AZ],
      status: 'active',
      _status: 'published',
    })
    expect(publishedJoint.status).toBe(403)
    expect(await publicly('programmes', { countries: { in: [offices.AZ] } })).toEqual([])

    const own = await payload.create({ collection: 'programmes', data: { ...data('programmes', 'TR'), _status: 'published' } as never, overrideAccess: true })
    const added = await api('PATCH', `/programmes/${own.id}`, users.editorTR, { countries: [offices.TR, offices.AZ] })
    expect(added.status).toBe(403)
    const shared = await payload.create({
      collection: 'programmes',
      data: { title: 'Shared by an admin', countries: [offices.TR, offices.AZ], status: 'active', _status: 'published' } as never,
      overrideAccess: true,
    })
    expect((await api('PATCH', `/programmes/${shared.id}`, users.editorTR, { countries: [offices.TR] })).status).toBe(403)
    // Editing a programme an admin shared between offices, offices untouched, is fine.
    expect((await api('PATCH', `/programmes/${shared.id}`, users.editorTR, { title: 'Shared, retitled' })).status).toBe(200)
  })

  it('links news, statements and facts only to programmes of one’s own offices (an article shows on its programmes’ pages)', async () => {
    const azerbaijani = await payload.create({ collection: 'programmes', data: { ...data('programmes', 'AZ'), _status: 'published' } as never, overrideAccess: true })
    const turkish = await payload.create({ collection: 'programmes', data: { ...data('programmes', 'TR'), _status: 'published' } as never, overrideAccess: true })
    const news = await api('POST', '/news', users.editorTR, { ...data('news', 'TR'), programmes: [azerbaijani.id], _status: 'published' })
    const statement = await api('POST', '/statements?draft=true', users.contributorTR, { ...data('statements', 'TR'), programmes: [azerbaijani.id] })
    const fact = await api('POST', '/facts', users.editorTR, {
      label: 'Linked figure',
      value: 3,
      notation: 'plain',
      scope: 'country',
      country: offices.TR,
      programme: azerbaijani.id,
    })
    expect([news.status, statement.status, fact.status]).toEqual([403, 403, 403])
    expect(news.text).toMatch(/programmes of your own country office/)
    const related = await payload.find({ collection: 'news', where: { programmes: { in: [azerbaijani.id] } }, overrideAccess: true, depth: 0 })
    expect(related.totalDocs).toBe(0)

    const ok = await api('POST', '/news', users.editorTR, { ...data('news', 'TR'), programmes: [turkish.id], _status: 'published' })
    expect(ok.status).toBe(201)
    const id = (ok.json?.doc as { id: number }).id
    expect((await api('PATCH', `/news/${id}`, users.editorTR, { programmes: [turkish.id, azerbaijani.id] })).status).toBe(403)
    // A link an admin made stays through the office's own edits.
    await payload.update({ collection: 'news', id, data: { programmes: [turkish.id, azerbaijani.id] }, overrideAccess: true })
    expect((await api('PATCH', `/news/${id}?draft=true`, users.contributorTR, { title: 'Retitled, links kept', programmes: [turkish.id, azerbaijani.id] })).status).toBe(200)
  })
})
