import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { feedPath } from '@/i18n/paths'
import { parseListParams } from '@/lib/listParams'
import { alternatesMetadata } from '@/lib/metadata'
import { StatementsList, paths } from './list'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'statements' })
  return {
    title: t('title'),
    alternates: alternatesMetadata(paths()[locale], paths(), undefined, [{ url: feedPath('statements', locale), title: `RSS: ${t('title')}` }]),
  }
}

export default async function StatementsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = parseListParams(await searchParams, ['page', 'country', 'year', 'kind'])
  if (!query) notFound()
  return <StatementsList locale={locale} query={query} />
}
