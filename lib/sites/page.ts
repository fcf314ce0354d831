import { notFound } from 'next/navigation'
import { cache } from 'react'

import { isLocale, type Locale } from '@/i18n/locales'
import { siteByKey, type Site } from '@/lib/sites'

/**
 * The site of a page being rendered (its internal path's first segment, set by proxy.ts from
 * the host), once per request; not found when there is no such site or the site does not
 * publish the locale (proxy.ts already answers those, this keeps the pages right on their own).
 */
export const pageSite = cache(async (key: string, locale: string): Promise<Site & { locale: Locale }> => {
  const site = await siteByKey(key)
  if (!site || !isLocale(locale) || !site.languages.includes(locale)) notFound()
  return { ...site, locale }
})
