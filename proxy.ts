import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { defaultLocale, isLocale, locales, segmentFor } from '@/i18n/locales'
import { datedCollections } from '@/i18n/paths'
import { routing } from '@/i18n/routing'

const localeRouting = createMiddleware(routing)

/**
 * "/en/news" and "/tr/aciklamalar" without a query string: the cached first page of the list
 * (app/(frontend)/[locale]/lists/[collection]). With filters or a page number, the list renders
 * per request as before.
 */
const cachedLists = new Map<string, string>(locales.flatMap((locale) => datedCollections.map((list) => [`/${locale}/${segmentFor(list, locale)}`, `/${locale}/lists/${list}`])))

/**
 * Locale routing for the public site: "/" redirects by Accept-Language, every page lives under
 * /{locale}. The APIs (/api) pass through here only for the address check below; the admin,
 * Next's assets and files with an extension never do (see `matcher`).
 */
export default function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding ("/en/news/%E0%A4%A") would crash the page
  // renderer with a 500: answer it here as the client error it is.
  let decoded: string
  try {
    decoded = decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: the address contains malformed percent-encoding. / Hatalı istek: adres bozuk yüzde kodlaması içeriyor.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next()
  // No page has a "%" in its address ("/en/news/100%25"), and the locale routing would fail on
  // one with a 500: show the localized not-found page instead.
  if (decoded.includes('%')) {
    const [, first] = decoded.split('/')
    const locale = isLocale(first) ? first : defaultLocale
    return NextResponse.rewrite(new URL(`/${locale}/not-found`, request.url))
  }
  const cachedList = request.nextUrl.search === '' ? cachedLists.get(decoded) : undefined
  if (cachedList) return NextResponse.rewrite(new URL(cachedList, request.url))
  return localeRouting(request)
}

export const config = {
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)', '/api/:path*'],
}
