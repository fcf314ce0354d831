import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { DatedListView } from '@/components/DatedListView'
import { LanguageLinks } from '@/components/LanguageLinks'
import { locales, type Locale } from '@/i18n/locales'
import { listPath } from '@/i18n/paths'
import { listCountries, listNews, yearsWithContent } from '@/lib/content/lists'
import { newsItems } from '@/lib/content/toListItems'
import type { ListParams } from '@/lib/listParams'

/** The list's address in each language. */
export const paths = () => Object.fromEntries(locales.map((l) => [l, listPath('news', l)])) as Record<Locale, string>

/**
 * The list itself. Without query parameters the address is rewritten (proxy.ts) to the cached
 * copy of this list (app/(frontend)/[locale]/lists/[collection]), which renders it with the
 * default query; with parameters this page renders it per request.
 */
export async function NewsList({ locale, query }: { locale: Locale; query: ListParams }) {
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
