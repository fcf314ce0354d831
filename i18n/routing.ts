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
  },
})

export type AppPathname = keyof typeof routing.pathnames
