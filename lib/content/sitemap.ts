import { defaultLocale, type Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { documentPath, documentRoutes, listPath, type RoutedCollection } from '@/i18n/paths'
import { getEnv } from '@/lib/env'
import { nextTurn } from '@/lib/eventLoop'
import type { Site } from '@/lib/sites/directory'
import { officeClause } from './filters'
import { pagePath, pageTree, translatedIn } from './pages'
import { findPublic, findPublicInAllLocales } from './reader'

/**
 * The sitemap as an index of child sitemaps (sitemaps.org): one of the site's own pages
 * (homes, lists, facts), then each routed collection's published documents in order of id,
 * cut into files of at most SITEMAP_MAX_URLS URLs (5,000) (a document has one URL per locale it is
 * translated into). A child reads its documents' slugs and dates only, one page of ids at a
 * time, so a sitemap costs the same at 50,000 documents as at 50 (the single sitemap read
 * every document whole and ran the server out of memory at about 6,000: issue 15).
 */
const documentsPerSitemap = (site: SiteScope, maxUrls = getEnv().SITEMAP_MAX_URLS) => Math.max(1, Math.floor(maxUrls / site.languages.length))

/** What a site's sitemap covers: its languages and its offices' documents (and, given its id, its pages: collections/Pages). */
export type SiteScope = Pick<Site, 'languages' | 'offices'> & { id?: Site['id'] }

/**
 * Documents read at a time for a child (a divisor of the child's size, or the child whole), with a
 * turn of the event loop between slices: at 50,000 news a slice of 500 held the loop 60-85 ms
 * without SQLite's threads, 250 about half that, and a child read without turns 1.1-1.2 s. A
 * request waits for a slice at each of its own turns (a static file needs several), so slices are
 * short: in-process at 50,000 news, the longest block 28-83 ms with 250, 17-62 ms with 100 (the
 * child 0.51-0.57 s either way), 11-16 ms with 50 (0.63 s).
 */
const defaultSlice = 100

export type SitemapPage = {
  /** The page's path in each locale that has it (its own translation). */
  paths: Partial<Record<Locale, string>>
  lastModified?: string
}

const routed = Object.keys(documentRoutes) as RoutedCollection[]

/** The children's names, as their addresses end: `pages`, `news-1`, `news-2`, … */
export async function sitemapNames(site: SiteScope, maxUrls?: number): Promise<string[]> {
  const counts = await Promise.all(
    routed.map(async (collection) => {
      const { totalDocs } = await findPublic(collection, { site, locale: defaultLocale, where: officeClause(collection, site.offices), limit: 1, depth: 0, select: { slug: true } })
      return Array.from({ length: Math.ceil(totalDocs / documentsPerSitemap(site, maxUrls)) }, (_, i) => `${collection}-${i + 1}`)
    }),
  )
  return ['pages', ...counts.flat()]
}

const ownSlugs = (doc: Record<string, unknown>) => (doc.slug ?? {}) as Partial<Record<Locale, string>>

const everyLocale = (site: SiteScope, path: (locale: Locale) => string) => ({ paths: Object.fromEntries(site.languages.map((l) => [l, path(l)])) })

/** A child sitemap's pages, or null when there is no such child. */
export async function sitemapChild(site: SiteScope, name: string, maxUrls?: number, sliceSize = defaultSlice): Promise<SitemapPage[] | null> {
  if (name === 'pages') {
    // The site's own pages (a few dozen, one cached read of its page tree), each in the languages it is translated into.
    const tree = site.id != null ? await pageTree({ id: site.id, offices: site.offices }) : new Map()
    // The home page is the site's home, listed first.
    const ownPages = [...tree.values()]
      .filter((node) => !node.home)
      .flatMap((node) => {
        const paths = Object.fromEntries(site.languages.flatMap((l) => (translatedIn(node, l) && pagePath(tree, node.id, l) ? [[l, pagePath(tree, node.id, l) as string]] : [])))
        return Object.keys(paths).length > 0 ? [{ paths, lastModified: node.updatedAt }] : []
      })
    return [
      everyLocale(site, (l) => getPathname({ locale: l, href: '/' })),
      everyLocale(site, (l) => getPathname({ locale: l, href: '/facts' })),
      ...routed.map((collection) => everyLocale(site, (l) => listPath(collection, l))),
      ...ownPages,
    ]
  }
  const match = /^([a-z]+)-([1-9]\d{0,5})$/.exec(name)
  const collection = match?.[1] as RoutedCollection | undefined
  if (!match || !collection || !routed.includes(collection)) return null
  // Read in slices, with a turn of the event loop between them (defaultSlice): reading and
  // turning 5,000 documents' rows into documents in one piece held every other request for
  // over a second at 50,000 news.
  const perChild = documentsPerSitemap(site, maxUrls)
  const offices = officeClause(collection, site.offices)
  const slice = perChild % sliceSize === 0 ? sliceSize : perChild
  const pages: SitemapPage[] = []
  const select = { slug: true, updatedAt: true } as const
  let read = 0
  // Where the child starts: after the previous child's last document, found on the ids alone (an
  // offset over the slices' own read evaluated every published document's slugs before sorting:
  // 2.4 s for news-3 at 50,000 news, all of it one synchronous statement).
  const child = Number(match[2])
  let last: unknown
  if (child > 1) {
    const before = await findPublic(collection, {
      site,
      locale: defaultLocale,
      sort: 'id',
      limit: 1,
      page: (child - 1) * perChild,
      where: offices,
      depth: 0,
      select: { updatedAt: true },
    })
    last = before.docs[0]?.id
    if (last === undefined) return null
  }
  for (let k = 1; k <= perChild / slice; k++) {
    const docs = await findPublicInAllLocales(collection, {
      site,
      sort: 'id',
      limit: slice,
      where: last === undefined ? offices : { and: [offices, { id: { greater_than: last } }] },
      pagination: false,
      select,
      // Past the read cache: the child's XML is cached whole (server.mjs's page cache, the proxy),
      // and its 50 slices (1.5 MB of JSON) would only push pages out of the in-process cache (8 MB).
      cache: false,
    })
    read += docs.length
    last = docs.at(-1)?.id
    for (const doc of docs) {
      const slugs = ownSlugs(doc)
      const paths = Object.fromEntries(site.languages.flatMap((l) => (slugs[l] ? [[l, documentPath(collection, slugs[l] as string, l)]] : []))) as SitemapPage['paths']
      if (Object.keys(paths).length > 0) pages.push({ paths, lastModified: doc.updatedAt as string | undefined })
    }
    if (docs.length < slice) break
    await nextTurn()
  }
  return read === 0 ? null : pages
}
