import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'

import { createLimiters, type Limiters } from '../../lib/api/rateLimit'

/**
 * With REDIS_URL, app instances share their rate-limit counters: two limiter sets (as two
 * instances would hold) on one real redis-server (Debian's, installed by .ci/run). If Redis
 * goes away, requests are still counted, in each instance's memory, instead of failing.
 */

let redis: ChildProcess
let port: number
const instances: Limiters[] = []

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function waitForPort(target: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(target, '127.0.0.1', () => resolve(socket.end() && true)).on('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`redis-server did not listen on ${target}`)
}

beforeAll(async () => {
  port = await freePort()
  redis = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  await waitForPort(port)
  for (let i = 0; i < 2; i += 1) {
    instances.push(createLimiters({ anonymous: 5, keyed: 50, windowSeconds: 60, redisUrl: `redis://127.0.0.1:${port}` }))
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
