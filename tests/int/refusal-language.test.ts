/**
 * The write guards refuse in the language of the admin the officer uses (Payload's i18n: the
 * `payload-lng` cookie the admin sets from the user's choice, else Accept-Language), and in
 * English for a client that names none.
 */
import type { Payload } from 'payload'

import { refusals } from '@/i18n/refusals'
import { createUser, guardedRest, type RestHandler as Handler, startPayload } from '@/tests/helpers/payload'

let payload: Payload
let POST: Handler
let office: number
let token: string

beforeAll(async () => {
  payload = await startPayload()
  ;({ POST } = await guardedRest())
  office = (await payload.create({ collection: 'countries', data: { name: 'Türkiye', isoCode: 'TR' } })).id as number
  await createUser(payload, ['admin'], 'admin@refusals.example')
  const user = await createUser(payload, ['contributor'], 'contributor@refusals.example')
  await payload.update({ collection: 'users', id: user.id, data: { countries: [office] } as never, overrideAccess: true })
  token = (await payload.login({ collection: 'users', data: { email: 'contributor@refusals.example', password: 'a-long-test-password' } })).token as string
})

afterAll(async () => {
  await payload?.destroy()
})

/** A contributor publishing a new article through REST: refused by guardPublication. */
async function publish(headers: Record<string, string>) {
  const url = new URL('http://localhost:3000/api/news')
  const response = await POST(
    new Request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...headers },
      body: JSON.stringify({ title: 'Published by a contributor', country: office, publishedDate: '2024-01-01T12:00:00.000Z', _status: 'published' }),
    }),
    { params: Promise.resolve({ slug: ['news'] }) },
  )
  const body = (await response.json()) as { errors?: { message: string; data?: { refusal?: string } }[] }
  return { status: response.status, message: body.errors?.[0]?.message, refusal: body.errors?.[0]?.data?.refusal }
}

describe('refusals in the officer’s admin language', () => {
  it('a Turkish admin (Accept-Language or the admin’s language cookie) gets the Turkish refusal', async () => {
    expect(await publish({ 'Accept-Language': 'tr-TR,tr;q=0.9,en;q=0.5' })).toEqual({ status: 403, message: refusals.tr.publish, refusal: 'publish' })
    expect(await publish({ Cookie: 'payload-lng=tr', 'Accept-Language': 'en' })).toEqual({ status: 403, message: refusals.tr.publish, refusal: 'publish' })
  })

  it('a client naming no language, or one the admin does not have, gets English', async () => {
    expect(await publish({})).toEqual({ status: 403, message: refusals.en.publish, refusal: 'publish' })
    expect(await publish({ 'Accept-Language': 'de-DE' })).toEqual({ status: 403, message: refusals.en.publish, refusal: 'publish' })
  })

  it('refusals with variables and plural forms are filled in both languages (local API with a Turkish request)', async () => {
    const contributor = (await payload.find({ collection: 'users', where: { email: { equals: 'contributor@refusals.example' } } })).docs[0]
    const other = (await payload.create({ collection: 'countries', data: { name: 'Azerbaijan', isoCode: 'AZ' } })).id
    const { createLocalReq } = await import('payload')
    const { initI18n } = await import('@payloadcms/translations')
    const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language: 'tr' })
    const req = await createLocalReq({ user: { ...contributor, collection: 'users' } as never }, payload)
    req.i18n = i18n as never
    req.t = i18n.t as never
    const own = await payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Ours', country: office, publishedDate: '2024-01-01T12:00:00.000Z', _status: 'draft' },
      overrideAccess: false,
      user: { ...contributor, collection: 'users' },
    })
    // Moving it to another office: keepInOwnOffices names the offices one works for.
    const error = await payload
      .update({ collection: 'news', id: own.id, draft: true, data: { country: other as number }, overrideAccess: false, req })
      .catch((e: { message: string }) => e)
    expect((error as { message: string }).message).toBe(`Kendi ülke ofisinizi seçin: ${office} numaralı ofiste çalışıyorsunuz.`)
  })
})
