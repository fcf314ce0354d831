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
