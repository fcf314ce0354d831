import { defineRouting } from 'next-intl/routing'

import { defaultLocale, localizedPath, locales } from './locales'

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
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
