import type { Where } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'
import type { Site } from '@/lib/sites/directory'
import { homeNode, pagePath, pageSegments, translatedIn, treeOf, type PageNode, type PageTree } from './pageTree'
import type { Crumb } from './blocks-types'
import { ownMeta, type OwnMeta } from './page'
import { findPublic, findPublicInAllLocales } from './reader'

export { homeNode, pagePath, pageSegments, translatedIn, type PageNode, type PageTree }

/** Every page of the site as a tree, read through `reader` (the safe door, or a preview's drafts). */
export async function pageTree(site: Pick<Site, 'id' | 'offices'>, reader: PageReader = publicPageReader): Promise<PageTree> {
  return treeOf(await reader.tree(site))
}

/** How pages are read: the safe door, or (preview only) the latest drafts as a signed-in editor. */
export type PageReader = {
  /** Every page of the site, each localized field as `{ en, tr }`. */
  tree(site: Pick<Site, 'id' | 'offices'>): Promise<Record<string, unknown>[]>
  /** One page in a language (with fallback), relations populated to `depth`. */
  byId(site: Pick<Site, 'id' | 'offices'>, id: string, locale: Locale, depth: number): Promise<Page | null>
  /** One page with every localized field as `{ en, tr }` and no fallback. */
  inAllLocales(site: Pick<Site, 'id' | 'offices'>, id: string): Promise<Record<string, unknown> | null>
  preview: boolean
}

const onSite = (site: Pick<Site, 'id' | 'offices'>): Where => ({ and: [{ site: { equals: site.id } }, { country: { in: site.offices } }] })

export const publicPageReader: PageReader = {
  tree: (site) =>
    findPublicInAllLocales('pages', {
      site,
      where: onSite(site),
      select: { slug: true, title: true, parent: true, topLevel: true, home: true, updatedAt: true },
      limit: 1000,
      pagination: false,
    }),
  byId: async (site, id, locale, depth) => {
    const { docs } = await findPublic('pages', { site, locale, where: { and: [{ id: { equals: id } }, onSite(site)] }, depth, limit: 1, pagination: false })
    return docs[0] ?? null
  },
  inAllLocales: async (site, id) => (await findPublicInAllLocales('pages', { site, where: { and: [{ id: { equals: id } }, onSite(site)] } }))[0] ?? null,
  preview: false,
}

/**
 * The page at these segments in a language: the page whose path in that language they are.
 * `moved` is set when they are the page's path in the default language only (an address in
 * English under /tr/ of a page that has its own Turkish slug): the caller answers with its path.
 */
export function resolvePage(tree: PageTree, segments: string[], locale: Locale): { node: PageNode; moved?: string } | null {
  const wanted = segments.join('/')
  for (const node of tree.values()) if (pageSegments(tree, node.id, locale)?.join('/') === wanted) return { node }
  if (locale !== defaultLocale) {
    for (const node of tree.values()) {
      if (pageSegments(tree, node.id, defaultLocale)?.join('/') === wanted) {
        const moved = pagePath(tree, node.id, locale)
        if (moved) return { node, moved }
      }
    }
  }
  return null
}

/** The trail from the site's home to the page (the last is the page itself). */
export function breadcrumbs(tree: PageTree, id: string, locale: Locale, home: string): Crumb[] {
  const trail: Crumb[] = []
  const seen = new Set<string>()
  for (let node = tree.get(id); node && !seen.has(node.id); node = node.parent ? tree.get(node.parent) : undefined) {
    seen.add(node.id)
    // The home page is the trail's first step already.
    if (node.home) continue
    const href = pagePath(tree, node.id, locale)
    if (!href) return [{ href: `/${locale}`, label: home }]
    trail.unshift({ href, label: node.title[locale] ?? node.title[defaultLocale] ?? '' })
  }
  return [{ href: `/${locale}`, label: home }, ...trail]
}

export type SitePage = {
  doc: Page
  inAllLocales: Record<string, unknown>
  tree: PageTree
  /** The page in each of the site's languages (its own translation, or the default language's). */
  alternates: Record<Locale, string>
  translatedIn: Locale[]
  fallbackFields: string[]
  canonical: string
  preview: boolean
  meta: OwnMeta
}

/**
 * Everything a page's address needs: which page it is (by the site's tree), the page in the
 * language (with fallback) at depth 2, and in every language (what each really has). Null when
 * no published page of the site has this address; `{ moved }` when it is another language's, or
 * the home page's own slug (its address is the site's home).
 */
export async function loadSitePage(
  site: Pick<Site, 'id' | 'offices' | 'languages' | 'defaultLanguage'>,
  segments: string[],
  locale: Locale,
  reader: PageReader = publicPageReader,
): Promise<SitePage | { moved: string } | null> {
  const tree = await pageTree(site, reader)
  const found = resolvePage(tree, segments, locale)
  if (!found) return null
  if (found.moved) return { moved: found.moved }
  if (found.node.home) return { moved: `/${locale}` }
  return loadNode(site, tree, found.node, locale, reader)
}

/** The site's home page of blocks (the published page marked `home`; in preview, the latest drafts'), or null: the home shows its sections (app/(frontend)/[site]/[locale]/page.tsx). */
export async function loadHomePage(
  site: Pick<Site, 'id' | 'offices' | 'languages' | 'defaultLanguage'>,
  locale: Locale,
  reader: PageReader = publicPageReader,
): Promise<SitePage | null> {
  const tree = await pageTree(site, reader)
  const home = homeNode(tree)
  return home ? loadNode(site, tree, home, locale, reader) : null
}

async function loadNode(
  site: Pick<Site, 'id' | 'offices' | 'languages' | 'defaultLanguage'>,
  tree: PageTree,
  node: PageNode,
  locale: Locale,
  reader: PageReader,
): Promise<SitePage | null> {
  const [doc, all] = await Promise.all([reader.byId(site, node.id, locale, 2), reader.inAllLocales(site, node.id)])
  if (!doc || !all) return null
  // A language in which the page has no address (a parent without a slug in it): the site's home in it.
  const alternates = Object.fromEntries(site.languages.map((l) => [l, pagePath(tree, node.id, l) ?? `/${l}`])) as Record<Locale, string>
  const own = site.languages.filter((l) => translatedIn(node, l))
  const fallbackFields = locale === defaultLocale || node.title[locale] ? [] : ['title']
  const canonicalLocale = own.includes(locale) ? locale : site.languages.includes(defaultLocale) ? defaultLocale : site.defaultLanguage
  const canonical = alternates[canonicalLocale] ?? alternates[locale]
  return {
    doc,
    inAllLocales: all,
    tree,
    alternates,
    translatedIn: own,
    fallbackFields,
    canonical,
    preview: reader.preview,
    meta: ownMeta(all, doc as unknown as Record<string, unknown>, locale),
  }
}
