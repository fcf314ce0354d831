import { notFound } from 'next/navigation'

import type { Locale } from './locales'
import { routing, type AppPathname } from './routing'

type Params = Record<string, string>

export type Href = AppPathname | { pathname: AppPathname; params?: Params }

/**
 * A public path in a locale from the pathnames of i18n/routing.ts: "/tr/haberler/bakude-…".
 * It gives the same result as next-intl's `createNavigation(routing).getPathname` (a unit test
 * compares them for every route and locale) without importing next-intl's navigation module,
 * whose client Link (with use-intl and next/link) would otherwise be bundled into every page:
 * 13 KB of gzipped JavaScript that no public page uses.
 */
export function getPathname({ locale, href }: { locale: Locale; href: Href }): string {
  const { pathname, params = {} } = typeof href === 'string' ? { pathname: href, params: {} as Params } : href
  const template = routing.pathnames[pathname] as string | Record<Locale, string>
  const localized = typeof template === 'string' ? template : template[locale]
  // A locale we do not have (a root path such as /favicon.ico lands in [locale]): not found.
  if (localized === undefined) notFound()
  const path = localized.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`getPathname: missing parameter "${name}" for ${pathname}`)
    return encodeURIComponent(value)
  })
  return path === '/' ? `/${locale}` : `/${locale}${path}`
}
