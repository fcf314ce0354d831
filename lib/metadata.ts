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

/** An image as shares show it: a site path, its size and its text alternative. */
export type ShareImage = { src: string; width?: number | null; height?: number | null; alt?: string | null }

/** A populated media document as a share image, in its hero size when it has one. */
export function shareImage(media: unknown): ShareImage | null {
  if (!media || typeof media !== 'object') return null
  const doc = media as {
    url?: string | null
    width?: number | null
    height?: number | null
    alt?: string | null
    sizes?: { hero?: { url?: string | null; width?: number | null; height?: number | null } }
  }
  const size = doc.sizes?.hero?.url ? doc.sizes.hero : doc
  const src = mediaPath(size.url)
  return src ? { src, width: size.width ?? null, height: size.height ?? null, alt: doc.alt ?? null } : null
}

type SocialArgs = {
  site: Pick<Site, 'origin'>
  title: string
  description?: string | null
  path: string
  locale: Locale
  image?: string | ShareImage | null
  type?: 'website' | 'article'
}

/** Open Graph and Twitter card: the page's own image (with its size and alt text), or the generated default. */
export function socialMetadata({ site, title, description, path, locale, image, type = 'website' }: SocialArgs): Pick<Metadata, 'openGraph' | 'twitter'> {
  const own = typeof image === 'string' ? { src: image } : (image ?? null)
  const picture = own
    ? { url: absoluteUrl(site, own.src), ...(own.width && own.height ? { width: own.width, height: own.height } : {}), ...(own.alt ? { alt: own.alt } : {}) }
    : { url: absoluteUrl(site, '/og-default.png'), width: 1200, height: 630 }
  return {
    openGraph: { type, title, description: description ?? undefined, url: absoluteUrl(site, path), locale: intlLocale(locale).replace('-', '_'), images: [picture] },
    twitter: {
      card: 'summary_large_image',
      title,
      description: description ?? undefined,
      images: [{ url: picture.url, ...('alt' in picture && picture.alt ? { alt: picture.alt } : {}) }],
    },
  }
}

type DocumentArgs = Omit<SocialArgs, 'image'> & { meta: { title?: string; description?: string; image?: unknown }; image?: ShareImage | null }

/**
 * A document page's title, description and share tags: the SEO fields the officer wrote in this
 * language (lib/seo/plugin.ts), else the document's own headline, summary and image.
 */
export function documentMetadata({ meta, title, description, image, ...rest }: DocumentArgs): Pick<Metadata, 'title' | 'description' | 'openGraph' | 'twitter'> {
  const shownTitle = meta.title ?? title
  const shownDescription = meta.description ?? description ?? undefined
  return {
    title: shownTitle,
    description: shownDescription,
    ...socialMetadata({ ...rest, title: shownTitle, description: shownDescription, image: shareImage(meta.image) ?? image ?? null }),
  }
}

/** A page that is not one document's (a list, search, facts): its title and description, and share tags with the default image. */
export function pageMetadata(args: Omit<SocialArgs, 'image' | 'type'>): Pick<Metadata, 'title' | 'description' | 'openGraph' | 'twitter'> {
  return { title: args.title, description: args.description ?? undefined, ...socialMetadata(args) }
}
