// @ts-check
/**
 * The client's address for per-IP limits: X-Forwarded-For as server.mjs leaves it, one address
 * it believes (the peer itself, or what a trusted proxy reported: lib/http/trustedProxies.mjs,
 * TRUSTED_PROXIES). Outside server.mjs (`next dev`, tests) the header's last entry. Shared by
 * the rate limits in Next (lib/api/rateLimit.ts) and server.mjs's API cache
 * (lib/http/apiResponses.mjs), which must count a reader under the same name. Only Node
 * built-ins: server.mjs runs this in the Docker image's standalone output.
 * @param {string | string[] | null | undefined} forwardedFor  The X-Forwarded-For header.
 * @returns {string}
 */
export function clientAddress(forwardedFor) {
  const last = String(forwardedFor ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .pop()
  return last ?? 'unknown'
}
