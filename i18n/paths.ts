import { getPathname } from './navigation'
import type { Locale } from './locales'

/** Collections that have public pages, and the route of their list and of one document. */
export const documentRoutes = {
  news: { list: '/news', item: '/news/[slug]' },
  statements: { list: '/statements', item: '/statements/[slug]' },
  programmes: { list: '/programmes', item: '/programmes/[slug]' },
  countries: { list: '/countries', item: '/countries/[slug]' },
} as const

export type RoutedCollection = keyof typeof documentRoutes

/** "/tr/haberler/bakude-yuvarlak-masa": the only way pages build a document's URL. */
export function documentPath(collection: RoutedCollection, slug: string, locale: Locale): string {
  return getPathname({ locale, href: { pathname: documentRoutes[collection].item, params: { slug } } })
}

/** "/tr/haberler": the list a document belongs to. */
export function listPath(collection: RoutedCollection, locale: Locale): string {
  return getPathname({ locale, href: documentRoutes[collection].list })
}

/** "/tr/haberler/rss": the RSS 2.0 feed of news or statements in a locale. */
export function feedPath(collection: 'news' | 'statements', locale: Locale, country?: string): string {
  const path = getPathname({ locale, href: collection === 'news' ? '/news/rss' : '/statements/rss' })
  return country ? `${path}?country=${encodeURIComponent(country)}` : path
}
