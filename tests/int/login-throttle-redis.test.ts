import type { ChildProcess } from 'node:child_process'

import { createClient } from '@redis/client'

import { createResetLimits, createThrottle, perAccountAddress, type Throttle } from '@/lib/api/loginThrottle'
import { startRedis } from '@/tests/helpers/net'

/**
 * With REDIS_URL, app instances share the sign-in throttle's counters (issue 14, finding 7):
 * failures counted by one instance hold the address back on the other.
 */
let redis: ChildProcess
let url: string
const instances: Throttle[] = []

beforeAll(async () => {
  const started = await startRedis()
  redis = started.process
  url = started.url
  for (let i = 0; i < 2; i += 1) instances.push(createThrottle(started.url))
  await Promise.all(instances.map((instance) => instance.ready()))
})

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.close()))
  redis?.kill()
})

it('counts failed sign-ins of one account from one address across two app instances', async () => {
  const [a, b] = instances
  for (let i = 0; i < perAccountAddress.points; i += 1) await (i % 2 === 0 ? a : b).failed('officer@example.org', '198.51.100.1')
  expect(await a.wait('officer@example.org', '198.51.100.1')).toBeGreaterThan(0)
  expect(await b.wait('officer@example.org', '198.51.100.1')).toBeGreaterThan(0)
  expect(await b.wait('officer@example.org', '198.51.100.2')).toBe(0)
  await a.succeeded('officer@example.org', '198.51.100.1')
  expect(await b.wait('officer@example.org', '198.51.100.1')).toBe(0)
})

it('opens one Redis connection per process for the sign-in throttle and the reset limits together', async () => {
  const resets = createResetLimits(url)
  await resets.ready()
  await resets.consume('officer@example.org', '198.51.100.9')
  const counter = await createClient({ url }).connect()
  try {
    const clients = String(await counter.sendCommand(['CLIENT', 'LIST']))
      .trim()
      .split('\n')
    // The two throttles above (two "instances" in this process) and the reset limits share one; the other is this counter.
    expect(clients).toHaveLength(2)
  } finally {
    counter.destroy()
    await resets.close()
  }
})
