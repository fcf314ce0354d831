import escapeHtml from 'escape-html'

import { defaultLocale } from '@/i18n/locales'
import type { SiteAddress } from './metadata'
import type { SitemapPage } from './content/sitemap'
import { absoluteUrl } from './metadata'
import { nextTurn } from '@/lib/eventLoop'

/**
 * The sitemaps' XML (sitemaps.org 0.9, with hreflang alternates as Google reads them). Written
 * here rather than by Next's `sitemap.ts`, which makes one file of everything, or its
 * `generateSitemaps`, which makes no index. A few lines of escaped strings; no library needed.
 */
const xml = (value: string) => escapeHtml(value)

/** Where a child sitemap is served. */
export const sitemapPath = (name: string) => `/sitemaps/${name}.xml`

export function sitemapIndexXml(site: SiteAddress, names: string[]): string {
  const entries = names.map((name) => `<sitemap><loc>${xml(absoluteUrl(site, sitemapPath(name)))}</loc></sitemap>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`
}

/** One `<url>` per page and locale, each listing every language of the page and x-default. */
function urlEntries(site: SiteAddress, pages: SitemapPage[]): string[] {
  return pages.flatMap(({ paths, lastModified }) => {
    const present = site.languages.filter((locale) => paths[locale])
    const xDefault = (site.languages.includes(defaultLocale) ? paths[defaultLocale] : paths[site.defaultLanguage]) ?? paths[present[0]]
    const alternates = [
      ...present.map((locale) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${xml(absoluteUrl(site, paths[locale] as string))}"/>`),
      ...(xDefault ? [`<xhtml:link rel="alternate" hreflang="x-default" href="${xml(absoluteUrl(site, xDefault))}"/>`] : []),
    ].join('')
    const modified = lastModified ? `<lastmod>${xml(new Date(lastModified).toISOString())}</lastmod>` : ''
    return present.map((locale) => `<url><loc>${xml(absoluteUrl(site, paths[locale] as string))}</loc>${modified}${alternates}</url>`)
  })
}

const urlsetStart = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n`
const urlsetEnd = '</urlset>\n'

/** The pages' `<url>` entries, one per line. */
const urlLines = (site: SiteAddress, pages: SitemapPage[]) =>
  urlEntries(site, pages)
    .map((entry) => `${entry}\n`)
    .join('')

export function sitemapXml(site: SiteAddress, pages: SitemapPage[]): string {
  return `${urlsetStart}${urlLines(site, pages)}${urlsetEnd}`
}

/**
 * The same XML as bytes, a part at a time with a turn of the event loop before each: a child of
 * 10,000 URLs is 5.6 MB of XML. Written as one string, joining it and then encoding it for the
 * `Response` (which measures its length first) held the event loop 54-64 ms at the end of each
 * child (CPU profile at 50,000 news, docs/scaling.md); a part of 500 pages is a few milliseconds.
 */
export function sitemapXmlStream(site: SiteAddress, pages: SitemapPage[], partSize = 500): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let next = 0
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(urlsetStart))
      },
      async pull(controller) {
        await nextTurn()
        const part = pages.slice(next, next + partSize)
        next += partSize
        if (part.length > 0) controller.enqueue(encoder.encode(urlLines(site, part)))
        if (next >= pages.length) {
          controller.enqueue(encoder.encode(urlsetEnd))
          controller.close()
        }
      },
    },
    // One part at a time: the next is written when the last has been taken.
    { highWaterMark: 1 },
  )
}

/** Cached and expired like the pages and feeds: by the page cache and the proxy, purged on every content change. */
export function sitemapResponse(body: string | ReadableStream<Uint8Array>): Response {
  return new Response(body, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' },
  })
}
