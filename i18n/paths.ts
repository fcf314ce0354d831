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

/** The collections that have public pages, in the site's order (the header's sections): the one list of them. */
export const routedCollections = Object.keys(documentRoutes) as readonly RoutedCollection[]

/** The routed collections listed by date: each has an RSS feed, year filters and a cached first page of its list (proxy.ts). */
export const datedCollections = ['news', 'statements'] as const satisfies readonly RoutedCollection[]

export type DatedCollection = (typeof datedCollections)[number]

/** "/tr/haberler/bakude-yuvarlak-masa": the only way pages build a document's URL. */
export function documentPath(collection: RoutedCollection, slug: string, locale: Locale): string {
  return getPathname({ locale, href: { pathname: documentRoutes[collection].item, params: { slug } } })
}

/** "/tr/haberler": the list a document belongs to. */
export function listPath(collection: RoutedCollection, locale: Locale): string {
  return getPathname({ locale, href: documentRoutes[collection].list })
}

/** "/tr/haberler/rss": the RSS 2.0 feed of news or statements in a locale. */
export function feedPath(collection: DatedCollection, locale: Locale, country?: string): string {
  const path = getPathname({ locale, href: collection === 'news' ? '/news/rss' : '/statements/rss' })
  return country ? `${path}?country=${encodeURIComponent(country)}` : path
}
