import type { Metadata } from 'next'

import { defaultLocale, intlLocale, locales, type Locale } from '@/i18n/locales'
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

/** The site path of a Payload media URL (absolute when serverURL is set), for next/image and OG. */
export function mediaPath(url: string | null | undefined): string | null {
  if (!url) return null
  return url.startsWith('http') ? new URL(url).pathname : url
}

type SocialArgs = { title: string; description?: string | null; path: string; locale: Locale; image?: string | null; type?: 'website' | 'article' }

/** Open Graph and Twitter card: the page's own image, or the generated default. */
export function socialMetadata({ title, description, path, locale, image, type = 'website' }: SocialArgs): Pick<Metadata, 'openGraph' | 'twitter'> {
  const images = [{ url: absoluteUrl(image ?? '/og-default.png'), ...(image ? {} : { width: 1200, height: 630 }) }]
  return {
    openGraph: { type, title, description: description ?? undefined, url: absoluteUrl(path), locale: intlLocale(locale).replace('-', '_'), images },
    twitter: { card: 'summary_large_image', title, description: description ?? undefined, images: images.map((i) => i.url) },
  }
}
