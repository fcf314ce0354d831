import { intlLocale, type Locale } from '@/i18n/locales'
import { absoluteUrl } from './metadata'

/** The publisher: the agency's country offices, as schema.org Organization. */
export function organization(name: string, locale: Locale) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name,
    url: absoluteUrl(`/${locale}`),
    logo: absoluteUrl('/og-default.png'),
  }
}

type ArticleArgs = {
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
export function newsArticle({ headline, description, path, datePublished, dateModified, locale, publisher, image, author }: ArticleArgs) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    ...(description ? { description } : {}),
    mainEntityOfPage: absoluteUrl(path),
    datePublished,
    dateModified: dateModified ?? datePublished,
    inLanguage: intlLocale(locale),
    image: [image ? absoluteUrl(image) : absoluteUrl('/og-default.png')],
    author: author ? { '@type': 'Person', name: author } : { '@type': 'Organization', name: publisher },
    publisher: { '@type': 'Organization', name: publisher, logo: { '@type': 'ImageObject', url: absoluteUrl('/og-default.png') } },
  }
}
