import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { isLocale, locales, segmentFor, type Locale } from '@/i18n/locales'
import { datedCollections } from '@/i18n/paths'
import { routing } from '@/i18n/routing'
import { siteByKey, siteForHost, type Site } from '@/lib/sites/directory'
import { draftModeCookie, previewSiteCookie } from '@/lib/sites/preview'
import { requestHost } from '@/lib/sites/hosts.mjs'

/**
 * "/en/news" and "/tr/aciklamalar" without a query string: the cached first page of the list
 * (app/(frontend)/[site]/[locale]/lists/[collection]). With filters or a page number, the list renders
 * per request as before.
 */
const cachedLists = new Map<string, string>(locales.flatMap((locale) => datedCollections.map((list) => [`/${locale}/${segmentFor(list, locale)}`, `/${locale}/lists/${list}`])))

/** next-intl's routing for one site's languages (one middleware per distinct set, kept). */
const routers = new Map<string, ReturnType<typeof createMiddleware>>()
function localeRouting(site: Site) {
  const id = `${site.defaultLanguage}|${site.languages.join(',')}`
  let router = routers.get(id)
  if (!router) {
    router = createMiddleware({ ...routing, locales: site.languages as Locale[], defaultLocale: site.defaultLanguage } as unknown as typeof routing)
    routers.set(id, router)
  }
  return router
}

/** The site's own files at the root of its address: robots.txt, its sitemap index and children. */
const siteFiles = /^\/(?:robots\.txt|sitemap\.xml|sitemaps\/[^/]+)$/

const plain = (status: number, text: string) => new NextResponse(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

/** Serves `path` (a path inside the site) from the site's internal tree, app/(frontend)/[site]/. */
function inSite(site: Site, request: NextRequest, path: string, response?: NextResponse): NextResponse {
  const target = new URL(`/${site.key}${path}`, request.url)
  target.search = request.nextUrl.search
  const out = NextResponse.rewrite(target)
  // Keep what the locale routing told Next about the request (its locale header).
  response?.headers.forEach((value, name) => {
    if (name !== 'x-middleware-next' && name !== 'x-middleware-rewrite') out.headers.set(name, value)
  })
  return out
}

/**
 * Every public request is for one site, picked by its host (lib/sites/directory.ts; Sites in the
 * admin): an unknown host is a plain 404 that no cache keeps. Within the site, locale routing
 * over the site's own languages: "/" redirects by Accept-Language among them, every page lives
 * under /{locale}, and another language of the platform is not found here. The APIs (/api)
 * pass through here only for the address check below; the admin, Next's assets and files with
 * an extension never do (see `matcher`), except the site's robots.txt and sitemaps.
 */
export default async function proxy(request: NextRequest) {
  // A path that is not valid percent-encoding ("/en/news/%E0%A4%A") would crash the page
  // renderer with a 500: answer it here as the client error it is.
  let decoded: string
  try {
    decoded = decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return plain(400, 'Bad request: the address contains malformed percent-encoding. / Hatalı istek: adres bozuk yüzde kodlaması içeriyor.')
  }
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next()
  const previewing = request.cookies.has(draftModeCookie) ? request.cookies.get(previewSiteCookie)?.value : undefined
  // Staff previewing on the admin's address see the document's own site (lib/sites/preview.ts).
  const site = (previewing ? await siteByKey(previewing) : undefined) ?? (await siteForHost(requestHost(request.headers)))
  if (!site) return plain(404, 'No such site: this address is not one of the platform’s sites. / Böyle bir site yok.')
  if (siteFiles.test(request.nextUrl.pathname)) return inSite(site, request, request.nextUrl.pathname)
  const [, first] = decoded.split('/')
  // No page has a "%" in its address ("/en/news/100%25"), and the locale routing would fail on
  // one with a 500; another language of the platform is not this site's. Both: the localized
  // not-found page.
  if (decoded.includes('%') || (isLocale(first) && !site.languages.includes(first))) {
    const locale = isLocale(first) && site.languages.includes(first) ? first : site.defaultLanguage
    return inSite(site, request, `/${locale}/not-found`)
  }
  const cachedList = request.nextUrl.search === '' ? cachedLists.get(decoded) : undefined
  if (cachedList) return inSite(site, request, cachedList)
  const response = localeRouting(site)(request)
  if (response.headers.has('location')) return response
  const rewrite = response.headers.get('x-middleware-rewrite')
  return inSite(site, request, rewrite ? new URL(rewrite).pathname : request.nextUrl.pathname, response)
}

export const config = {
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)', '/api/:path*', '/robots.txt', '/sitemap.xml', '/sitemaps/:path*'],
}
