import type { Payload } from 'payload'
import { getPayload } from 'payload'

/** Payload on this test file's own fresh SQLite database (see tests/setup/env.js). */
export async function startPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}

/** A user document for the local API's `user` option, created with the given roles. */
export async function createUser(payload: Payload, roles: string[], email = `${roles.join('-')}-${Date.now()}@test.example`) {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: 'a-long-test-password', roles: roles as never },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' as const }
}

export type Office = 'TR' | 'AZ'
/** 'admin' (no office), or a role and an office: 'editorTR', 'contributorAZ', … */
export type StaffKey = 'admin' | `${'editor' | 'contributor' | 'translator'}${Office}`
/** A stored user (depth 0, as the local API's `user` option wants it) and a JWT for REST calls. */
export type Staff = Awaited<ReturnType<typeof createUser>> & { token: string; countries: (number | string)[] }

/**
 * Two country offices (Türkiye, Azerbaijan) and one signed-in user per key: the "offices + one
 * user per role" that the access tests share. `countryData` adds fields to an office's page.
 */
export async function officesWithStaff<K extends StaffKey>(payload: Payload, keys: readonly K[], countryData: Partial<Record<Office, Record<string, unknown>>> = {}) {
  const offices = {} as Record<Office, number>
  offices.TR = (await payload.create({ collection: 'countries', data: { name: 'Türkiye', isoCode: 'TR', ...countryData.TR } as never, overrideAccess: true })).id as number
  offices.AZ = (await payload.create({ collection: 'countries', data: { name: 'Azerbaijan', isoCode: 'AZ', ...countryData.AZ } as never, overrideAccess: true })).id as number
  const users = {} as Record<K, Staff>
  for (const key of keys) {
    const [, role, office] = /^(admin|editor|contributor|translator)(TR|AZ)?$/.exec(key) ?? []
    const email = `${key.toLowerCase()}-${Math.random().toString(36).slice(2)}@test.example`
    const user = await createUser(payload, [role], email)
    if (office) await payload.update({ collection: 'users', id: user.id, data: { countries: [offices[office as Office]] } as never, overrideAccess: true })
    const { token } = await payload.login({ collection: 'users', data: { email, password: 'a-long-test-password' } })
    const stored = await payload.findByID({ collection: 'users', id: user.id, depth: 0, overrideAccess: true })
    users[key] = { ...stored, collection: 'users', token: token as string } as Staff
  }
  return { offices, users }
}

/** A REST route handler as Next calls it. */
export type RestHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** Payload's REST routes behind the app's own guards, as app/(payload)/api/[...slug] serves them (reads guarded for the public, writes checked). */
export async function guardedRest(): Promise<Record<'GET' | 'POST' | 'PATCH' | 'DELETE', RestHandler>> {
  const { default: config } = await import('@payload-config')
  const routes = await import('@payloadcms/next/routes')
  const { guardPublicGet, guardRestWrite } = await import('@/lib/api/restGuard')
  return {
    GET: guardPublicGet(routes.REST_GET(config) as RestHandler),
    POST: guardRestWrite(routes.REST_POST(config) as RestHandler),
    PATCH: guardRestWrite(routes.REST_PATCH(config) as RestHandler),
    DELETE: guardRestWrite(routes.REST_DELETE(config) as RestHandler),
  }
}
