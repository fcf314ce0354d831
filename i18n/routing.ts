import { defineRouting } from 'next-intl/routing'

import { defaultLocale, localizedPath, locales } from './locales'

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // No NEXT_LOCALE cookie: every address names its language, "/" follows Accept-Language, and
  // responses without Set-Cookie can be shared by the caching proxy.
  localeCookie: false,
  // No `Link: …; rel="alternate"` header: next-intl builds it from the request's Host and
  // X-Forwarded-Host, so one crafted request would have put another site's addresses into a
  // page kept for a year by the caches, and from the route's template, which gives an article
  // the same slug in both languages. The pages name their translations in <head> (hreflang,
  // lib/metadata.ts, from SERVER_URL and each language's own slug).
  alternateLinks: false,
  pathnames: {
    '/': '/',
    '/news': localizedPath('news'),
    '/news/[slug]': localizedPath('news', '/[slug]'),
    '/news/rss': localizedPath('news', '/rss'),
    '/statements': localizedPath('statements'),
    '/statements/[slug]': localizedPath('statements', '/[slug]'),
    '/statements/rss': localizedPath('statements', '/rss'),
    '/programmes': localizedPath('programmes'),
    '/programmes/[slug]': localizedPath('programmes', '/[slug]'),
    '/countries': localizedPath('countries'),
    '/countries/[slug]': localizedPath('countries', '/[slug]'),
    '/facts': localizedPath('facts'),
    '/search': localizedPath('search'),
  },
})

export type AppPathname = keyof typeof routing.pathnames
