import { createClient } from '@redis/client'

import { redisOptions } from '@/lib/redisOptions.mjs'

/**
 * The Redis connection of the API's rate limits, the sign-in throttle and the reset limits:
 * node-redis (@redis/client, the client the cache handler and the page cache use too), one
 * connection per address in a process, let go of by the last user. rate-limiter-flexible
 * drives it with `useRedisPackage: true` (node-redis's camel-cased commands and `eval` options).
 */
export type RedisConnection = {
  client: ReturnType<typeof createClient>
  /** Resolves once Redis is connected. Until then (and whenever it is away) commands fail at once. */
  ready: () => Promise<void>
  /** Lets go of the shared connection; the last one to let go closes it. */
  release: () => Promise<void>
}

const connections = globalThis as typeof globalThis & { __kopruLimiterRedis?: Map<string, { client: ReturnType<typeof createClient>; users: number }> }

export function sharedRedis(url: string): RedisConnection {
  const shared = (connections.__kopruLimiterRedis ??= new Map())
  let entry = shared.get(url)
  if (!entry) {
    // disableOfflineQueue: while Redis is away a command fails at once, and the limiters count in
    // memory (their insurance limiter) instead of waiting for a reconnect.
    const client = createClient(redisOptions(url, { disableOfflineQueue: true }))
    // Without a listener node-redis reports a lost connection as an unhandled error event.
    client.on('error', () => {})
    // connect() retries (reconnectStrategy) until Redis answers; 'ready' says when it does.
    client.connect().catch(() => {})
    entry = { client, users: 0 }
    shared.set(url, entry)
  }
  const current = entry
  current.users += 1
  let released = false
  return {
    client: current.client,
    async ready() {
      if (!current.client.isReady) await new Promise((resolve) => current.client.once('ready', resolve))
    },
    async release() {
      if (released) return
      released = true
      current.users -= 1
      if (current.users === 0) {
        shared.delete(url)
        current.client.destroy()
      }
    },
  }
}
