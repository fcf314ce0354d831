import type { Payload } from 'payload'

import { createUser, startPayload } from '@/tests/helpers/payload'

/**
 * Issue 14, findings 4 and 7: anyone could lock any account (the admin's included) with five
 * wrong passwords, /api/users/login had no limit per address, an unknown e-mail answered
 * faster than a wrong password, and only a real account ever got the lockout message.
 */
type Route = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let payload: Payload
let POST: Route

beforeAll(async () => {
  payload = await startPayload()
  ;({ POST } = (await import('@/app/(payload)/api/[...slug]/route')) as unknown as { POST: Route })
  await createUser(payload, ['admin'], 'boss@throttle.example')
  await createUser(payload, ['editor'], 'officer@throttle.example')
})

afterAll(async () => {
  await payload?.destroy()
})

async function login(email: string, password: string, address: string) {
  const started = performance.now()
  const response = await POST(
    new Request('http://localhost:3000/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ email, password }),
    }),
    { params: Promise.resolve({ slug: ['users', 'login'] }) },
  )
  const body = (await response.json()) as { errors?: { message: string }[]; token?: string }
  return { status: response.status, message: body.errors?.[0]?.message, retryAfter: response.headers.get('retry-after'), ms: performance.now() - started, token: body.token }
}

const correct = 'a-long-test-password'

describe('sign-in that cannot be turned against users', () => {
  it('five wrong passwords from one address hold that address back for that account, not the real user elsewhere', async () => {
    for (let attempt = 0; attempt < 5; attempt++) expect((await login('boss@throttle.example', 'wrong-guess-123', '203.0.113.10')).status).toBe(401)
    const held = await login('boss@throttle.example', correct, '203.0.113.10')
    expect(held.status).toBe(429)
    expect(Number(held.retryAfter)).toBeGreaterThan(0)
    expect(Number(held.retryAfter)).toBeLessThanOrEqual(15 * 60)
    // The real user, from their own address, is not locked out by the attacker.
    const real = await login('boss@throttle.example', correct, '198.51.100.7')
    expect(real.status).toBe(200)
    expect(real.token).toBeTruthy()
  })

  it('an unknown e-mail gets the same answers as a real account, before and after the threshold', async () => {
    const real: (string | number | undefined)[][] = []
    const unknown: (string | number | undefined)[][] = []
    for (let attempt = 0; attempt < 6; attempt++) {
      const a = await login('officer@throttle.example', 'wrong-guess-123', '203.0.113.20')
      const b = await login('nobody@throttle.example', 'wrong-guess-123', '203.0.113.21')
      real.push([a.status, a.message])
      unknown.push([b.status, b.message])
    }
    expect(unknown).toEqual(real)
    expect(real[5][0]).toBe(429)
    expect(real.map(([, message]) => message).join(' ')).not.toMatch(/locked/i)
  })

  it('an unknown e-mail takes as long as a wrong password', async () => {
    const time = async (email: string, address: string) => {
      const runs: number[] = []
      for (let attempt = 0; attempt < 3; attempt++) runs.push((await login(email, 'wrong-guess-456', address)).ms)
      return runs.sort((a, b) => a - b)[1]
    }
    await createUser(payload, ['editor'], 'timer@throttle.example')
    const wrong = await time('timer@throttle.example', '203.0.113.30')
    const missing = await time('missing@throttle.example', '203.0.113.31')
    expect(missing / wrong).toBeGreaterThan(0.6)
    expect(missing / wrong).toBeLessThan(1.6)
  })

  it('an address gets 50 failed sign-ins an hour, whatever the accounts', async () => {
    const answers: number[] = []
    for (let attempt = 0; attempt < 51; attempt++) answers.push((await login(`guess-${attempt}@throttle.example`, 'wrong', '203.0.113.40')).status)
    expect(answers.slice(0, 50).every((status) => status === 401)).toBe(true)
    expect(answers[50]).toBe(429)
    const held = await login('officer@throttle.example', correct, '203.0.113.40')
    expect(held.status).toBe(429)
    expect((await login('officer@throttle.example', correct, '203.0.113.41')).status).toBe(200)
  })
})

describe('password resets tell nothing and cannot flood an inbox (an attacker’s review)', () => {
  async function reset(email: string, address: string) {
    const started = performance.now()
    const response = await POST(
      new Request('http://localhost:3000/api/users/forgot-password', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ email }),
      }),
      { params: Promise.resolve({ slug: ['users', 'forgot-password'] }) },
    )
    return { status: response.status, text: await response.text(), ms: performance.now() - started }
  }

  it('answers a real and an unknown address alike, and no sooner than the floor', async () => {
    const real = await reset('officer@throttle.example', '10.40.0.1')
    const unknown = await reset('nobody@throttle.example', '10.40.0.2')
    expect([real.status, real.text]).toEqual([unknown.status, unknown.text])
    expect(real.status).toBe(200)
    expect(Math.min(real.ms, unknown.ms)).toBeGreaterThanOrEqual(390)
  })

  it('takes 3 resets an hour per account typed, known or not, and 20 per address', async () => {
    for (const email of ['boss@throttle.example', 'ghost@throttle.example']) {
      const answers = []
      for (let i = 0; i < 4; i += 1) answers.push((await reset(email, `10.41.0.${i}`)).status)
      expect([email, answers]).toEqual([email, [200, 200, 200, 429]])
    }
    const fromOne = []
    for (let i = 0; i < 21; i += 1) fromOne.push((await reset(`person${i}@throttle.example`, '10.42.0.1')).status)
    expect(fromOne.filter((status) => status === 429)).toHaveLength(1)
    expect(fromOne.at(-1)).toBe(429)
  })
})
