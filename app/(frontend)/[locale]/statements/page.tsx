import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { statementKinds } from '../../../../collections/Statements'
import { DatedListView } from '../../../../components/DatedListView'
import { LanguageLinks } from '../../../../components/LanguageLinks'
import { locales, type Locale } from '../../../../i18n/locales'
import { feedPath, listPath } from '../../../../i18n/paths'
import { listCountries, listStatements, yearsWithContent } from '../../../../lib/content/lists'
import { statementItems } from '../../../../lib/content/toListItems'
import { parseListParams } from '../../../../lib/listParams'
import { alternatesMetadata } from '../../../../lib/metadata'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const paths = () => Object.fromEntries(locales.map((l) => [l, listPath('statements', l)])) as Record<Locale, string>

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
  const [result, countries, years] = await Promise.all([
    listStatements(locale, query),
    listCountries(locale),
    yearsWithContent('statements', locale),
  ])
  if (query.page > Math.max(result.totalPages, 1)) notFound()
  const t = await getTranslations({ locale })

  return (
    <>
      <LanguageLinks current={locale} hrefs={paths()} label={t('site.languageSwitcher')} />
      <DatedListView
        locale={locale}
        action={listPath('statements', locale)}
        query={query}
        title={t('statements.title')}
        emptyText={t('statements.empty')}
        countries={countries}
        years={years}
        extraFilters={[
          {
            name: 'kind',
            label: t('list.kindLabel'),
            allLabel: t('list.allKinds'),
            value: query.kind,
            options: statementKinds.map((kind) => ({ value: kind, label: t(`statements.kind.${kind}`) })),
          },
        ]}
        items={statementItems(result.docs, locale, (kind) => t(`statements.kind.${kind}`))}
        totalPages={result.totalPages}
      />
    </>
  )
}
