// @ts-check
/**
 * Which peers may tell the app who the client is (X-Forwarded-For) and how it connected
 * (X-Forwarded-Proto, -Host): the proxies in front of it, and nobody else. Any other peer
 * could write those headers itself, and each made-up X-Forwarded-For got its own rate-limit
 * and sign-in budget.
 *
 * TRUSTED_PROXIES (lib/env.ts validates it with this parser; server.mjs applies it to every
 * request, before Next or Payload reads a header): comma-separated addresses or CIDR ranges,
 * IPv4 or IPv6. The default is this machine's loopback address (the server's own requests,
 * and a proxy on the same host, as in the tests and the bench) and the caching proxy's
 * fixed address on the compose network (docker-compose.yml).
 *
 * Only Node built-ins: server.mjs runs this in the Docker image's standalone output.
 */
import { BlockList, isIP } from 'node:net'

export const defaultTrustedProxies = '127.0.0.1,::1,172.30.10.10'

/**
 * @param {string | undefined} value
 * @returns {{ ok: true, trusts: (address: string) => boolean } | { ok: false, problem: string }}
 */
export function parseTrustedProxies(value) {
  const list = new BlockList()
  const entries = (value ?? defaultTrustedProxies)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split('/')
    const family = isIP(address)
    const bits = prefix === undefined ? undefined : Number(prefix)
    if (!family || extra !== undefined || (bits !== undefined && (!/^\d{1,3}$/.test(prefix) || bits > (family === 4 ? 32 : 128)))) {
      return { ok: false, problem: `"${entry}" is not an IP address or CIDR range (e.g. 127.0.0.1, 10.0.0.0/8, ::1)` }
    }
    const type = family === 4 ? 'ipv4' : 'ipv6'
    if (bits === undefined) list.addAddress(address, type)
    else list.addSubnet(address, bits, type)
  }
  return { ok: true, trusts: (address) => trusted(list, address) }
}

/** @param {BlockList} list @param {string} address */
function trusted(list, address) {
  const plain = unmapped(address)
  const family = isIP(plain)
  return family !== 0 && list.check(plain, family === 4 ? 'ipv4' : 'ipv6')
}

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1. @param {string} address */
export function unmapped(address) {
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address
}

/** Headers only a trusted proxy may send. */
const forwardedHeaders = ['x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-port', 'x-real-ip', 'forwarded']

/**
 * Rewrites a request's forwarding headers to what can be believed, in place: X-Forwarded-For
 * becomes the one client address (the nearest address, from the right, that is not a trusted
 * proxy), so everything behind reads its last entry (lib/api/rateLimit.ts); from a peer that
 * is not a trusted proxy, the other forwarding headers are dropped.
 * @param {import('node:http').IncomingMessage} req
 * @param {(address: string) => boolean} trusts
 */
export function believeForwarding(req, trusts) {
  const peer = unmapped(req.socket.remoteAddress ?? '')
  let client = peer
  if (trusts(peer)) {
    const chain = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((part) => unmapped(part.trim()))
      .filter(Boolean)
    while (chain.length > 0) {
      const hop = /** @type {string} */ (chain.pop())
      if (!isIP(hop)) break // a made-up entry: the client is the last hop we could believe
      client = hop
      if (!trusts(hop)) break
    }
  } else {
    for (const name of forwardedHeaders) delete req.headers[name]
  }
  if (client) req.headers['x-forwarded-for'] = client
  else delete req.headers['x-forwarded-for']
}
