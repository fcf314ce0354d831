/**
 * The one list of locales. Payload (content + admin languages), next-intl routing, the
 * sitemap, feeds, the API's `lang` parameter and the tests all read it from here.
 * Adding a locale is one line in `locales` plus its messages/<code>.json; then
 * `npm run generate:types`, and the type check points at each text kept per locale
 * (PerLocale, i18n/localized.ts: the messages' import in i18n/messages.ts, the refusals, admin
 * descriptions and labels) until the new language's is written. tests/int/add-locale.test.ts
 * does this in a throwaway copy. Route segments fall back to English until translated in
 * `segmentNames`.
 */
export const locales = ['en', 'tr', 'az'] as const

export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'en'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** BCP 47 tag used with Intl: British English gives "28 July 2022", as the agency writes it. */
const intlTags: Partial<Record<Locale, string>> = { en: 'en-GB' }

export function intlLocale(locale: Locale): string {
  return intlTags[locale] ?? locale
}

/** A locale's own name for itself ("Türkçe"), for the switcher and the admin. */
export function localeLabel(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
}

/** Route segments per locale; a missing translation uses the English segment. */
const segmentNames = {
  news: { tr: 'haberler', az: 'xeberler' },
  statements: { tr: 'aciklamalar', az: 'beyanatlar' },
  programmes: { tr: 'programlar', az: 'proqramlar' },
  countries: { tr: 'ulkeler', az: 'olkeler' },
  facts: { tr: 'rakamlar', az: 'reqemler' },
  search: { tr: 'arama', az: 'axtaris' },
} satisfies Record<string, Partial<Record<Locale, string>>>

export type Segment = keyof typeof segmentNames

export function segmentFor(segment: Segment, locale: Locale): string {
  const names: Partial<Record<Locale, string>> = segmentNames[segment]
  return names[locale] ?? segment
}

/** next-intl `pathnames` for one internal route, e.g. localizedPath('news', '/[slug]'). */
export function localizedPath(segment: Segment, rest = ''): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, `/${segmentFor(segment, locale)}${rest}`])) as Record<Locale, string>
}

/** A language's name in the reader's language ("İngilizce" for `en` on a Turkish page). */
export function languageName(locale: Locale, inLocale: Locale): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(locale) ?? locale
}

/**
 * First segments a top-level page may not take, in any language: every list's name in every
 * language (a page "haberler" would never be reached), the locale codes and the site's own
 * routes (lists, not-found pages, feeds, sitemaps: app/(frontend)/[site]/[locale]).
 */
export function reservedTopSegments(): Set<string> {
  const names = Object.entries(segmentNames).flatMap(([segment, perLocale]) => [segment, ...Object.values(perLocale as Record<string, string>)])
  return new Set([...names, ...locales, 'lists', 'not-found', 'page-not-found', 'page-error', 'rss', 'sitemaps', 'sitemap.xml', 'robots.txt', 'api', 'admin', 'next'])
}
