import type { Metadata } from 'next'

import { defaultLocale, locales, type Locale } from '../i18n/locales'
import { getEnv } from './env'

/** Absolute URL of a site path, on SERVER_URL. */
export function absoluteUrl(path: string): string {
  return `${getEnv().SERVER_URL}${path}`
}

/**
 * Canonical and hreflang alternates (with x-default = the default language) for a page whose
 * URL in each locale is known; `translatedIn` limits hreflang to real translations.
 */
export function alternatesMetadata(
  canonical: string,
  pathByLocale: Record<Locale, string>,
  translatedIn: readonly Locale[] = locales,
  feeds: { url: string; title: string }[] = [],
): Metadata['alternates'] {
  const languages: Record<string, string> = {}
  for (const locale of translatedIn) languages[locale] = absoluteUrl(pathByLocale[locale])
  languages['x-default'] = absoluteUrl(pathByLocale[defaultLocale])
  const types = feeds.length > 0 ? { 'application/rss+xml': feeds.map((feed) => ({ url: absoluteUrl(feed.url), title: feed.title })) } : undefined
  return { canonical: absoluteUrl(canonical), languages, types }
}
