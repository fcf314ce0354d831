import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { statementKinds } from '@/collections/Statements/kinds'
import { DatedListView } from '@/components/DatedListView'
import { LanguageLinks } from '@/components/LanguageLinks'
import { locales, type Locale } from '@/i18n/locales'
import { listPath } from '@/i18n/paths'
import { listCountries, listStatements, yearsWithContent } from '@/lib/content/lists'
import { statementItems } from '@/lib/content/toListItems'
import type { ListParams } from '@/lib/listParams'

/** The list's address in each language. */
export const paths = () => Object.fromEntries(locales.map((l) => [l, listPath('statements', l)])) as Record<Locale, string>

/**
 * The list itself. Without query parameters the address is rewritten (proxy.ts) to the cached
 * copy of this list (app/(frontend)/[locale]/lists/[collection]), which renders it with the
 * default query; with parameters this page renders it per request.
 */
export async function StatementsList({ locale, query }: { locale: Locale; query: ListParams }) {
  const [result, countries, years] = await Promise.all([listStatements(locale, query), listCountries(locale), yearsWithContent('statements', locale)])
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
