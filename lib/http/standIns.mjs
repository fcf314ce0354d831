// @ts-check
/**
 * Server-rendered stand-ins (app/(frontend)/[locale]/page-not-found, page-error) for Next's
 * empty error shell: `notFound()` and a failed render answer `<html id="__next_error__">` with
 * no `lang` and no body, the page drawn by React in the browser (vercel/next.js#62228). Each
 * answers with its status at its own address too: it is never a 200 page.
 *
 * The last rendering of each stand-in is kept, by address ("/tr/page-error"), with the
 * page-cache generation it was rendered in. Never emptied: when a page fails because the
 * database is down, its stand-in cannot be rendered either (its layout reads the navigation),
 * so the copy answers; a copy from before the latest content change is rendered again in the
 * background. Only a real stand-in is kept (its status, no redirect): an address under a
 * locale the site does not have is redirected by the locale routing, so the copies stay a
 * handful.
 */

import { get } from 'node:http'

/** @typedef {'page-not-found' | 'page-error'} StandIn */

/**
 * GETs a page of this server as the site at `host` would be asked (Node's fetch does not let a
 * request name its Host). @param {number} port @param {string} host @param {string} address
 * @returns {Promise<{ status: number, html: Buffer }>}
 */
function getPage(port, host, address) {
  return new Promise((resolve, reject) => {
    const request = get({ host: 'localhost', port, path: address, headers: { host, 'accept-encoding': 'identity' }, timeout: 10_000 }, (response) => {
      /** @type {Buffer[]} */
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, html: Buffer.concat(chunks) }))
      response.on('error', reject)
    })
    request.on('timeout', () => request.destroy(new Error('timed out after 10 s')))
    request.on('error', reject)
  })
}

/** @type {Record<StandIn, number>} */
const standIns = { 'page-not-found': 404, 'page-error': 500 }
const localePattern = '[a-z]{2}(?:-[A-Za-z]{2})?'
const localePrefix = new RegExp(`^/(${localePattern})(?:[/?#]|$)`)
const standInRoute = new RegExp(`^/${localePattern}/(${Object.keys(standIns).join('|')})(?:[?#]|$)`)
const errorShell = /^\s*(?:<!DOCTYPE html>)?\s*<html id="__next_error__"/i

/** The locale an address starts with ("/tr/…": "tr"), or undefined. @param {string} url */
export function localeOf(url) {
  return localePrefix.exec(url)?.[1]
}

/** Where lib/sites/directory.ts keeps the sites, on globalThis (proxy.ts has them loaded for every page request). */
const sitesSlot = Symbol.for('kopru.sites.directory')
/** @typedef {{ directory?: { byHost: Map<string, { languages: string[], defaultLanguage: string }> } }} SitesSlot */

/**
 * The language of the stand-in for an address of the site at `host`: the address's own, except
 * a platform language the site lacks ("/az/…" on Türkiye's site), which proxy.ts answers with
 * the site's not-found page in its default language: that page has no stand-in of its own
 * ("/az/page-not-found" is not found there either). Without the sites loaded: the address's.
 * @param {string} host @param {string} url
 */
export function standInLocale(host, url) {
  const locale = localeOf(url)
  const slot = /** @type {Record<symbol, SitesSlot | undefined>} */ (/** @type {unknown} */ (globalThis))[sitesSlot]
  const site = slot?.directory?.byHost.get(host)
  return locale && site && !site.languages.includes(locale) ? site.defaultLanguage : locale
}

/** The stand-in this address is itself ("/tr/page-error"), or undefined. @param {string} url @returns {StandIn | undefined} */
export function standInAt(url) {
  return /** @type {StandIn | undefined} */ (standInRoute.exec(url)?.[1])
}

/** The status a stand-in answers with. @param {StandIn} name */
export function statusOf(name) {
  return standIns[name]
}

/** The stand-in for a shell with this status, or undefined. @param {number} status @returns {StandIn | undefined} */
export function standInFor(status) {
  if (status === 404) return 'page-not-found'
  if (status >= 500) return 'page-error'
  return undefined
}

/** Whether a body is Next's empty error shell. @param {Buffer} body */
export function isErrorShell(body) {
  return errorShell.test(body.subarray(0, 200).toString('utf8'))
}

/**
 * The stand-ins of one server, rendered by requests to itself.
 * @param {{ port: number, generation: (host: string) => number }} options  `generation`: the page cache's for a host, which every content change of its site raises.
 */
export function createStandIns({ port, generation }) {
  /** @type {Map<string, { body: Buffer, generation: number }>} */
  const copies = new Map()
  /** When each address was last rendered or tried (the 64 latest): one try per 5 s at most. @type {Map<string, number>} */
  const attempts = new Map()
  /** @type {Map<string, Promise<Buffer | undefined>>} */
  const renders = new Map()

  /**
   * Renders the stand-in at `address` of the site at `host`; resolves to its body or undefined.
   * @param {string} host @param {string} address @param {StandIn} name @returns {Promise<Buffer | undefined>}
   */
  function render(host, address, name) {
    const key = `${host}|${address}`
    const inFlight = renders.get(key)
    if (inFlight) return inFlight
    if (Date.now() - (attempts.get(key) ?? 0) < 5000) return Promise.resolve(undefined)
    attempts.delete(key)
    attempts.set(key, Date.now())
    if (attempts.size > 64) attempts.delete(/** @type {string} */ (attempts.keys().next().value))
    const since = generation(host)
    const rendering = getPage(port, host, address)
      .then(({ status, html }) => {
        if (status !== standIns[name] || isErrorShell(html)) throw new Error(`answered ${status}`)
        copies.set(key, { body: html, generation: since })
        return html
      })
      .catch((error) => {
        console.error(`[stand-in] could not render ${address}: ${error.message}`)
        return undefined
      })
      .finally(() => renders.delete(key))
    renders.set(key, rendering)
    return rendering
  }

  /** A site's stand-ins in a locale, rendered ahead (in the background) when missing or out of date. @param {string} host @param {string} locale */
  function freshen(host, locale) {
    for (const name of /** @type {StandIn[]} */ (Object.keys(standIns))) {
      const address = `/${locale}/${name}`
      if (copies.get(`${host}|${address}`)?.generation !== generation(host)) void render(host, address, name)
    }
  }

  /**
   * The stand-in page in the address's language (its first segment, which the locale routing
   * guarantees for every page that reaches Next; a language the site lacks: the site's default,
   * standInLocale): its last copy, or rendered now when there is none. Undefined when it
   * cannot be had: the caller keeps Next's shell. Per site (`host`: its header and footer are
   * the site's).
   * @param {string} host @param {string} url @param {StandIn} name @returns {Promise<Buffer | undefined>}
   */
  async function page(host, url, name) {
    const locale = standInLocale(host, url)
    if (!locale || !host) return undefined
    const address = `/${locale}/${name}`
    const copy = copies.get(`${host}|${address}`)
    if (!copy) return render(host, address, name)
    freshen(host, locale)
    return copy.body
  }

  return { freshen, page }
}
