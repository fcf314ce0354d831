/**
 * Every role × collection × operation × own and other country office, against the REST API of
 * the production server, compared with the expected table below (the policy, as data).
 * Users of the test belong to Türkiye; "other" is Azerbaijan.
 */
import sharp from 'sharp'

import { base } from '@/tests/helpers/e2e'

type Role = 'admin' | 'editor' | 'contributor' | 'translator' | 'partner' | 'anonymous'
type Operation = 'create' | 'readDraft' | 'update' | 'publish' | 'delete'
type Collection = 'news' | 'statements' | 'programmes' | 'facts'
/** [own office, other office]: may the role do it? */
type Row = Record<Operation, [boolean, boolean]>

const Y = true
const N = false
const none: Row = { create: [N, N], readDraft: [N, N], update: [N, N], publish: [N, N], delete: [N, N] }

/** The policy of access/offices.ts for news, statements and programmes. */
const drafted: Record<Role, Row> = {
  admin: { create: [Y, Y], readDraft: [Y, Y], update: [Y, Y], publish: [Y, Y], delete: [Y, Y] },
  editor: { create: [Y, N], readDraft: [Y, N], update: [Y, N], publish: [Y, N], delete: [Y, N] },
  contributor: { create: [Y, N], readDraft: [Y, N], update: [Y, N], publish: [N, N], delete: [N, N] },
  translator: { create: [N, N], readDraft: [Y, N], update: [Y, N], publish: [N, N], delete: [N, N] },
  partner: none,
  anonymous: none,
}

/**
 * Facts have no drafts: "readDraft" and "publish" do not apply (left false). A change is live at
 * once, so only editors make it (a translator's would reach the public without an editor).
 */
const facts: Record<Role, Row> = {
  admin: { create: [Y, Y], readDraft: [N, N], update: [Y, Y], publish: [N, N], delete: [Y, Y] },
  editor: { create: [Y, N], readDraft: [N, N], update: [Y, N], publish: [N, N], delete: [Y, N] },
  contributor: none,
  translator: none,
  partner: none,
  anonymous: none,
}

const expected: Record<Collection, Record<Role, Row>> = { news: drafted, statements: drafted, programmes: drafted, facts }

const roles: Role[] = ['admin', 'editor', 'contributor', 'translator', 'partner', 'anonymous']
const collections: Collection[] = ['news', 'statements', 'programmes', 'facts']
const operations: Operation[] = ['create', 'readDraft', 'update', 'publish', 'delete']

const tokens = new Map<Role, string | null>()
const offices: { own: number; other: number } = { own: 0, other: 0 }
let serial = 0

