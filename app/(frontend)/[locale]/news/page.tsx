import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { DatedListView } from '../../../../components/DatedListView'
import { LanguageLinks } from '../../../../components/LanguageLinks'
import { locales, type Locale } from '../../../../i18n/locales'
import { feedPath, listPath } from '../../../../i18n/paths'
import { listCountries, listNews, yearsWithContent } from '../../../../lib/content/lists'
import { newsItems } from '../../../../lib/content/toListItems'
import { parseListParams } from '../../../../lib/listParams'
import { alternatesMetadata } from '../../../../lib/metadata'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const paths = () => Object.fromEntries(locales.map((l) => [l, listPath('news', l)])) as Record<Locale, string>

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
  const [result, countries, years] = await Promise.all([listNews(locale, query), listCountries(locale), yearsWithContent('news', locale)])
  if (query.page > Math.max(result.totalPages, 1)) notFound()
  const t = await getTranslations({ locale })

  return (
    <>
      <LanguageLinks current={locale} hrefs={paths()} label={t('site.languageSwitcher')} />
      <DatedListView
        locale={locale}
        action={listPath('news', locale)}
        query={query}
        title={t('nav.news')}
        emptyText={t('home.empty')}
        countries={countries}
        years={years}
        items={newsItems(result.docs, locale)}
        totalPages={result.totalPages}
      />
    </>
  )
}
