import type { ChildProcess } from 'node:child_process'

import { createThrottle, perAccountAddress, type Throttle } from '../../lib/api/loginThrottle'
import { startRedis } from '../helpers/net'

/**
 * With REDIS_URL, app instances share the sign-in throttle's counters (issue 14, finding 7):
 * failures counted by one instance hold the address back on the other.
 */
let redis: ChildProcess
const instances: Throttle[] = []

beforeAll(async () => {
  const started = await startRedis()
  redis = started.process
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
