import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { statementKinds } from '@/collections/Statements/kinds'
import { DatedListView } from '@/components/DatedListView'
import { LanguageLinks } from '@/components/LanguageLinks'
import { type Locale } from '@/i18n/locales'
import { datedCollections, feedPath, listPath, type DatedCollection } from '@/i18n/paths'
import { listCountries, listNews, listStatements, yearsWithContent } from '@/lib/content/lists'
import { newsItems, statementItems } from '@/lib/content/toListItems'
import { parseListParams, type ListParams } from '@/lib/listParams'
import { alternatesMetadata, pageMetadata } from '@/lib/metadata'
import type { Site } from '@/lib/sites'
import { pageSite } from '@/lib/sites/page'

/**
 * The news and statements lists, one page parameterised by collection: news/page.tsx and
 * statements/page.tsx (with a query) and lists/[collection]/page.tsx (the cached first page,
 * without one) all render `DatedList`. What differs between the two is in `datedLists`.
 */
type Translate = Awaited<ReturnType<typeof getTranslations<never>>>

type DatedListConfig = {
  /** The query parameters the list reads; any other is ignored. */
  params: (keyof ListParams)[]
  /** Message keys of the heading (and the page title) and of the empty list. */
  title: string
  empty: string
  /** The list's page of results and its items, the filters before country and year. */
  items: (site: Site, locale: Locale, query: ListParams, t: Translate) => Promise<{ items: Parameters<typeof DatedListView>[0]['items']; totalPages: number }>
  extraFilters: (query: ListParams, t: Translate) => Parameters<typeof DatedListView>[0]['extraFilters']
}

export const datedLists: Record<DatedCollection, DatedListConfig> = {
  news: {
    params: ['page', 'country', 'year'],
    title: 'nav.news',
    empty: 'home.empty',
    items: async (site, locale, query) => {
      const result = await listNews(site, locale, query)
      return { items: newsItems(result.docs, locale), totalPages: result.totalPages }
    },
    extraFilters: () => [],
  },
  statements: {
    params: ['page', 'country', 'year', 'kind'],
    title: 'statements.title',
    empty: 'statements.empty',
    items: async (site, locale, query, t) => {
      const result = await listStatements(site, locale, query)
      return { items: statementItems(result.docs, locale, (kind) => t(`statements.kind.${kind}`)), totalPages: result.totalPages }
    },
    extraFilters: (query, t) => [
      {
        name: 'kind',
        label: t('list.kindLabel'),
        allLabel: t('list.allKinds'),
        value: query.kind,
        options: statementKinds.map((kind) => ({ value: kind, label: t(`statements.kind.${kind}`) })),
      },
    ],
  },
}

export function isDatedList(collection: string): collection is DatedCollection {
  return (datedCollections as readonly string[]).includes(collection)
}

/** The list's address in each language. */
export const datedListPaths = (collection: DatedCollection, site: Pick<Site, 'languages'>) =>
  Object.fromEntries(site.languages.map((l) => [l, listPath(collection, l)])) as Record<Locale, string>

export async function datedListMetadata(collection: DatedCollection, site: Site, locale: Locale): Promise<Metadata> {
  const t: Translate = await getTranslations({ locale })
  const title = t(datedLists[collection].title)
  const paths = datedListPaths(collection, site)
  return {
    ...pageMetadata({ site, title, description: t('home.metaDescription'), path: paths[locale], locale }),
    alternates: alternatesMetadata(site, paths[locale], paths, undefined, [{ url: feedPath(collection, locale), title: `RSS: ${title}` }]),
  }
}

/**
 * The list itself. Without query parameters the address is rewritten (proxy.ts) to the cached
 * copy of this list (app/(frontend)/[site]/[locale]/lists/[collection]), which renders it with the
 * default query; with parameters the collection's own page renders it per request.
 */
export async function DatedList({ collection, site, locale, query }: { collection: DatedCollection; site: Site; locale: Locale; query: ListParams }) {
  const list = datedLists[collection]
  const t: Translate = await getTranslations({ locale })
  const [{ items, totalPages }, countries, years] = await Promise.all([list.items(site, locale, query, t), listCountries(site, locale), yearsWithContent(site, collection, locale)])
  if (query.page > Math.max(totalPages, 1)) notFound()

  return (
    <>
      <LanguageLinks current={locale} languages={site.languages} hrefs={datedListPaths(collection, site)} label={t('site.languageSwitcher')} />
      <DatedListView
        locale={locale}
        action={listPath(collection, locale)}
        query={query}
        title={t(list.title)}
        emptyText={t(list.empty)}
        countries={countries}
        years={years}
        extraFilters={list.extraFilters(query, t)}
        items={items}
        totalPages={totalPages}
      />
    </>
  )
}

type PageProps = {
  params: Promise<{ site: string; locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The page of a dated list with its query (news/page.tsx, statements/page.tsx): its metadata and the page. */
export function datedListPage(collection: DatedCollection) {
  return {
    async generateMetadata({ params }: PageProps): Promise<Metadata> {
      const { site: siteKey, locale } = await params
      return datedListMetadata(collection, await pageSite(siteKey, locale), locale)
    },
    async Page({ params, searchParams }: PageProps) {
      const { site: siteKey, locale } = await params
      const site = await pageSite(siteKey, locale)
      setRequestLocale(locale)
      const query = parseListParams(await searchParams, datedLists[collection].params)
      if (!query) notFound()
      return <DatedList collection={collection} site={site} locale={locale} query={query} />
    },
  }
}
