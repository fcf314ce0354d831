import type { ChildProcess } from 'node:child_process'

import { createLimiters, type Limiters } from '@/lib/api/rateLimit'
import { startRedis } from '@/tests/helpers/net'

/**
 * With REDIS_URL, app instances share their rate-limit counters: two limiter sets (as two
 * instances would hold) on one real redis-server (Debian's, installed by .ci/run). If Redis
 * goes away, requests are still counted, in each instance's memory, instead of failing.
 */

let redis: ChildProcess
const instances: Limiters[] = []

beforeAll(async () => {
  const started = await startRedis()
  redis = started.process
  for (let i = 0; i < 2; i += 1) {
    instances.push(createLimiters({ anonymous: 5, keyed: 50, windowSeconds: 60, redisUrl: started.url }))
  }
  await Promise.all(instances.map((instance) => instance.ready()))
})

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.close()))
  redis?.kill()
})

describe('rate limits shared through Redis', () => {
  it('counts one client across two app instances', async () => {
    const [a, b] = instances
    const decisions = []
    for (let i = 0; i < 6; i += 1) decisions.push(await (i % 2 === 0 ? a : b).consume('anonymous', 'ip:198.51.100.1'))
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, true, true, false])
    expect(decisions.map((decision) => decision.remaining)).toEqual([4, 3, 2, 1, 0, 0])
    expect((await b.consume('keyed', 'user:1')).limit).toBe(50)
    expect((await a.consume('anonymous', 'ip:198.51.100.2')).allowed).toBe(true)
  })

  it('keeps counting in memory when Redis is unreachable', async () => {
    redis.kill()
    await new Promise((resolve) => redis.once('exit', resolve))
    const [a] = instances
    const decisions = []
    for (let i = 0; i < 6; i += 1) decisions.push(await a.consume('anonymous', 'ip:198.51.100.3'))
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, true, true, false])
  })
})
