import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { FactsBand } from '@/components/FactsBand'
import { JsonLd } from '@/components/JsonLd'
import { LanguageLinks } from '@/components/LanguageLinks'
import { CardList } from '@/components/CardList'
import { ContentList } from '@/components/ContentList'
import { getPathname } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'
import { feedPath, listPath } from '@/i18n/paths'
import { globalFacts } from '@/lib/content/facts'
import { listCountries, listProgrammes } from '@/lib/content/lists'
import { latestNews, latestStatements } from '@/lib/content/news'
import { countryCards, factItems, newsItems, programmeCards, statementItems } from '@/lib/content/toListItems'
import { alternatesMetadata, socialMetadata } from '@/lib/metadata'
import { organization } from '@/lib/structuredData'
import { pageSite } from '@/lib/sites/page'

type Props = { params: Promise<{ site: string; locale: Locale }> }

const homes = () => Object.fromEntries(locales.map((l) => [l, getPathname({ locale: l, href: '/' })])) as Record<Locale, string>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: siteKey, locale } = await params
  const site = await pageSite(siteKey, locale)
  const t = await getTranslations({ locale })
  const paths = homes()
  return {
    description: t('home.metaDescription'),
    ...socialMetadata({ site, title: t('site.name'), description: t('home.metaDescription'), path: paths[locale], locale }),
    alternates: alternatesMetadata(site, paths[locale], paths, undefined, [
      { url: feedPath('news', locale), title: `RSS: ${t('nav.news')}` },
      { url: feedPath('statements', locale), title: `RSS: ${t('nav.statements')}` },
    ]),
  }
}

export default async function HomePage({ params }: Props) {
  const { site: siteKey, locale } = await params
  const site = await pageSite(siteKey, locale)
  setRequestLocale(locale)
  const t = await getTranslations({ locale })
  const [news, statements, facts, programmes, countries] = await Promise.all([
    latestNews(site, locale, 6),
    latestStatements(site, locale, 4),
    globalFacts(site, locale),
    listProgrammes(site, locale),
    listCountries(site, locale),
  ])

  return (
    <>
      <LanguageLinks current={locale} languages={site.languages} hrefs={homes()} label={t('site.languageSwitcher')} />
      <section aria-labelledby="latest-news">
        <h1 id="latest-news">{t('home.title')}</h1>
        <ContentList locale={locale} emptyText={t('home.empty')} items={newsItems(news, locale)} />
        <p>
          <a href={listPath('news', locale)}>{t('home.allNews')} →</a>
        </p>
      </section>
      <FactsBand title={t('facts.bandTitle')} locale={locale} facts={factItems(facts)} />
      <section aria-labelledby="latest-statements">
        <h2 id="latest-statements">{t('home.latestStatements')}</h2>
        <ContentList locale={locale} emptyText={t('statements.empty')} items={statementItems(statements, locale, (kind) => t(`statements.kind.${kind}`))} />
        <p>
          <a href={listPath('statements', locale)}>{t('home.allStatements')} →</a>
        </p>
      </section>
      <section aria-labelledby="home-programmes">
        <h2 id="home-programmes">{t('home.programmes')}</h2>
        <CardList locale={locale} headingLevel={3} emptyText={t('programmes.empty')} cards={programmeCards(programmes, locale, t)} />
      </section>
      <section aria-labelledby="home-countries">
        <h2 id="home-countries">{t('home.countries')}</h2>
        <CardList locale={locale} headingLevel={3} emptyText={t('home.empty')} cards={countryCards(countries, locale, t)} />
      </section>
      <JsonLd data={organization(site, t('site.publisher'), locale)} />
    </>
  )
}
