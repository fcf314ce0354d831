import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { parseListParams } from '@/lib/listParams'
import { DatedList, datedListMetadata, isDatedList } from '@/app/(frontend)/[locale]/lists/datedList'

/**
 * The first page of the news and statements lists, without filters, as a cached page: proxy.ts
 * rewrites "/en/news" and "/tr/aciklamalar" (no query string) here. Rendered on the first
 * request, then served from Next's cache (and the caching proxy's) until a change expires the
 * tags of its reads, like every document page. Filtered or later pages stay per request.
 */
type Props = { params: Promise<{ locale: Locale; collection: string }> }

export function generateStaticParams(): { collection: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, collection } = await params
  return isDatedList(collection) ? datedListMetadata(collection, locale) : {}
}

export default async function CachedListPage({ params }: Props) {
  const { locale, collection } = await params
  const query = parseListParams({}, [])
  if (!isDatedList(collection) || !query) notFound()
  setRequestLocale(locale)
  return <DatedList collection={collection} locale={locale} query={query} />
}
