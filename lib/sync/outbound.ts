import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'

import ipaddr from 'ipaddr.js'

/**
 * Requests Köprü sends to addresses that partners choose (webhooks, lib/sync/webhooks.ts). A
 * partner's URL must not reach what only this server can reach: the database, Redis, the cloud's
 * metadata service (169.254.169.254), the admin on localhost. So an address is allowed only when
 * it is public unicast (ipaddr.js's classification: every private, loopback, link-local,
 * carrier-grade NAT, unique-local, multicast, reserved and IPv4-in-IPv6 range is refused), and
 * the check is made on the addresses the connection really uses: the hostname is resolved by our
 * own lookup, which refuses when any address it returns is not public (a name that points at
 * 127.0.0.1, or that changes between a check and the connection, DNS rebinding). Redirects are
 * not followed. `allowPrivate` (WEBHOOKS_ALLOW_PRIVATE) lifts the address rule for tests.
 *
 * Node's http(s) with a `lookup` of ours, rather than fetch: undici's fetch takes no lookup per
 * request without a dispatcher of its own, and the built-in client needs no dependency.
 */

export class DestinationRefused extends Error {}

/** Public unicast, the only kind a partner's endpoint may resolve to. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  const parsed = ipaddr.process(address)
  if (parsed.range() !== 'unicast') return false
  // IPv6: global unicast only (2000::/3). ipaddr.js calls the rest of the space unicast too:
  // ::7f00:1 (IPv4-compatible 127.0.0.1), fec0::/10 (site-local), 64:ff9b:1::/48 (local NAT64).
  return parsed.kind() === 'ipv4' || parsed.match(globalUnicast)
}

const globalUnicast = ipaddr.parseCIDR('2000::/3') as [ipaddr.IPv6, number]

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void

/** dns.lookup, refusing every answer that holds an address that is not public. */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '')
      const refused = addresses.find((entry) => !allowPrivate && !isPublicAddress(entry.address))
      if (refused) {
        // The address itself stays out of the message: partners read it (the delivery log), and it would map internal names.
        const problem = new DestinationRefused(`${hostname} resolves to an address that is not public`) as NodeJS.ErrnoException
        problem.code = 'EADDRNOTPUBLIC'
        return callback(problem, '')
      }
      if (options.all) return callback(null, addresses)
      const [first] = addresses
      return callback(null, first.address, first.family)
    })
  }
}

/**
 * Why this URL may not receive webhooks, or null when it may: http or https, no credentials in
 * it, and a host that is (or resolves only to) public addresses. For the registration's 400.
 */
export async function destinationProblem(value: string, allowPrivate: boolean): Promise<string | null> {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'must be an absolute URL, e.g. https://partner.example.org/webhooks/kopru'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must start with https:// (or http://)'
  if (url.username || url.password) return 'must not contain a user name or password: the signature (webhook-signature) proves that a delivery is ours'
  if (url.hash) return 'must not contain a #fragment'
  if (allowPrivate) return null
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (net.isIP(host)) return isPublicAddress(host) ? null : `must be a public address: ${host} is private, loopback or reserved`
  try {
    const addresses = await dns.promises.lookup(host, { all: true })
    const refused = addresses.find((entry) => !isPublicAddress(entry.address))
    return refused ? `must be a public address: ${host} resolves to a private, loopback or reserved address` : null
  } catch {
    return `names a host that does not resolve (${host}): check the spelling`
  }
}

export type PostResult = { status: number; body: string } | { error: string }

/** POSTs `body` to `url` (the checks above applied to the connection itself); never throws. */
export function postTo(url: string, body: string, headers: Record<string, string>, { timeoutMs, allowPrivate }: { timeoutMs: number; allowPrivate: boolean }): Promise<PostResult> {
  return new Promise((resolve) => {
    let target: URL
    try {
      target = new URL(url)
    } catch {
      return resolve({ error: 'not a URL' })
    }
    const host = target.hostname.replace(/^\[|\]$/g, '')
    // An address in the URL is connected to without a lookup: checked here.
    if (!allowPrivate && net.isIP(host) && !isPublicAddress(host)) return resolve({ error: `refused: ${host} is not a public address` })
    const client = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : null
    if (!client) return resolve({ error: `refused: ${target.protocol} is not http or https` })
    let settled = false
    const finish = (result: PostResult) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(result)
    }
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'User-Agent': 'Kopru-Webhooks/1', ...headers },
        lookup: guardedLookup(allowPrivate) as unknown as net.LookupFunction,
        // A fresh connection per delivery: a kept-alive socket would skip the lookup's check.
        agent: false,
      },
      (response) => {
        // The start of the answer, for the delivery log; the rest is not read.
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => {
          text += chunk
          if (text.length >= 1000) response.destroy()
        })
        const done = () => finish({ status: response.statusCode ?? 0, body: text.slice(0, 1000) })
        response.on('end', done)
        response.on('close', done)
        response.on('error', done)
      },
    )
    // The whole exchange, from the lookup to the answer's status, within the timeout.
    const timer = setTimeout(() => {
      finish({ error: `no answer within ${timeoutMs} ms` })
      request.destroy()
    }, timeoutMs)
    request.on('error', (error: NodeJS.ErrnoException) =>
      finish({ error: error instanceof DestinationRefused ? `refused: ${error.message}` : `${error.code ?? 'error'}: ${error.message}` }),
    )
    request.end(body)
  })
}
