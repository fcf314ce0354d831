import type { Metadata } from 'next'

import { defaultLocale, intlLocale, type Locale } from '@/i18n/locales'
import type { Site } from '@/lib/sites/directory'
import { getEnv } from './env'

/** What URLs are built on: a site's address (and its languages, for hreflang). */
export type SiteAddress = Pick<Site, 'origin' | 'languages' | 'defaultLanguage'>

/** Absolute URL of a path on a site's own address (lib/sites: every URL a site emits). */
export function absoluteUrl(site: Pick<Site, 'origin'>, path: string): string {
  return `${site.origin}${path}`
}

/** Absolute URL on the platform's one address (SERVER_URL): the APIs and the admin. */
export function apiUrl(path: string): string {
  return `${getEnv().SERVER_URL}${path}`
}

/**
 * Canonical and hreflang alternates (with x-default = the default language) for a page whose
 * URL in each locale is known; `translatedIn` limits hreflang to real translations.
 */
export function alternatesMetadata(
  site: SiteAddress,
  canonical: string,
  pathByLocale: Record<Locale, string>,
  translatedIn: readonly Locale[] = site.languages,
  feeds: { url: string; title: string }[] = [],
): Metadata['alternates'] {
  const languages: Record<string, string> = {}
  // Only the site's languages: another language of the platform is not served on this site.
  for (const locale of translatedIn) if (site.languages.includes(locale)) languages[locale] = absoluteUrl(site, pathByLocale[locale])
  const xDefault = site.languages.includes(defaultLocale) ? defaultLocale : site.defaultLanguage
  languages['x-default'] = absoluteUrl(site, pathByLocale[xDefault])
  const types = feeds.length > 0 ? { 'application/rss+xml': feeds.map((feed) => ({ url: absoluteUrl(site, feed.url), title: feed.title })) } : undefined
  return { canonical: absoluteUrl(site, canonical), languages, types }
}

/** The site path of a Payload media URL (absolute when serverURL is set), for next/image and OG. */
export function mediaPath(url: string | null | undefined): string | null {
  if (!url) return null
  return url.startsWith('http') ? new URL(url).pathname : url
}

type SocialArgs = { site: Pick<Site, 'origin'>; title: string; description?: string | null; path: string; locale: Locale; image?: string | null; type?: 'website' | 'article' }

/** Open Graph and Twitter card: the page's own image, or the generated default. */
export function socialMetadata({ site, title, description, path, locale, image, type = 'website' }: SocialArgs): Pick<Metadata, 'openGraph' | 'twitter'> {
  const images = [{ url: absoluteUrl(site, image ?? '/og-default.png'), ...(image ? {} : { width: 1200, height: 630 }) }]
  return {
    openGraph: { type, title, description: description ?? undefined, url: absoluteUrl(site, path), locale: intlLocale(locale).replace('-', '_'), images },
    twitter: { card: 'summary_large_image', title, description: description ?? undefined, images: images.map((i) => i.url) },
  }
}
