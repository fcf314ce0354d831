import { intlLocale, type Locale } from '@/i18n/locales'
import { absoluteUrl } from './metadata'
import type { Site } from './sites/directory'

/** The publisher: the agency's country offices, as schema.org Organization. */
export function organization(site: Pick<Site, 'origin'>, name: string, locale: Locale) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name,
    url: absoluteUrl(site, `/${locale}`),
    logo: absoluteUrl(site, '/og-default.png'),
  }
}

type ArticleArgs = {
  site: Pick<Site, 'origin'>
  headline: string
  description?: string | null
  path: string
  datePublished: string
  dateModified?: string | null
  locale: Locale
  publisher: string
  image?: string | null
  author?: string | null
}

/** A news item or a statement as schema.org NewsArticle. */
export function newsArticle({ site, headline, description, path, datePublished, dateModified, locale, publisher, image, author }: ArticleArgs) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    ...(description ? { description } : {}),
    mainEntityOfPage: absoluteUrl(site, path),
    datePublished,
    dateModified: dateModified ?? datePublished,
    inLanguage: intlLocale(locale),
    image: [image ? absoluteUrl(site, image) : absoluteUrl(site, '/og-default.png')],
    author: author ? { '@type': 'Person', name: author } : { '@type': 'Organization', name: publisher },
    publisher: { '@type': 'Organization', name: publisher, logo: { '@type': 'ImageObject', url: absoluteUrl(site, '/og-default.png') } },
  }
}

/** A page's breadcrumb trail as schema.org BreadcrumbList (search engines show it under the result). */
export function breadcrumbList(site: Pick<Site, 'origin'>, crumbs: { href: string; label: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.label, item: absoluteUrl(site, crumb.href) })),
  }
}
