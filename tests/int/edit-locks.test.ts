/**
 * The admin's edit locks (`payload-locked-documents`, attacker's review): staff read locks only
 * on documents they may read (and their own), take a lock only in their own name on a document
 * they may update, and delete only their own lock (admins any), through the local API with
 * access enforced, Payload's REST handlers and the admin's form-state server function (which
 * writes locks straight in the database): collections/LockedDocuments/index.ts, lib/formStateServerFunction.ts.
 */
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { formStateServerFunction } from '@/lib/formStateServerFunction'
import { guardedRest, officesWithStaff, type RestHandler as Handler, startPayload, type Staff } from '@/tests/helpers/payload'

type Key = 'admin' | 'editorTR' | 'contributorTR' | 'translatorTR' | 'editorAZ'

let payload: Payload
const rest = {} as Record<'GET' | 'POST' | 'PATCH' | 'DELETE', Handler>
let offices: Record<'TR' | 'AZ', number>
let users: Record<Key, Staff>
let draftTR: number
let draftAZ: number

const slug = 'payload-locked-documents'
const as = (user: Staff) => ({ overrideAccess: false, user }) as const
const reqOf = (user: Staff): Promise<PayloadRequest> => createLocalReq({ user: user as never }, payload)

/** A REST call as `user` (JWT), through the handlers app/(payload)/api/[...slug]/route.ts serves. */
async function api(method: keyof typeof rest, path: string, user: Staff, body?: unknown) {
  const url = new URL(`http://localhost:3000/api${path}`)
  const response = await rest[method](
    new Request(url, { method, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${user.token}` }, body: body === undefined ? undefined : JSON.stringify(body) }),
    { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) },
  )
  return { status: response.status, json: (await response.json().catch(() => null)) as { docs?: Array<{ id: number }>; doc?: { id: number } } | null }
}

const lockOn = (id: number, user: Staff) => ({ document: { relationTo: 'news', value: id }, user: { relationTo: 'users', value: user.id } })

/** The locks stored on a news document, whoever may see them: [user id, …]. */
async function lockersOf(id: number) {
  const { docs } = await payload.find({
    collection: slug,
    where: { and: [{ 'document.relationTo': { equals: 'news' } }, { 'document.value': { equals: id } }] },
    depth: 0,
    overrideAccess: true,
    limit: 100,
  })
  return docs.map((lock) => (lock.user as { value: number }).value)
}

async function clearLocks() {
  await payload.delete({ collection: slug, where: { id: { exists: true } }, overrideAccess: true })
}

/** A lock taken as Payload's admin takes it: the editor's own, on their office's draft. */
async function lockedBy(id: number, user: Staff) {
  return payload.create({ collection: slug, data: lockOn(id, user) as never, overrideAccess: true })
}

beforeAll(async () => {
  payload = await startPayload()
  Object.assign(rest, await guardedRest())
  ;({ offices, users } = await officesWithStaff(payload, ['admin', 'editorTR', 'contributorTR', 'translatorTR', 'editorAZ'] as const))
  const draft = (office: 'TR' | 'AZ') =>
    payload.create({
      collection: 'news',
      draft: true,
      data: { title: `Embargoed story ${office}`, country: offices[office], publishedDate: '2026-12-01T09:00:00.000Z', _status: 'draft' },
      overrideAccess: true,
    })
  draftTR = (await draft('TR')).id as number
  draftAZ = (await draft('AZ')).id as number
})

beforeEach(clearLocks)

afterAll(async () => {
  await payload?.destroy()
})

describe('edit locks follow the documents they lock', () => {
  it('shows another office’s draft locks to nobody there (local API, REST, counts), its own office and admins yes', async () => {
    await lockedBy(draftTR, users.editorTR)
    const seen = async (key: Key) => ({
      local: (await payload.find({ collection: slug, ...as(users[key]), depth: 0 })).totalDocs,
      count: (await payload.count({ collection: slug, ...as(users[key]) })).totalDocs,
      rest: (await api('GET', `/${slug}?where[document.value][equals]=${draftTR}&where[document.relationTo][equals]=news`, users[key])).json?.docs?.length ?? 0,
    })
    expect(await seen('editorAZ')).toEqual({ local: 0, count: 0, rest: 0 })
    for (const key of ['contributorTR', 'translatorTR', 'admin', 'editorTR'] as const) expect([key, await seen(key)]).toEqual([key, { local: 1, count: 1, rest: 1 }])
  })

  it('takes a lock only in one’s own name, on a document one may update', async () => {
    // Another office's draft, in one's own name: refused, as a missing document would be.
    expect((await api('POST', `/${slug}`, users.editorAZ, lockOn(draftTR, users.editorAZ))).status).toBe(403)
    expect((await api('POST', `/${slug}`, users.editorAZ, lockOn(999999, users.editorAZ))).status).toBe(403)
    // One's own office's draft, in a colleague's name: refused.
    expect((await api('POST', `/${slug}`, users.contributorTR, lockOn(draftTR, users.editorTR))).status).toBe(403)
    await expect(payload.create({ collection: slug, data: lockOn(draftAZ, users.editorTR) as never, ...as(users.editorAZ) })).rejects.toMatchObject({ status: 403 })
    expect(await lockersOf(draftTR)).toEqual([])
    expect(await lockersOf(draftAZ)).toEqual([])
    // One's own name on one's own office's draft: what Payload's admin does.
    expect((await api('POST', `/${slug}`, users.translatorTR, lockOn(draftTR, users.translatorTR))).status).toBe(201)
    expect(await lockersOf(draftTR)).toEqual([users.translatorTR.id])
  })

  it('lets only a colleague who may edit the document take a lock over, in their own name', async () => {
    const lock = await lockedBy(draftTR, users.editorTR)
    // Another office's editor does not see it to change it: Payload's answer for an id out of reach, as for a missing one.
    const takeOver = { user: { relationTo: 'users', value: users.editorAZ.id } }
    expect((await api('PATCH', `/${slug}/${lock.id}`, users.editorAZ, takeOver)).status).toBe((await api('PATCH', `/${slug}/999999`, users.editorAZ, takeOver)).status)
    expect(await lockersOf(draftTR)).toEqual([users.editorTR.id])
    // A colleague hands it to someone else: refused; takes it over (Payload's "take over"): yes.
    expect((await api('PATCH', `/${slug}/${lock.id}`, users.contributorTR, { user: { relationTo: 'users', value: users.translatorTR.id } })).status).toBe(403)
    expect(await lockersOf(draftTR)).toEqual([users.editorTR.id])
    expect((await api('PATCH', `/${slug}/${lock.id}`, users.contributorTR, { user: { relationTo: 'users', value: users.contributorTR.id } })).status).toBe(200)
    expect(await lockersOf(draftTR)).toEqual([users.contributorTR.id])
    // Nor is a lock moved onto another office's document.
    expect((await api('PATCH', `/${slug}/${lock.id}`, users.contributorTR, { document: { relationTo: 'news', value: draftAZ } })).status).toBe(403)
  })

  it('deletes only one’s own lock (admins any)', async () => {
    const lock = await lockedBy(draftTR, users.editorTR)
    const missing = (await api('DELETE', `/${slug}/999999`, users.editorAZ)).status
    expect(missing).toBe(403)
    expect((await api('DELETE', `/${slug}/${lock.id}`, users.editorAZ)).status).toBe(missing)
    await payload.delete({ collection: slug, where: { id: { exists: true } }, ...as(users.editorAZ) })
    expect((await api('DELETE', `/${slug}/${lock.id}`, users.contributorTR)).status).toBe(missing)
    expect(await lockersOf(draftTR)).toEqual([users.editorTR.id])
    expect((await api('DELETE', `/${slug}/${lock.id}`, users.editorTR)).status).toBe(200)
    expect(await lockersOf(draftTR)).toEqual([])
    const again = await lockedBy(draftTR, users.editorTR)
    expect((await api('DELETE', `/${slug}/${again.id}`, users.admin)).status).toBe(200)
  })

  it('takes no lock from the admin’s form state for a document the user may not update', async () => {
    const formState = async (user: Staff, id: number) =>
      formStateServerFunction({
        collectionSlug: 'news',
        id,
        operation: 'update',
        schemaPath: 'news',
        formState: {},
        data: {},
        docPermissions: undefined,
        docPreferences: { fields: {} },
        mockRSCs: true,
        renderAllFields: false,
        skipValidation: true,
        returnLockStatus: true,
        updateLastEdited: true,
        req: await reqOf(user),
        user,
      } as never)
    await formState(users.editorAZ, draftTR)
    expect(await lockersOf(draftTR)).toEqual([])
    await formState(users.editorAZ, 999999)
    expect(await lockersOf(999999)).toEqual([])
    // Its own office's staff get theirs, as before.
    await formState(users.translatorTR, draftTR)
    expect(await lockersOf(draftTR)).toEqual([users.translatorTR.id])
  })
})
