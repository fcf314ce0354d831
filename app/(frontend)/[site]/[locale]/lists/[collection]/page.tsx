import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { parseListParams } from '@/lib/listParams'
import { DatedList, datedListMetadata, isDatedList } from '@/app/(frontend)/[site]/[locale]/lists/datedList'
import { pageSite } from '@/lib/sites/page'

/**
 * The first page of the news and statements lists, without filters, as a cached page: proxy.ts
 * rewrites "/en/news" and "/tr/aciklamalar" (no query string) here. Rendered on the first
 * request, then served from Next's cache (and the caching proxy's) until a change expires the
 * tags of its reads, like every document page. Filtered or later pages stay per request.
 */
type Props = { params: Promise<{ site: string; locale: Locale; collection: string }> }

export function generateStaticParams(): { collection: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: siteKey, locale, collection } = await params
  const site = await pageSite(siteKey, locale)
  return isDatedList(collection) ? datedListMetadata(collection, site, locale) : {}
}

export default async function CachedListPage({ params }: Props) {
  const { site: siteKey, locale, collection } = await params
  const site = await pageSite(siteKey, locale)
  const query = parseListParams({}, [])
  if (!isDatedList(collection) || !query) notFound()
  setRequestLocale(locale)
  return <DatedList collection={collection} site={site} locale={locale} query={query} />
}
