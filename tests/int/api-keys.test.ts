import type { Payload } from 'payload'

import { createUser, startPayload } from '@/tests/helpers/payload'

/**
 * Issue 14, finding 6: an API key never expires, which gets round the 8-hour sessions; keys
 * are for partner accounts only, and only an administrator turns one on.
 */
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await createUser(payload, ['admin'], 'first-admin@keys.example')
})

afterAll(async () => {
  await payload?.destroy()
})

const messages = async (promise: Promise<unknown>) =>
  promise.then(
    () => [] as string[],
    (error: { status?: number; data?: { errors?: { message: string }[] }; message?: string }) => [error.status, ...(error.data?.errors?.map((e) => e.message) ?? [error.message])],
  )

describe('API keys', () => {
  it.each(['editor', 'contributor', 'translator'])('a %s cannot turn on an API key on their own account', async (role) => {
    const user = await createUser(payload, [role], `${role}@keys.example`)
    const result = await messages(
      payload.update({ collection: 'users', id: user.id, data: { enableAPIKey: true, apiKey: `${role}-own-key-0000000000` } as never, user, overrideAccess: false }),
    )
    expect(result[0]).toBe(400)
    expect(result.join(' ')).toMatch(/administrator/)
    const stored = await payload.findByID({ collection: 'users', id: user.id, overrideAccess: true, showHiddenFields: true })
    expect((stored as { enableAPIKey?: boolean }).enableAPIKey).toBeFalsy()
  })

  it('an admin cannot give a staff account a key, only a partner account', async () => {
    const admin = await createUser(payload, ['admin'], 'admin@keys.example')
    const editor = await createUser(payload, ['editor'], 'keyed-editor@keys.example')
    const refused = await messages(
      payload.update({ collection: 'users', id: editor.id, data: { enableAPIKey: true, apiKey: 'editor-key-by-admin-000000' } as never, user: admin, overrideAccess: false }),
    )
    expect(refused[0]).toBe(400)
    expect(refused.join(' ')).toMatch(/partner/i)
    const ownKey = await messages(
      payload.update({ collection: 'users', id: admin.id, data: { enableAPIKey: true, apiKey: 'admin-own-key-000000000000' } as never, user: admin, overrideAccess: false }),
    )
    expect(ownKey[0]).toBe(400)
    const partner = await createUser(payload, ['partner'], 'partner@keys.example')
    const keyed = await payload.update({
      collection: 'users',
      id: partner.id,
      data: { enableAPIKey: true, apiKey: 'partner-key-by-admin-00000' } as never,
      user: admin,
      overrideAccess: false,
    })
    expect((keyed as { enableAPIKey?: boolean }).enableAPIKey).toBe(true)
    // A keyed partner account does not become a staff account while its key is on.
    const promoted = await messages(payload.update({ collection: 'users', id: partner.id, data: { roles: ['partner', 'editor'] } as never, user: admin, overrideAccess: false }))
    expect(promoted[0]).toBe(400)
  })

  it('a partner cannot turn on or change a key on their own account', async () => {
    const partner = await createUser(payload, ['partner'], 'self-partner@keys.example')
    // Payload leaves the key fields out for accounts without admin access (partners): no key.
    await payload.update({ collection: 'users', id: partner.id, data: { enableAPIKey: true, apiKey: 'partner-own-key-0000000000' } as never, user: partner, overrideAccess: false })
    const stored = await payload.findByID({ collection: 'users', id: partner.id, overrideAccess: true, showHiddenFields: true })
    expect((stored as { enableAPIKey?: boolean }).enableAPIKey).toBeFalsy()
  })
})
