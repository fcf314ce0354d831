import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

/**
 * Locale routing for the public site only: "/" redirects by Accept-Language, every page lives
 * under /{locale}. The admin (/admin), the REST API (/api), Next's assets and any file with an
 * extension never pass through here.
 */
export default createMiddleware(routing)

export const config = {
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
