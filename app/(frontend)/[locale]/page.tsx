import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { FactsBand } from '../../../components/FactsBand'
import { JsonLd } from '../../../components/JsonLd'
import { LanguageLinks } from '../../../components/LanguageLinks'
import { ContentList } from '../../../components/ContentList'
import { getPathname } from '../../../i18n/navigation'
import { locales, type Locale } from '../../../i18n/locales'
import { feedPath } from '../../../i18n/paths'
import { globalFacts } from '../../../lib/content/facts'
import { latestNews } from '../../../lib/content/news'
import { factItems, newsItems } from '../../../lib/content/toListItems'
import { alternatesMetadata, socialMetadata } from '../../../lib/metadata'
import { organization } from '../../../lib/structuredData'


type Props = { params: Promise<{ locale: Locale }> }

const homes = () => Object.fromEntries(locales.map((l) => [l, getPathname({ locale: l, href: '/' })])) as Record<Locale, string>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale })
  const paths = homes()
  return {
    description: t('home.metaDescription'),
    ...socialMetadata({ title: t('site.name'), description: t('home.metaDescription'), path: paths[locale], locale }),
    alternates: alternatesMetadata(paths[locale], paths, undefined, [
      { url: feedPath('news', locale), title: `RSS: ${t('nav.news')}` },
      { url: feedPath('statements', locale), title: `RSS: ${t('nav.statements')}` },
    ]),
  }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale })
  const [news, facts] = await Promise.all([latestNews(locale, 10), globalFacts(locale)])

  return (
    <>
      <LanguageLinks current={locale} hrefs={homes()} label={t('site.languageSwitcher')} />
      <section aria-labelledby="latest-news">
        <h1 id="latest-news">{t('home.title')}</h1>
        <ContentList
          locale={locale}
          emptyText={t('home.empty')}
          items={newsItems(news, locale)}
        />
      </section>
      <FactsBand
        title={t('facts.bandTitle')}
        locale={locale}
        facts={factItems(facts)}
      />
      <JsonLd data={organization(t('site.publisher'), locale)} />
    </>
  )
}
