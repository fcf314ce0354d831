import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { idOf } from '@/lib/relationValues'

/**
 * A site's pages as a tree (collections/Pages): each page stores its parent and its own slug
 * per language, never its path, so addresses are worked out here, from one read of every
 * published page of the site (id, parent, slug, title). A site has dozens of pages; the read is
 * cached and tagged like any other (lib/content/pages.ts). Plain functions, no reads: the
 * redirects' hooks use them inside a save (lib/redirects/plugin.ts). Used to resolve an address, to build
 * breadcrumbs, and to link pages from menus, blocks and the sitemap.
 */
export type PageNode = {
  id: string
  parent: string | null
  slug: Partial<Record<Locale, string>>
  title: Partial<Record<Locale, string>>
  updatedAt?: string
  /** A subpage whose parent this reader may not see (unpublished): it has no address. */
  orphan?: boolean
  /** The site's home page (collections/Pages `home`): its address is the site's home, `/{locale}`. */
  home?: boolean
}

export type PageTree = Map<string, PageNode>

const perLocale = (value: unknown): Partial<Record<Locale, string>> =>
  Object.fromEntries(Object.entries(typeof value === 'object' && value !== null ? value : {}).filter(([key, text]) => isLocale(key) && typeof text === 'string' && text !== ''))

/** The tree of pages read with locale 'all' (id, parent, topLevel, home, slug, title, updatedAt). */
export function treeOf(rows: Record<string, unknown>[]): PageTree {
  return new Map(
    rows.map((row) => {
      const parent = idOf(row.parent)
      const node: PageNode = {
        id: String(row.id),
        parent: parent == null ? null : String(parent),
        slug: perLocale(row.slug),
        title: perLocale(row.title),
        updatedAt: row.updatedAt as string,
        // No parent as read, yet not a top-level page: the parent is hidden from this reader.
        orphan: parent == null && row.topLevel === false,
        home: row.home === true,
      }
      return [node.id, node]
    }),
  )
}

/** A page's slug in a language: its own, else the default language's (an untranslated page, shown in it). */
const slugIn = (node: PageNode, locale: Locale) => node.slug[locale] ?? node.slug[defaultLocale]

/** Whether the page has its own translation in this language (its own slug). */
export const translatedIn = (node: PageNode, locale: Locale) => Boolean(node.slug[locale])

/** The page's path segments in a language, from the root; null when a page on the way is not in the tree (not published). */
export function pageSegments(tree: PageTree, id: string, locale: Locale): string[] | null {
  const segments: string[] = []
  const seen = new Set<string>()
  for (let node = tree.get(id); node; node = node.parent ? tree.get(node.parent) : undefined) {
    const slug = slugIn(node, locale)
    if (!slug || seen.has(node.id) || node.orphan) return null
    seen.add(node.id)
    segments.unshift(slug)
    if (node.parent && !tree.has(node.parent)) return null
  }
  return segments.length > 0 ? segments : null
}

/** The site's home page, if one is marked and in the tree. */
export const homeNode = (tree: PageTree): PageNode | undefined => [...tree.values()].find((node) => node.home && !node.orphan)

/**
 * The page's address in a language (`/tr/biz-kimiz/tarihce`), or undefined when it has none. The
 * home page's is the site's home (`/tr`); its slug's address answers 308 there (lib/content/pages.ts).
 */
export function pagePath(tree: PageTree, id: string | number, locale: Locale): string | undefined {
  const node = tree.get(String(id))
  if (node?.home && !node.orphan && slugIn(node, locale)) return `/${locale}`
  const segments = pageSegments(tree, String(id), locale)
  return segments ? `/${locale}/${segments.map(encodeURIComponent).join('/')}` : undefined
}
