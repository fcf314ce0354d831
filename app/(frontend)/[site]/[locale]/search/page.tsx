import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { LanguageLinks } from '@/components/LanguageLinks'
import { Pagination } from '@/components/Pagination'
import { SearchForm } from '@/components/SearchForm'
import { SearchResults } from '@/components/SearchResults'
import { getPathname } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'
import { searchPageSize, searchSite } from '@/lib/content/search'
import { parseSearchParams, type SearchQuery } from '@/lib/listParams'
import { alternatesMetadata, pageMetadata } from '@/lib/metadata'
import { searchedCollections } from '@/lib/search/types'
import { pageSite } from '@/lib/sites/page'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ site: string; locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

function searchHref(locale: Locale, query: Partial<SearchQuery>): string {
  const entries = Object.entries({ q: query.q || undefined, type: query.type, page: query.page && query.page > 1 ? query.page : undefined }).filter(
    (entry): entry is [string, string | number] => entry[1] !== undefined,
  )
  const path = getPathname({ locale, href: '/search' })
  return entries.length ? `${path}?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}` : path
}

const paths = (query: Partial<SearchQuery> = {}) => Object.fromEntries(locales.map((l) => [l, searchHref(l, query)])) as Record<Locale, string>

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { site: siteKey, locale } = await params
  const site = await pageSite(siteKey, locale)
  const query = parseSearchParams(await searchParams)
  const t = await getTranslations({ locale })
  return {
    ...pageMetadata({
      site,
      title: query?.q ? t('search.titleFor', { query: query.q }) : t('search.title'),
      description: t('home.metaDescription'),
      path: paths()[locale],
      locale,
    }),
    alternates: alternatesMetadata(site, paths()[locale], paths()),
    // Result pages are for readers, not for search engines.
    robots: query?.q ? { index: false, follow: true } : undefined,
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { site: siteKey, locale } = await params
  const site = await pageSite(siteKey, locale)
  setRequestLocale(locale)
  const query = parseSearchParams(await searchParams)
  if (!query) notFound()
  const result = await searchSite(site, locale, query)
  if (query.page > Math.max(result.totalPages, 1)) notFound()
  const t = await getTranslations({ locale })
  const typeLabel = (type: (typeof searchedCollections)[number]) => t(`search.types.${type}`)

  return (
    <>
      <LanguageLinks current={locale} languages={site.languages} hrefs={paths(query)} label={t('site.languageSwitcher')} />
      <h1>{t('search.title')}</h1>
      <SearchForm action={getPathname({ locale, href: '/search' })} label={t('search.label')} submitLabel={t('search.submit')} value={query.q}>
        <label className="search-form__type">
          <span>{t('search.type')}</span>
          <select name="type" defaultValue={query.type ?? ''}>
            <option value="">{t('search.allTypes')}</option>
            {searchedCollections.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        </label>
      </SearchForm>
      {query.q === '' ? (
        <p>{t('search.prompt')}</p>
      ) : (
        <section aria-labelledby="search-status">
          <p id="search-status" className="search-status" role="status">
            {result.total > 0 ? t('search.results', { count: result.total, query: query.q }) : t('search.none', { query: query.q })}
          </p>
          {result.total > 0 ? (
            <SearchResults
              locale={locale}
              terms={result.terms}
              start={(query.page - 1) * searchPageSize + 1}
              items={result.hits.map((hit) => ({ ...hit, kind: typeLabel(hit.collection) }))}
            />
          ) : null}
          <Pagination
            page={query.page}
            totalPages={result.totalPages}
            hrefFor={(page) => searchHref(locale, { ...query, page })}
            labels={{ nav: t('list.pagination'), previous: t('list.previous'), next: t('list.next'), status: t('list.page', { page: query.page, pages: result.totalPages }) }}
          />
        </section>
      )}
    </>
  )
}
