import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { cache } from 'react'

import { FactsBand } from '@/components/FactsBand'
import { JsonLd } from '@/components/JsonLd'
import { LanguageLinks } from '@/components/LanguageLinks'
import { CardList } from '@/components/CardList'
import { ContentList } from '@/components/ContentList'
import { heroText, PageOfBlocks } from '@/components/PageOfBlocks'
import { getPathname } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'
import { feedPath, listPath } from '@/i18n/paths'
import { globalFacts } from '@/lib/content/facts'
import { listCountries, listProgrammes } from '@/lib/content/lists'
import { siteHome } from '@/lib/content/menus'
import { latestNews, latestStatements } from '@/lib/content/news'
import { loadHomePage } from '@/lib/content/pages'
import { previewPageReader } from '@/lib/content/preview'
import { countryCards, factItems, newsItems, programmeCards, statementItems } from '@/lib/content/toListItems'
import { alternatesMetadata, documentMetadata, socialMetadata } from '@/lib/metadata'
import { organization } from '@/lib/structuredData'
import { pageSite } from '@/lib/sites/page'

type Props = { params: Promise<{ site: string; locale: Locale }> }

const homes = () => Object.fromEntries(locales.map((l) => [l, getPathname({ locale: l, href: '/' })])) as Record<Locale, string>

// Once per request: generateMetadata and the page share the result.
const loadHome = cache(async (siteKey: string, locale: Locale) => loadHomePage(await pageSite(siteKey, locale), locale, await previewPageReader()))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: siteKey, locale } = await params
  const site = await pageSite(siteKey, locale)
  const [t, page] = await Promise.all([getTranslations({ locale }), loadHome(siteKey, locale)])
  const paths = homes()
  const feeds = [
    { url: feedPath('news', locale), title: `RSS: ${t('nav.news')}` },
    { url: feedPath('statements', locale), title: `RSS: ${t('nav.statements')}` },
  ]
  if (page) {
    // The site's name stays the title (the layout's), unless the page's SEO gives one.
    const { title, ...shared } = documentMetadata({
      site,
      meta: page.meta,
      title: t('site.name'),
      description: heroText(page) ?? t('home.metaDescription'),
      path: paths[locale],
      locale,
    })
    return { ...(page.meta.title ? { title } : {}), ...shared, alternates: alternatesMetadata(site, page.canonical, page.alternates, page.translatedIn, feeds) }
  }
  const home = await siteHome(site, locale)
  const description = home.intro ?? t('home.metaDescription')
  return {
    description,
    ...socialMetadata({ site, title: t('site.name'), description, path: paths[locale], locale }),
    alternates: alternatesMetadata(site, paths[locale], paths, undefined, feeds),
  }
}

/**
 * The site's home: its home page of blocks (a published page marked as the home, collections/Pages);
 * a site without one shows the sections its Home page settings keep (collections/Sites).
 */
export default async function HomePage({ params }: Props) {
  const { site: siteKey, locale } = await params
  const site = await pageSite(siteKey, locale)
  setRequestLocale(locale)
  const page = await loadHome(siteKey, locale)
  if (page) {
    const t = await getTranslations({ locale })
    return (
      <>
        <PageOfBlocks site={site} page={page} locale={locale} className="site-page site-home" />
        <JsonLd data={organization(site, t('site.publisher'), locale)} />
      </>
    )
  }
  const [t, home] = await Promise.all([getTranslations({ locale }), siteHome(site, locale)])
  // What the site's Home page settings leave out is not read at all.
  const [news, statements, facts, programmes, countries] = await Promise.all([
    latestNews(site, locale, home.news),
    home.statements > 0 ? latestStatements(site, locale, home.statements) : [],
    home.facts ? globalFacts(site, locale) : [],
    home.programmes ? listProgrammes(site, locale) : [],
    home.offices ? listCountries(site, locale) : [],
  ])

  return (
    <>
      <LanguageLinks current={locale} languages={site.languages} hrefs={homes()} label={t('site.languageSwitcher')} />
      {home.intro ? <p className="home-intro">{home.intro}</p> : null}
      <section aria-labelledby="latest-news">
        <h1 id="latest-news">{t('home.title')}</h1>
        <ContentList locale={locale} emptyText={t('home.empty')} items={newsItems(news, locale)} />
        <p>
          <a href={listPath('news', locale)}>{t('home.allNews')} →</a>
        </p>
      </section>
      {home.facts ? <FactsBand title={t('facts.bandTitle')} locale={locale} facts={factItems(facts)} /> : null}
      {home.statements > 0 ? (
        <section aria-labelledby="latest-statements">
          <h2 id="latest-statements">{t('home.latestStatements')}</h2>
          <ContentList locale={locale} emptyText={t('statements.empty')} items={statementItems(statements, locale, (kind) => t(`statements.kind.${kind}`))} />
          <p>
            <a href={listPath('statements', locale)}>{t('home.allStatements')} →</a>
          </p>
        </section>
      ) : null}
      {home.programmes ? (
        <section aria-labelledby="home-programmes">
          <h2 id="home-programmes">{t('home.programmes')}</h2>
          <CardList locale={locale} headingLevel={3} emptyText={t('programmes.empty')} cards={programmeCards(programmes, locale, t)} />
        </section>
      ) : null}
      {home.offices ? (
        <section aria-labelledby="home-countries">
          <h2 id="home-countries">{t('home.countries')}</h2>
          <CardList locale={locale} headingLevel={3} emptyText={t('home.empty')} cards={countryCards(countries, locale, t)} />
        </section>
      ) : null}
      <JsonLd data={organization(site, t('site.publisher'), locale)} />
    </>
  )
}
