import type { Payload } from 'payload'

import { createUser, startPayload } from '@/tests/helpers/payload'

let payload: Payload
const ids: Record<string, number | string> = {}

beforeAll(async () => {
  payload = await startPayload()
  await createUser(payload, ['admin']) // the first account becomes an admin anyway
  for (const iso of ['TR', 'AZ']) {
    ids[iso] = (await payload.create({ collection: 'countries', data: { name: iso, isoCode: iso } })).id
    await payload.create({
      collection: 'news',
      draft: true,
      data: { title: `Draft of ${iso}`, _status: 'draft', country: ids[iso] as number, publishedDate: '2024-01-01T12:00:00.000Z' },
    })
    await payload.create({
      collection: 'news',
      data: { title: `Published of ${iso}`, _status: 'published', country: ids[iso] as number, publishedDate: '2024-01-01T12:00:00.000Z' },
    })
  }
})

afterAll(async () => {
  await payload?.destroy()
})

async function userOf(roles: string[], offices: string[], extra: Record<string, unknown> = {}) {
  const user = await createUser(payload, roles, `${roles.join('-')}-${offices.join('')}-${Math.random()}@test.example`)
  const updated = await payload.update({ collection: 'users', id: user.id, data: { countries: offices.map((o) => ids[o]), ...extra } as never })
  return { ...updated, collection: 'users' as const }
}

describe('access per country office (local API, access enforced)', () => {
  it('shows staff the drafts of their own office and only the published documents of others', async () => {
    const editor = await userOf(['editor'], ['TR'])
    const { docs } = await payload.find({ collection: 'news', draft: true, overrideAccess: false, user: editor, sort: 'title' })
    expect(docs.map((d) => d.title)).toEqual(['Draft of TR', 'Published of AZ', 'Published of TR'])
  })

  it('keeps the version history of another office’s documents out of reach', async () => {
    const editor = await userOf(['contributor'], ['AZ'])
    const { docs } = await payload.findVersions({ collection: 'news', overrideAccess: false, user: editor, depth: 0 })
    const titles = new Set(docs.map((d) => (d.version as { title?: string }).title))
    expect([...titles].sort()).toEqual(['Draft of AZ', 'Published of AZ'])
  })

  it('lets only editors with the site-wide flag (and admins) edit global figures', async () => {
    const plain = await userOf(['editor'], ['TR'])
    const global = await userOf(['editor'], ['TR'], { globalEditor: true })
    const data = { label: 'Global figure', value: 3, notation: 'plain', scope: 'global' } as const
    await expect(payload.create({ collection: 'facts', data, overrideAccess: false, user: plain })).rejects.toThrow(/not allowed/i)
    const created = await payload.create({ collection: 'facts', data, overrideAccess: false, user: global })
    expect(created.scope).toBe('global')
    await expect(
      payload.update({ collection: 'facts', id: created.id, data: { scope: 'country', country: ids.AZ as number }, overrideAccess: false, user: global }),
    ).rejects.toThrow(/own country office/)
  })

  it('does not let a user give themselves the site-wide flag or another office', async () => {
    const editor = await userOf(['editor'], ['TR'])
    const result = await payload.update({ collection: 'users', id: editor.id, data: { globalEditor: true, countries: [ids.AZ] } as never, overrideAccess: false, user: editor })
    expect(result.globalEditor).toBe(false)
    expect((result.countries as (number | { id: number })[]).map((c) => (typeof c === 'object' ? c.id : c))).toEqual([ids.TR])
  })
})
