import { notFound } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { notFoundOrRedirect } from '@/lib/content/redirects'
import { pageSite } from '@/lib/sites/page'

type Props = { params: Promise<{ site: string; locale: Locale; rest: string[] }> }

/**
 * Any other path under a locale: a redirect kept in the admin (an address of the agency's old
 * sites, lib/redirects/plugin.ts) answers 308, else the localized not-found page inside the
 * site's layout. proxy.ts's own rewrite to `/{locale}/not-found` is never looked up.
 */
export default async function UnknownPage({ params }: Props) {
  const { site: siteKey, locale, rest } = await params
  if (rest.length === 1 && rest[0] === 'not-found') notFound()
  return notFoundOrRedirect(await pageSite(siteKey, locale), locale, `/${locale}/${rest.map(encodeURIComponent).join('/')}`)
}
