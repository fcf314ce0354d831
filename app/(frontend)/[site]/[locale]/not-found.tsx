import { getLocale } from 'next-intl/server'

import { NotFoundContent } from '@/components/NotFoundContent'
import { isLocale, defaultLocale } from '@/i18n/locales'

/**
 * The localized 404 inside the site's layout (unknown slug, bad list parameters). Next 16.3+
 * sends it as an empty error shell that React fills in the browser (vercel/next.js#62228), so
 * server.mjs replaces that shell with the server-rendered ./page-not-found page.
 */
export default async function NotFound() {
  const requested = await getLocale()
  return <NotFoundContent locale={isLocale(requested) ? requested : defaultLocale} />
}
