import type { IncomingMessage } from 'node:http'

import { EnvError, parseEnv } from '@/lib/env'
import { believeForwarding, parseTrustedProxies } from '@/lib/http/trustedProxies.mjs'

const trusts = (value?: string) => {
  const parsed = parseTrustedProxies(value)
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.trusts
}

const request = (peer: string, headers: Record<string, string>) => ({ socket: { remoteAddress: peer }, headers: { ...headers } }) as unknown as IncomingMessage

describe('trusted proxies (issue 14, finding 11)', () => {
  it('trusts loopback and the compose network’s proxy by default, nobody else', () => {
    const check = trusts()
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', '172.30.10.10'].map(check)).toEqual([true, true, true, true])
    expect(['127.0.0.2', '172.30.10.11', '10.0.0.1', '203.0.113.5', 'garbage'].map(check)).toEqual([false, false, false, false, false])
  })

  it('takes addresses and CIDR ranges, and refuses anything else naming the variable', () => {
    const check = trusts('10.0.0.0/8, fd00::/8')
    expect([check('10.1.2.3'), check('fd00::5'), check('127.0.0.1')]).toEqual([true, true, false])
    expect(() => parseEnv({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(EnvError)
    expect(() => parseEnv({ TRUSTED_PROXIES: 'proxy.example' })).toThrow(/TRUSTED_PROXIES "proxy\.example" is not an IP address or CIDR range/)
  })

  it('keeps a trusted proxy’s report and drops a stranger’s', () => {
    const viaProxy = request('::ffff:127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 198.51.100.9', 'x-forwarded-proto': 'https' })
    believeForwarding(viaProxy, trusts())
    expect(viaProxy.headers).toEqual({ 'x-forwarded-for': '198.51.100.9', 'x-forwarded-proto': 'https' })
    const stranger = request('203.0.113.7', { 'x-forwarded-for': '1.2.3.4', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example', 'x-real-ip': '1.2.3.4' })
    believeForwarding(stranger, trusts())
    expect(stranger.headers).toEqual({ 'x-forwarded-for': '203.0.113.7' })
    // Through two trusted hops (a load balancer, then the proxy), the client is the first untrusted one from the right.
    const twoHops = request('127.0.0.1', { 'x-forwarded-for': '9.9.9.9, 198.51.100.20, 10.0.0.5' })
    believeForwarding(twoHops, trusts('127.0.0.1,10.0.0.0/8'))
    expect(twoHops.headers['x-forwarded-for']).toBe('198.51.100.20')
  })
})
