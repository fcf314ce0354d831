import type { Payload } from 'payload'

import { loadSites } from '@/lib/sites/load'
import { createUser, startPayload } from '@/tests/helpers/payload'

let payload: Payload
let office: number
let baku: number

beforeAll(async () => {
  payload = await startPayload()
  office = (await payload.create({ collection: 'countries', locale: 'en', data: { name: 'Türkiye', isoCode: 'TR' } })).id as number
  baku = (await payload.create({ collection: 'countries', locale: 'en', data: { name: 'Azerbaijan', isoCode: 'AZ' } })).id as number
  await payload.create({
    collection: 'sites',
    locale: 'en',
    data: { name: 'Türkiye', key: 'turkiye', url: 'https://Turkiye.IOM.int/', aliases: ['WWW.turkiye.iom.int'], languages: ['en', 'tr'], defaultLanguage: 'en', offices: [office] },
  })
})

afterAll(async () => {
  await payload?.destroy()
})

const site = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'sites',
    locale: 'en',
    data: { name: 'Azerbaijan', key: 'azerbaijan', url: 'https://azerbaijan.iom.int', languages: ['en', 'az'], defaultLanguage: 'en', offices: [baku], ...data } as never,
  })

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'saved',
    (error: { data?: { errors?: { path: string; message: string }[] } }) => error.data?.errors?.map((e) => `${e.path}: ${e.message}`).join(' | ') ?? String(error),
  )

describe('Sites', () => {
  it('keeps the address as an origin and host names lowercase', async () => {
    const [turkiye] = await loadSites()
    expect([turkiye.origin, turkiye.hosts, turkiye.languages, turkiye.offices]).toEqual([
      'https://turkiye.iom.int',
      ['turkiye.iom.int', 'www.turkiye.iom.int'],
      ['en', 'tr'],
      [office],
    ])
  })

  it('refuses a host name another site has, in either field', async () => {
    expect(await refusal(site({ url: 'https://www.turkiye.iom.int' }))).toMatch(/aliases: www.turkiye.iom.int already belongs to another site/)
    expect(await refusal(site({ aliases: ['TURKIYE.iom.int'] }))).toMatch(/aliases: turkiye.iom.int already belongs to another site/)
  })

  it('refuses a default language the site does not publish, an address with a path, and a reserved internal name, saying how to fix each', async () => {
    expect(await refusal(site({ defaultLanguage: 'tr' }))).toMatch(/defaultLanguage: The default language must be one of the site's languages \(en, az\)/)
    expect(await refusal(site({ url: 'https://azerbaijan.iom.int/en' }))).toMatch(/url: .*without a path/)
    expect(await refusal(site({ key: 'api' }))).toMatch(/key: .*taken by the platform's own routes/)
    expect(await refusal(site({ aliases: ['https://x.example/path'] }))).toMatch(/aliases: Not a host name/)
  })

  it('lets admins alone create or change a site', async () => {
    // The admin first: the first account of a platform becomes its admin (collections/Users).
    const admin = await createUser(payload, ['admin'])
    const editor = await createUser(payload, ['editor'])
    const asEditor = { user: { ...editor, collection: 'users' as const }, overrideAccess: false }
    expect(
      await refusal(
        payload.create({
          collection: 'sites',
          data: { name: 'X', key: 'x-site', url: 'https://x.example', languages: ['en'], defaultLanguage: 'en', offices: [baku] },
          ...asEditor,
        }),
      ),
    ).toMatch(/not allowed/i)
    const created = await payload.create({
      collection: 'sites',
      data: { name: 'Azerbaijan', key: 'azerbaijan', url: 'https://azerbaijan.iom.int', languages: ['en', 'az'], defaultLanguage: 'en', offices: [baku] },
      user: { ...admin, collection: 'users' as const },
      overrideAccess: false,
    })
    expect((await loadSites()).map((s) => [s.key, s.hosts])).toEqual([
      ['turkiye', ['turkiye.iom.int', 'www.turkiye.iom.int']],
      ['azerbaijan', ['azerbaijan.iom.int']],
    ])
    expect(await refusal(payload.update({ collection: 'sites', id: created.id, data: { languages: ['en', 'tr', 'az'] }, ...asEditor }))).toMatch(/not allowed/i)
  })
})
