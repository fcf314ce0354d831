// @ts-check
/**
 * The host a request names, as sites are matched by it (lib/sites/directory.ts): lowercase,
 * without the port or a trailing dot. From X-Forwarded-Host when a trusted proxy sent it
 * (server.mjs drops it from anyone else before this runs: lib/http/trustedProxies.mjs), else
 * from Host. Plain Node: server.mjs keys its page cache by it, proxy.ts picks the site by it.
 */

/**
 * "Turkiye.IOM.int:443" → "turkiye.iom.int"; "[::1]:3000" → "[::1]"; nonsense → "".
 * @param {string | null | undefined} value
 */
export function normalizeHost(value) {
  const first = String(value ?? '')
    .split(',')[0]
    .trim()
    .toLowerCase()
  const host = first.startsWith('[') ? first.slice(0, first.indexOf(']') + 1) : first.replace(/:\d*$/, '')
  const plain = host.endsWith('.') ? host.slice(0, -1) : host
  // Letters, digits, dots and hyphens (IPv6 in brackets): anything else names no site.
  return /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/.test(plain) ? plain : ''
}

/**
 * The request's host, normalized.
 * @param {Record<string, string | string[] | undefined> | { get(name: string): string | null }} headers
 */
export function requestHost(headers) {
  /** @param {string} name */
  const read = (name) => {
    if (typeof headers.get === 'function') return headers.get(name) ?? undefined
    const value = /** @type {Record<string, string | string[] | undefined>} */ (headers)[name]
    return Array.isArray(value) ? value[0] : value
  }
  return normalizeHost(read('x-forwarded-host') || read('host'))
}
