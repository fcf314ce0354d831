// @ts-check
/**
 * The admin has one address, SERVER_URL's: its sessions, Payload's CSRF list and its links are
 * that address's. Opened at another host (127.0.0.1 for localhost, a site's own address), every
 * request the admin made of its own API was refused (an Origin not in the CSRF list) and each
 * relation showed as "Untitled", with no word of why. Such a request is sent to the admin's
 * address, its path and query kept. Host names compare as sites' do (lib/sites/hosts.mjs:
 * lowercase, without the port).
 *
 * Here in server.mjs and not in proxy.ts: Next turns a redirect whose target has the origin it
 * believes it serves (localhost:<port>) into a relative one, which would send the reader back to
 * the host they came from.
 */
import { normalizeHost, requestHost } from '../sites/hosts.mjs'

/**
 * @param {string} serverUrl
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean} true when it answered
 */
export function adminAddress(serverUrl) {
  const home = new URL(serverUrl)
  const host = normalizeHost(home.host)
  return (req, res) => {
    const address = req.url ?? '/'
    if (!/^\/admin(?:[/?#]|$)/.test(address) || requestHost(req.headers) === host) return false
    req.resume()
    res.writeHead(307, { Location: new URL(address, home.origin).href, 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' })
    res.end(`The admin is at ${home.origin}/admin. / Yönetim paneli ${home.origin}/admin adresindedir. / İdarəetmə paneli ${home.origin}/admin ünvanındadır.`)
    return true
  }
}
