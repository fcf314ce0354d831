// @ts-check
/**
 * HSTS only over HTTPS (RFC 6797 §7.2: a host must not send it over plain HTTP). TLS ends in
 * front of the app (a CDN or load balancer; the caching proxy passes its X-Forwarded-Proto
 * on, or sets its own scheme), so the first X-Forwarded-Proto entry says how the reader
 * connected. server.mjs keeps the header only from a trusted proxy (TRUSTED_PROXIES,
 * lib/http/trustedProxies.mjs): from anyone else it is dropped before this reads it.
 */
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains'

/** @param {import('node:http').IncomingMessage} req */
export function servedOverHttps(req) {
  if (/** @type {import('node:tls').TLSSocket} */ (req.socket).encrypted) return true
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '')
  return forwarded.split(',')[0].trim().toLowerCase() === 'https'
}
