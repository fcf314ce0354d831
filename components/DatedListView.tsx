import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { listQuery, type ListParams } from '@/lib/listParams'
import type { ContentListItem } from '@/lib/content/items'
import { ContentList } from './ContentList'
import { ListFilters } from './ListFilters'
import { Pagination } from './Pagination'

type Filter = Parameters<typeof ListFilters>[0]['filters'][number]

type Props = {
  locale: Locale
  /** The list's own path, without query string. */
  action: string
  query: ListParams
  title: string
  emptyText: string
  countries: { isoCode: string; name: string }[]
  years: number[]
  /** Filters before country and year (e.g. the kind of statement). */
  extraFilters?: Filter[]
  items: ContentListItem[]
  totalPages: number
}

/** A dated list (news, statements): heading, filters by country and year, items, pagination. */
export async function DatedListView({ locale, action, query, title, emptyText, countries, years, extraFilters = [], items, totalPages }: Props) {
  const t = await getTranslations({ locale, namespace: 'list' })
  return (
    <>
      <h1>{title}</h1>
      <ListFilters
        action={action}
        legend={t('filters')}
        submitLabel={t('apply')}
        filters={[
          ...extraFilters,
          {
            name: 'country',
            label: t('country'),
            allLabel: t('allCountries'),
            value: query.country,
            options: countries.map((c) => ({ value: c.isoCode, label: c.name })),
          },
          {
            name: 'year',
            label: t('year'),
            allLabel: t('allYears'),
            value: query.year?.toString(),
            options: years.map((y) => ({ value: String(y), label: String(y) })),
          },
        ]}
      />
      <ContentList locale={locale} headingLevel={2} emptyText={emptyText} items={items} />
      <Pagination
        page={query.page}
        totalPages={totalPages}
        hrefFor={(page) => `${action}${listQuery({ ...query, page })}`}
        labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), status: t('page', { page: query.page, pages: totalPages }) }}
      />
    </>
  )
}
