import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { parseListParams } from '@/lib/listParams'
import { NewsList } from '@/app/(frontend)/[locale]/news/list'
import { generateMetadata as newsMetadata } from '@/app/(frontend)/[locale]/news/page'
import { StatementsList } from '@/app/(frontend)/[locale]/statements/list'
import { generateMetadata as statementsMetadata } from '@/app/(frontend)/[locale]/statements/page'

/**
 * The first page of the news and statements lists, without filters, as a cached page: proxy.ts
 * rewrites "/en/news" and "/tr/aciklamalar" (no query string) here. Rendered on the first
 * request, then served from Next's cache (and the caching proxy's) until a change expires the
 * tags of its reads, like every document page. Filtered or later pages stay per request.
 */
type Props = { params: Promise<{ locale: Locale; collection: string }> }

const lists = { news: { List: NewsList, metadata: newsMetadata }, statements: { List: StatementsList, metadata: statementsMetadata } } as const

function listOf(collection: string) {
  return collection in lists ? lists[collection as keyof typeof lists] : null
}

export function generateStaticParams(): { collection: string }[] {
  return []
}

const noQuery = { searchParams: Promise.resolve({}) }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { collection } = await params
  const list = listOf(collection)
  return list ? list.metadata({ params: params as Promise<{ locale: Locale }>, ...noQuery }) : {}
}

export default async function CachedListPage({ params }: Props) {
  const { locale, collection } = await params
  const list = listOf(collection)
  const query = parseListParams({}, [])
  if (!list || !query) notFound()
  setRequestLocale(locale)
  return <list.List locale={locale} query={query} />
}
