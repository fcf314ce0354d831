import type { ChildProcess } from 'node:child_process'

import { createClient } from '@redis/client'

import { redisRevalidations } from '@/lib/cache/handler.mjs'
import { startRedis } from '@/tests/helpers/net'

/**
 * With REDIS_URL, when each cache tag was last revalidated lives in Redis (lib/cache/handler.mjs):
 * a render on instance B that began before a change saved through instance A must be a miss on
 * every instance. Two clients stand for the two instances, on Debian's redis-server. If Redis
 * stops answering, the times are unknown: the handler then renders again (a miss), never hangs.
 */

let redis: ChildProcess
let url = ''
async function connect(redisUrl: string) {
  const client = createClient({ url: redisUrl, socket: { reconnectStrategy: false } })
  client.on('error', () => {})
  await client.connect()
  return client
}
let clients: Awaited<ReturnType<typeof connect>>[] = []
const key = 'kopru:test:__tag_revalidations__'

beforeAll(async () => {
  const started = await startRedis()
  redis = started.process
  url = started.url
  clients = [await connect(url), await connect(url)]
})

afterAll(async () => {
  for (const client of clients) if (client.isOpen) client.destroy()
  redis?.kill()
})

describe('cache tag revalidations shared through Redis', () => {
  it('tells instance B when instance A revalidated a tag', async () => {
    const [a, b] = clients.map((client) => redisRevalidations(client, key, 1000))
    expect(await b.newest(['kopru:news', '_N_T_/en'])).toBe(0)
    await a.record(['kopru:news'], 1_000)
    await a.record(['kopru:statements', 'kopru:news'], 2_000)
    await b.record(['kopru:facts'], 1_500)
    expect(await b.newest(['kopru:news', '_N_T_/en'])).toBe(2_000)
    expect(await a.newest(['kopru:facts'])).toBe(1_500)
    expect(await a.newest([])).toBe(0)
  })

  it('fails within its timeout when Redis stops answering', async () => {
    const revalidations = redisRevalidations(clients[0], key, 300)
    redis.kill('SIGSTOP')
    try {
      const started = Date.now()
      await expect(revalidations.newest(['kopru:news'])).rejects.toThrow(/did not answer within 300 ms/)
      expect(Date.now() - started).toBeLessThan(2000)
    } finally {
      redis.kill('SIGCONT')
    }
  })
})
