import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { startPayload } from '@/tests/helpers/payload'

/** A local SMTP server standing in for the mail relay: it keeps what it receives. */
const received: string[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _session, callback) {
    let message = ''
    stream.on('data', (chunk: Buffer) => (message += chunk.toString('utf8')))
    stream.on('end', () => {
      received.push(message)
      callback()
    })
  },
})

let payload: Payload
const email = 'officer@test.example'

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
  payload = await startPayload()
  await payload.create({ collection: 'users', data: { email: 'first-admin@test.example', password: 'first-admin-password', roles: ['admin'] } })
  await payload.create({ collection: 'users', data: { email, password: 'the-original-passphrase', roles: ['editor'] } })
})

afterAll(async () => {
  await payload?.destroy()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

const login = (password: string) => payload.login({ collection: 'users', data: { email, password } })

describe('sign-in safety', () => {
  it('refuses a password shorter than 12 characters, saying how long it must be', async () => {
    const error = await payload.create({ collection: 'users', data: { email: 'short@test.example', password: 'short-pw', roles: ['editor'] } }).then(
      () => null,
      (e: { data?: { errors?: { path: string; message: string }[] } }) => e,
    )
    expect(error?.data?.errors?.[0]).toEqual({ path: 'password', message: 'Use at least 12 characters (a few words make a good passphrase).' })
  })

  it('refuses an e-mail address or a password that is not text, in every language, on create and update (Payload lower-cased it: a 500)', async () => {
    const refusal = (work: Promise<unknown>) =>
      work.then(
        () => null,
        (e: { status?: number; data?: { errors?: { path: string; message: string }[] } }) => e,
      )
    const created = await refusal(payload.create({ collection: 'users', data: { email: ['a@test.example'] as never, password: 'a-long-passphrase', roles: ['editor'] } }))
    expect(created?.status).toBe(400)
    expect(created?.data?.errors?.[0].path).toBe('email')
    expect(created?.data?.errors?.[0].message).toMatch(/must be text.*metin olmalıdır.*mətn olmalıdır/s)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
    const updated = await refusal(payload.update({ collection: 'users', id: docs[0].id, data: { password: { length: 20 } as never } }))
    expect(updated?.data?.errors?.[0].path).toBe('password')
  })

  it('sends a bilingual reset e-mail over SMTP whose link resets the password', async () => {
    await payload.forgotPassword({ collection: 'users', data: { email } })
    // The e-mail leaves in the background (lib/mail.ts): wait for the relay to have it.
    for (let waited = 0; received.length === 0 && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(received).toHaveLength(1)
    const message = received[0].replace(/=\r?\n/g, '').replace(/=3D/g, '=')
    expect(message).toMatch(/^Subject: =\?UTF-8\?Q\?Reset_your_K/m)
    expect(message).toContain('Choose a new password')
    expect(message).toContain('lang="tr"')
    const token = message.match(/\/admin\/reset\/([A-Za-z0-9%._-]+)/)?.[1]
    expect(token).toBeDefined()
    await payload.resetPassword({ collection: 'users', data: { token: decodeURIComponent(token!), password: 'a-brand-new-passphrase' }, overrideAccess: true })
    await expect(login('a-brand-new-passphrase')).resolves.toHaveProperty('token')
    await expect(login('the-original-passphrase')).rejects.toThrow()
  })

  it('never locks the account: wrong passwords cannot be used to keep its owner out (failed sign-ins are throttled per address instead, tests/int/login-throttle.test.ts)', async () => {
    for (let attempt = 0; attempt < 12; attempt++) await expect(login('wrong-password-guess')).rejects.toThrow(/incorrect/i)
    await expect(login('a-brand-new-passphrase')).resolves.toHaveProperty('token')
  })
})
