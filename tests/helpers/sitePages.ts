/**
 * Pages of the demo sites on the end-to-end server (tests/setup/server.js): Türkiye's at base(),
 * Azerbaijan's at az.localhost on the same port (lib/seed/sites.ts), read with the Host a
 * browser would send (tests/helpers/sites.ts, siteFetch).
 */
import { base } from '@/tests/helpers/e2e'
import { azerbaijanBase, siteFetch } from '@/tests/helpers/sites'

/** The Türkiye site's address (SERVER_URL). */
export const turkiye = (): string => base()

/** The Azerbaijan site's address: http://az.localhost:<port>. */
export const azerbaijan = (): string => azerbaijanBase(base())

/** A page without redirects followed, as text a reader sees (React's <!-- --> separators out, the flight data after </html> cut). */
export async function sitePage(origin: string, path: string, init: RequestInit = {}): Promise<{ response: Response; html: string }> {
  const response = await siteFetch(`${origin}${path}`, { redirect: 'manual', ...init })
  const html = (await response.text()).replace(/<!-- -->/g, '').replace(/<script>\(self\.__next_f[\s\S]*$/, '')
  return { response, html }
}

/** The text of a response (a feed, a sitemap, robots.txt). */
export async function siteText(origin: string, path: string): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await siteFetch(`${origin}${path}`, { redirect: 'manual' })
  return { status: response.status, text: await response.text(), headers: response.headers }
}

/** The page's <main>: what the page itself shows, without the site's header and footer. */
export const mainOf = (html: string): string => html.slice(html.indexOf('<main'), html.indexOf('</main>'))

/** The titles and links of a list of items (home page sections, related items). */
export const headlines = (html: string): { href: string; title: string }[] =>
  [...html.matchAll(/<h[23] class="content-list__title"><a href="([^"]+)">([^<]+)<\/a><\/h[23]>/g)].map((m) => ({ href: m[1], title: m[2] }))

/** The languages the switcher offers on a page: the current one and each link. */
export const switcherLanguages = (html: string): string[] => {
  const nav = /<nav aria-label="[^"]*" class="language-links">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? ''
  return [...nav.matchAll(/<(?:a href="[^"]*" hrefLang|span aria-current="true" lang)="([^"]+)"/g)].map((m) => m[1])
}

/** The page's hreflang alternates: language → URL. */
export const hreflangs = (html: string): Record<string, string> =>
  Object.fromEntries([...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]))
