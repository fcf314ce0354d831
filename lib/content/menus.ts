import { getPathname } from '@/i18n/navigation'
import { documentPath } from '@/i18n/paths'
import type { Locale } from '@/i18n/locales'
import type { LinkRoute } from '@/fields/link'
import type { Footer, Navigation } from '@/payload-types'
import { findPublicGlobal } from './reader'
import { safeUrl } from '@/lib/safeUrl'

export type ResolvedLink = { label: string; href: string; external: boolean }
export type NavSection = { label: string; href?: string; links: ResolvedLink[] }
export type FooterColumn = { heading: string; links: ResolvedLink[] }

type StoredLink = NonNullable<Navigation['sections']>[number] | NonNullable<NonNullable<Footer['columns']>[number]['links']>[number]

/**
 * A stored link as a URL in the reader's locale, or null when it cannot be shown: a document
 * that is not published (the safe reader leaves it unpopulated) or an incomplete entry.
 */
export function resolveLink(link: Pick<StoredLink, 'label' | 'type' | 'route' | 'document' | 'url'>, locale: Locale): ResolvedLink | null {
  if (!link.label) return null
  switch (link.type) {
    case 'route':
      return link.route ? { label: link.label, href: getPathname({ locale, href: link.route as LinkRoute }), external: false } : null
    case 'document': {
      const target = link.document
      if (!target || typeof target.value !== 'object' || !target.value.slug) return null
      return { label: link.label, href: documentPath(target.relationTo, target.value.slug, locale), external: false }
    }
    case 'url':
      return safeUrl(link.url) ? { label: link.label, href: safeUrl(link.url) as string, external: true } : null
    default:
      return null
  }
}

const resolveAll = (links: StoredLink[] | null | undefined, locale: Locale) =>
  (links ?? []).map((link) => resolveLink(link, locale)).filter((link): link is ResolvedLink => link !== null)

/** The header sections from the Navigation global; sections with nothing to show are left out. */
export async function siteNavigation(locale: Locale): Promise<NavSection[]> {
  const navigation = await findPublicGlobal('navigation', locale)
  return (navigation.sections ?? []).flatMap((section) => {
    const own = section.type === 'none' ? null : resolveLink(section, locale)
    const links = resolveAll(section.links, locale)
    if (!own && links.length === 0) return []
    return [{ label: section.label, href: own?.href, links }]
  })
}

/** The footer columns and note from the Footer global. */
export async function siteFooter(locale: Locale): Promise<{ columns: FooterColumn[]; note: string | null }> {
  const footer = await findPublicGlobal('footer', locale)
  const columns = (footer.columns ?? []).map((column) => ({ heading: column.heading, links: resolveAll(column.links, locale) })).filter((column) => column.links.length > 0)
  return { columns, note: footer.note ?? null }
}
