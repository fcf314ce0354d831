import { locales, type Locale } from '../../i18n/locales'
import { getPathname } from '../../i18n/navigation'
import { documentPath, documentRoutes, listPath, type RoutedCollection } from '../../i18n/paths'
import { findPublicInAllLocales } from './reader'

export type SitemapPage = {
  /** The page's path in each locale that has it (its own translation). */
  paths: Partial<Record<Locale, string>>
  lastModified?: string
}

const ownSlugs = (doc: Record<string, unknown>) => (doc.slug ?? {}) as Partial<Record<Locale, string>>

/** Every public page: homes, lists, and each published document in each locale it is translated into. */
export async function sitemapPages(): Promise<SitemapPage[]> {
  const pages: SitemapPage[] = [
    { paths: Object.fromEntries(locales.map((l) => [l, getPathname({ locale: l, href: '/' })])) },
    { paths: Object.fromEntries(locales.map((l) => [l, getPathname({ locale: l, href: '/facts' })])) },
  ]
  for (const collection of Object.keys(documentRoutes) as RoutedCollection[]) {
    pages.push({ paths: Object.fromEntries(locales.map((l) => [l, listPath(collection, l)])) })
    const docs = await findPublicInAllLocales(collection, { limit: 0, sort: 'id' })
    for (const doc of docs) {
      const slugs = ownSlugs(doc)
      const paths = Object.fromEntries(
        locales.flatMap((l) => (slugs[l] ? [[l, documentPath(collection, slugs[l] as string, l)]] : [])),
      ) as Partial<Record<Locale, string>>
      if (Object.keys(paths).length === 0) continue
      pages.push({ paths, lastModified: doc.updatedAt as string | undefined })
    }
  }
  return pages
}