async function api(method: string, path: string, role: Role, body?: unknown) {
  const token = tokens.get(role)
  const response = await fetch(`${base()}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null
  return { status: response.status, json }
}

async function login(email: string, password: string): Promise<string> {
  const { status, json } = await api('POST', '/users/login', 'anonymous', { email, password })
  if (status !== 200) throw new Error(`login ${email}: ${status} ${JSON.stringify(json)}`)
  return json?.token as string
}

/** The smallest valid document of a collection in an office. */
function documentData(collection: Collection, office: number) {
  const title = `Matrix ${collection} ${++serial}`
  switch (collection) {
    case 'news':
      return { title, country: office, publishedDate: '2024-01-01T12:00:00.000Z', _status: 'draft' }
    case 'statements':
      return { title, country: office, kind: 'statement', date: '2024-01-01T12:00:00.000Z', _status: 'draft' }
    case 'programmes':
      return { title, countries: [office], status: 'active', _status: 'draft' }
    case 'facts':
      return { label: title, value: 1, notation: 'plain', scope: 'country', country: office }
  }
}

const hasDrafts = (collection: Collection) => collection !== 'facts'

/** A fixture created by the admin: a draft (or, for facts, a figure) in the office. */
async function fixture(collection: Collection, office: number): Promise<number> {
  const { status, json } = await api('POST', `/${collection}${hasDrafts(collection) ? '?draft=true' : ''}`, 'admin', documentData(collection, office))
  if (status !== 201) throw new Error(`fixture ${collection}: ${status} ${JSON.stringify(json)}`)
  return (json?.doc as { id: number }).id
}

/** Tries one operation; returns whether it was allowed (2xx). Never a 5xx. */
async function attempt(role: Role, collection: Collection, operation: Operation, office: number): Promise<boolean> {
  const locale = role === 'translator' ? 'tr' : 'en'
  const drafts = hasDrafts(collection)
  let result: { status: number; json: Record<string, unknown> | null }
  switch (operation) {
    case 'create':
      result = await api('POST', `/${collection}${drafts ? '?draft=true' : ''}`, role, documentData(collection, office))
      break
    case 'readDraft': {
      if (!drafts) return false
      const id = await fixture(collection, office)
      result = await api('GET', `/${collection}/${id}?draft=true&depth=0`, role)
      if (result.status === 200 && (result.json as { _status?: string })?._status !== 'draft') return false
      break
    }
    case 'update': {
      const id = await fixture(collection, office)
      const field = collection === 'facts' ? 'label' : 'title'
      result = await api('PATCH', `/${collection}/${id}?locale=${locale}${drafts ? '&draft=true' : ''}`, role, { [field]: `Edited by ${role}` })
      break
    }
    case 'publish': {
      if (!drafts) return false
      const id = await fixture(collection, office)
      result = await api('PATCH', `/${collection}/${id}?locale=${locale}`, role, { _status: 'published' })
      break
    }
    case 'delete': {
      const id = await fixture(collection, office)
      result = await api('DELETE', `/${collection}/${id}`, role)
      break
    }
  }
  expect([role, collection, operation, result.status < 500]).toEqual([role, collection, operation, true])
  return result.status >= 200 && result.status < 300
}

/**
 * The other ways a document changes (issue 14), as an effect on the stored document, not as a
 * status code: did a published copy appear, did the draft go live, did the English text change,
 * was the version restored, was a schedule queued. Translators work with ?locale=tr.
 */
type WayOfWriting = 'duplicateLive' | 'bulkPublish' | 'englishThroughPublishSpecificLocale' | 'restoreVersion' | 'schedule'
const waysOfWriting: WayOfWriting[] = ['duplicateLive', 'bulkPublish', 'englishThroughPublishSpecificLocale', 'restoreVersion', 'schedule']
const publishers = { duplicateLive: [Y, N], bulkPublish: [Y, N], englishThroughPublishSpecificLocale: [Y, N], restoreVersion: [Y, N], schedule: [Y, N] } as Record<
  WayOfWriting,
  [boolean, boolean]
>
const nothing = Object.fromEntries(waysOfWriting.map((way) => [way, [N, N]])) as Record<WayOfWriting, [boolean, boolean]>
const expectedWays: Record<Role, Record<WayOfWriting, [boolean, boolean]>> = {
  admin: Object.fromEntries(waysOfWriting.map((way) => [way, [Y, Y]])) as Record<WayOfWriting, [boolean, boolean]>,
  editor: publishers,
  // Contributors write English drafts of their office (the English title of a draft is theirs to change).
  contributor: { ...nothing, englishThroughPublishSpecificLocale: [Y, N] },
  translator: nothing,
  partner: nothing,
  anonymous: nothing,
}

async function published(collection: Collection, office: number): Promise<number> {
  const id = await fixture(collection, office)
  const { status } = await api('PATCH', `/${collection}/${id}`, 'admin', { _status: 'published' })
  if (status !== 200) throw new Error(`publish fixture ${collection}: ${status}`)
  return id
}

const latest = async (collection: Collection, id: number, locale = 'en') =>
  (await api('GET', `/${collection}/${id}?draft=true&depth=0&locale=${locale}&fallback-locale=none`, 'admin')).json as Record<string, unknown>

async function wrote(role: Role, collection: Collection, way: WayOfWriting, office: number): Promise<boolean> {
  const locale = role === 'translator' ? 'tr' : 'en'
  let result: { status: number }
  let effect: () => Promise<boolean>
  switch (way) {
    case 'duplicateLive': {
      const id = await published(collection, office)
      const title = `Duplicated by ${role} ${++serial}`
      result = await api('POST', `/${collection}/${id}/duplicate?draft=false&locale=${locale}`, role, { title, slug: `duplicated-${role}-${serial}` })
      effect = async () => ((await api('GET', `/${collection}?where[title][equals]=${encodeURIComponent(title)}&depth=0`, 'anonymous')).json?.docs as unknown[]).length > 0
      break
    }
    case 'bulkPublish': {
      const id = await fixture(collection, office)
      result = await api('PATCH', `/${collection}?where[id][equals]=${id}&locale=${locale}`, role, { _status: 'published' })
      effect = async () => (await api('GET', `/${collection}/${id}?depth=0`, 'anonymous')).status === 200
      break
    }
    case 'englishThroughPublishSpecificLocale': {
      const id = await fixture(collection, office)
      const title = `English by ${role} ${++serial}`
      result = await api('PATCH', `/${collection}/${id}?locale=tr&publishSpecificLocale=en&draft=true`, role, { title })
      effect = async () => (await latest(collection, id, 'en')).title === title
      break
    }
    case 'restoreVersion': {
      const id = await fixture(collection, office)
      const first = ((await api('GET', `/${collection}/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`, 'admin')).json?.docs as { id: string }[])[0]
      await api('PATCH', `/${collection}/${id}?draft=true`, 'admin', { title: `Changed before a restore ${++serial}` })
      const before = (await latest(collection, id)).title
      result = await api('POST', `/${collection}/versions/${first.id}?locale=${locale}`, role)
      effect = async () => (await latest(collection, id)).title !== before
      break
    }
    case 'schedule': {
      const id = await fixture(collection, office)
      result = await api('POST', `/${collection}/${id}/schedule`, role, { type: 'publish', at: new Date(Date.now() + 86_400_000).toISOString() })
      effect = async () => result.status === 201
      break
    }
  }
  expect([role, collection, way, result.status < 500]).toEqual([role, collection, way, true])
  return effect()
}

/**
 * Media (no office, no drafts) follow the documents that use them: a public file (a published
 * article's hero image) is changed by that office's editors; a private one (a draft's) also by
 * its contributors, and its Turkish alt text by its translators. Translators work with ?locale=tr,
 * everyone else in English; `englishAltOfPrivate` is a translator asking for English.
 */
type MediaWay = 'altOfPublic' | 'replacePublic' | 'deletePublic' | 'altOfPrivate' | 'englishAltOfPrivate'
const mediaWays: MediaWay[] = ['altOfPublic', 'replacePublic', 'deletePublic', 'altOfPrivate', 'englishAltOfPrivate']
const noMedia = Object.fromEntries(mediaWays.map((way) => [way, [N, N]])) as Record<MediaWay, [boolean, boolean]>
const expectedMedia: Record<Role, Record<MediaWay, [boolean, boolean]>> = {
  admin: Object.fromEntries(mediaWays.map((way) => [way, [Y, Y]])) as Record<MediaWay, [boolean, boolean]>,
  editor: Object.fromEntries(mediaWays.map((way) => [way, [Y, N]])) as Record<MediaWay, [boolean, boolean]>,
  contributor: { ...noMedia, altOfPrivate: [Y, N], englishAltOfPrivate: [Y, N] },
  translator: { ...noMedia, altOfPrivate: [Y, N] },
  partner: noMedia,
  anonymous: noMedia,
}

async function uploadImage(role: Role, alt: string): Promise<{ status: number; json: Record<string, unknown> | null }> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: `#${(++serial * 9973).toString(16).padStart(6, '0').slice(-6)}` } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `matrix-${serial}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  const token = tokens.get(role)
  const response = await fetch(`${base()}/api/media`, { method: 'POST', headers: token ? { Authorization: `JWT ${token}` } : {}, body: form })
  return { status: response.status, json: (await response.json().catch(() => null)) as Record<string, unknown> | null }
}

/** An image used by a news item of the office: published (the file is public) or a draft (private). */
async function usedImage(office: number, live: boolean): Promise<number> {
  const { status, json } = await uploadImage('admin', 'Matrix image')
  if (status !== 201) throw new Error(`upload: ${status} ${JSON.stringify(json)}`)
  const image = (json?.doc as { id: number }).id
  const news = await api('POST', `/news${live ? '' : '?draft=true'}`, 'admin', { ...documentData('news', office), hero: { image }, _status: live ? 'published' : 'draft' })
  if (news.status !== 201) throw new Error(`news: ${news.status} ${JSON.stringify(news.json)}`)
  return image
}

async function changedMedia(role: Role, way: MediaWay, office: number): Promise<boolean> {
  const live = way.endsWith('Public')
  const id = await usedImage(office, live)
  const locale = way === 'englishAltOfPrivate' ? 'en' : role === 'translator' ? 'tr' : 'en'
  const alt = `Described by ${role} ${++serial}`
  const stored = async () => (await api('GET', `/media/${id}?depth=0&locale=${locale}&fallback-locale=none`, 'admin')).json as Record<string, unknown> | null
  const before = await stored()
  let status: number
  if (way === 'deletePublic') {
    status = (await api('DELETE', `/media/${id}`, role)).status
  } else if (way === 'replacePublic') {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#ff0000' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `replaced-${++serial}.png`)
    form.append('_payload', JSON.stringify({}))
    const token = tokens.get(role)
    status = (await fetch(`${base()}/api/media/${id}`, { method: 'PATCH', headers: token ? { Authorization: `JWT ${token}` } : {}, body: form })).status
  } else {
    status = (await api('PATCH', `/media/${id}?locale=${locale}`, role, { alt })).status
  }
  expect([role, way, status < 500]).toEqual([role, way, true])
  const after = await stored()
  if (way === 'deletePublic') return after?.id === undefined
  if (way === 'replacePublic') return after?.filename !== before?.filename
  return after?.alt === alt
}

beforeAll(async () => {
  tokens.set('anonymous', null)
  tokens.set('admin', await login('admin@kopru.example', 'demo-admin-2026'))
  tokens.set('partner', await login('partner@kopru.example', 'demo-partner-2026'))
  const country = async (iso: string) => ((await api('GET', `/countries?where[isoCode][equals]=${iso}&depth=0`, 'admin')).json?.docs as { id: number }[])[0].id
  offices.own = await country('TR')
  offices.other = await country('AZ')
  for (const role of ['editor', 'contributor', 'translator'] as const) {
    const email = `${role}.matrix@test.example`
    const created = await api('POST', '/users', 'admin', { email, password: 'matrix-password-2026', roles: [role], countries: [offices.own] })
    if (created.status !== 201) throw new Error(`user ${role}: ${created.status} ${JSON.stringify(created.json)}`)
    tokens.set(role, await login(email, 'matrix-password-2026'))
  }
})

describe('access-control matrix (REST, production server)', () => {
  it.each(collections)('%s: every role and operation, own and other office, as the policy says', async (collection) => {
    const actual: Record<string, Row> = {}
    for (const role of roles) {
      const row = {} as Row
      for (const operation of operations) {
        row[operation] = [await attempt(role, collection, operation, offices.own), await attempt(role, collection, operation, offices.other)]
      }
      actual[role] = row
    }
    expect(actual).toEqual(expected[collection])
  })

  it('keeps translators to the translations, and contributors to drafts, with messages that say why', async () => {
    const id = await fixture('news', offices.own)
    const english = await api('PATCH', `/news/${id}?locale=en&draft=true`, 'translator', { title: 'Translator in English' })
    expect(english.status).toBe(403)
    expect(JSON.stringify(english.json)).toContain('Translators edit the translations only')
    const unpublishOrEdit = await api('PATCH', `/news/${id}?locale=en`, 'contributor', { title: 'Straight to the live page' })
    expect(unpublishOrEdit.status).toBe(403)
    expect(JSON.stringify(unpublishOrEdit.json)).toContain('Save your changes as a draft')
  })

  it('does not let an editor move a document to another office', async () => {
    const id = await fixture('news', offices.own)
    const moved = await api('PATCH', `/news/${id}?draft=true`, 'editor', { country: offices.other })
    expect(moved.status).toBe(403)
    expect(JSON.stringify(moved.json)).toContain('Choose your own country office')
  })

  it.each(['news', 'statements', 'programmes'] as const)('%s: every other way of writing, per role and office, as the policy says', async (collection) => {
    const actual: Record<string, Record<WayOfWriting, [boolean, boolean]>> = {}
    for (const role of roles) {
      const row = {} as Record<WayOfWriting, [boolean, boolean]>
      for (const way of waysOfWriting) row[way] = [await wrote(role, collection, way, offices.own), await wrote(role, collection, way, offices.other)]
      actual[role] = row
    }
    expect(actual).toEqual(expectedWays)
  })

  it('media: changing or deleting a file follows the documents that use it, per role, office and language', async () => {
    const actual: Record<string, Record<MediaWay, [boolean, boolean]>> = {}
    for (const role of roles) {
      const row = {} as Record<MediaWay, [boolean, boolean]>
      for (const way of mediaWays) row[way] = [await changedMedia(role, way, offices.own), await changedMedia(role, way, offices.other)]
      actual[role] = row
    }
    expect(actual).toEqual(expectedMedia)
  })

  it('lets only admins and global editors change the navigation', async () => {
    for (const role of ['editor', 'contributor', 'translator', 'partner', 'anonymous'] as const) {
      expect([role, (await api('POST', '/globals/navigation', role, { sections: [] })).status]).toEqual([role, 403])
    }
  })
})
