import { getPathname } from '@/i18n/navigation'
import { documentPath } from '@/i18n/paths'
import type { Locale } from '@/i18n/locales'
import type { LinkRoute } from '@/fields/link'
import type { Footer, Navigation } from '@/payload-types'
import type { Site } from '@/lib/sites/directory'
import { pagePath, pageTree } from './pages'
import { findPublic, findPublicGlobal } from './reader'
import { safeUrl } from '@/lib/safeUrl'

export type ResolvedLink = { label: string; href: string; external: boolean }
export type NavSection = { label: string; href?: string; links: ResolvedLink[] }
export type FooterColumn = { heading: string; links: ResolvedLink[] }

type StoredLink = NonNullable<Navigation['sections']>[number] | NonNullable<NonNullable<Footer['columns']>[number]['links']>[number]

/**
 * A stored link as a URL in the reader's locale, or null when it cannot be shown: a document
 * that is not published (the safe reader leaves it unpopulated) or an incomplete entry.
 */
export function resolveLink(
  link: Pick<StoredLink, 'label' | 'type' | 'route' | 'document' | 'url'>,
  locale: Locale,
  /** A page's address on the reader's site (lib/content/pages.ts), or undefined when it has none. */
  pagePathOf: (id: string | number) => string | undefined = () => undefined,
): ResolvedLink | null {
  if (!link.label) return null
  switch (link.type) {
    case 'route':
      return link.route ? { label: link.label, href: getPathname({ locale, href: link.route as LinkRoute }), external: false } : null
    case 'document': {
      const target = link.document
      if (!target || typeof target.value !== 'object' || target.value === null) return null
      if (target.relationTo === 'pages') {
        const href = pagePathOf(target.value.id)
        return href ? { label: link.label, href, external: false } : null
      }
      if (!target.value.slug) return null
      return { label: link.label, href: documentPath(target.relationTo, target.value.slug, locale), external: false }
    }
    case 'url':
      return safeUrl(link.url) ? { label: link.label, href: safeUrl(link.url) as string, external: true } : null
    default:
      return null
  }
}

type PagePathOf = (id: string | number) => string | undefined

const resolveAll = (links: StoredLink[] | null | undefined, locale: Locale, pagePathOf: PagePathOf) =>
  (links ?? []).map((link) => resolveLink(link, locale, pagePathOf)).filter((link): link is ResolvedLink => link !== null)

/** Links to the site's own pages, by the site's page tree (read only when a menu names a page). */
async function pagePaths(site: Pick<Site, 'id' | 'offices'>, locale: Locale, menus: unknown): Promise<PagePathOf> {
  if (!JSON.stringify(menus ?? null).includes('"relationTo":"pages"')) return () => undefined
  const tree = await pageTree(site)
  return (id) => pagePath(tree, id, locale)
}

/**
 * A site's own menus (Sites: its Navigation and Footer tabs), as an anonymous reader sees them.
 * The whole site document: with `select`, SQLite's adapter left out the links' documents.
 */
async function siteMenus(site: Pick<Site, 'id' | 'offices'>, locale: Locale) {
  const { docs } = await findPublic('sites', {
    site,
    locale,
    where: { id: { equals: site.id } },
    limit: 1,
    depth: 1,
    pagination: false,
  })
  return docs[0]
}

/**
 * The header sections: the site's own (Sites, Navigation tab), or the Navigation global's when it
 * has none; sections with nothing to show are left out.
 */
export async function siteNavigation(site: Pick<Site, 'id' | 'offices'>, locale: Locale): Promise<NavSection[]> {
  const own = (await siteMenus(site, locale))?.sections
  const sections = own && own.length > 0 ? own : (await findPublicGlobal('navigation', locale, site)).sections
  const pagePathOf = await pagePaths(site, locale, sections)
  return (sections ?? []).flatMap((section) => {
    const own = section.type === 'none' ? null : resolveLink(section, locale, pagePathOf)
    const links = resolveAll(section.links, locale, pagePathOf)
    if (!own && links.length === 0) return []
    return [{ label: section.label, href: own?.href, links }]
  })
}

/** The footer columns and note: the site's own (Sites, Footer tab), or the Footer global's when it has no columns. */
export async function siteFooter(site: Pick<Site, 'id' | 'offices'>, locale: Locale): Promise<{ columns: FooterColumn[]; note: string | null }> {
  const menus = await siteMenus(site, locale)
  const footer = menus?.columns && menus.columns.length > 0 ? menus : await findPublicGlobal('footer', locale, site)
  const pagePathOf = await pagePaths(site, locale, footer.columns)
  const columns = (footer.columns ?? [])
    .map((column) => ({ heading: column.heading, links: resolveAll(column.links, locale, pagePathOf) }))
    .filter((column) => column.links.length > 0)
  return { columns, note: footer.note ?? null }
}

/** What a site's home page shows (Sites, Home page tab); an unset setting is the default. */
export type SiteHome = { intro: string | null; news: number; statements: number; facts: boolean; programmes: boolean; offices: boolean }

/**
 * A site's home page settings in a language. The introduction is the language's own or none (no
 * fallback: the page would show another language's text unmarked, and it is the page's meta
 * description).
 */
export async function siteHome(site: Pick<Site, 'id' | 'offices'>, locale: Locale): Promise<SiteHome> {
  const { docs } = await findPublic('sites', { site, locale, where: { id: { equals: site.id } }, limit: 1, depth: 0, fallback: false, pagination: false })
  const home = docs[0]?.home
  const count = (value: number | null | undefined, fallback: number, max: number) =>
    typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(0, Math.round(value))) : fallback
  return {
    intro: home?.intro?.trim() || null,
    news: Math.max(1, count(home?.news, 6, 12)),
    statements: count(home?.statements, 4, 8),
    facts: home?.facts !== false,
    programmes: home?.programmes !== false,
    offices: home?.offices !== false,
  }
}
