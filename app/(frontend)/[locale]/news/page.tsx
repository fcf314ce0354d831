import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { feedPath } from '@/i18n/paths'
import { parseListParams } from '@/lib/listParams'
import { alternatesMetadata } from '@/lib/metadata'
import { NewsList, paths } from './list'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'nav' })
  return {
    title: t('news'),
    alternates: alternatesMetadata(paths()[locale], paths(), undefined, [{ url: feedPath('news', locale), title: `RSS: ${t('news')}` }]),
  }
}

export default async function NewsListPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = parseListParams(await searchParams, ['page', 'country', 'year'])
  if (!query) notFound()
  return <NewsList locale={locale} query={query} />
}
