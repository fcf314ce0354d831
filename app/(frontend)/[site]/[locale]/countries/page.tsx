import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CardList } from '@/components/CardList'
import { countryCards } from '@/lib/content/toListItems'
import { LanguageLinks } from '@/components/LanguageLinks'
import { locales, type Locale } from '@/i18n/locales'
import { listPath } from '@/i18n/paths'
import { listCountries } from '@/lib/content/lists'
import { alternatesMetadata, pageMetadata } from '@/lib/metadata'
import { pageSite } from '@/lib/sites/page'

type Props = { params: Promise<{ site: string; locale: Locale }> }

const paths = () => Object.fromEntries(locales.map((l) => [l, listPath('countries', l)])) as Record<Locale, string>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: siteKey, locale } = await params
  const site = await pageSite(siteKey, locale)
  const t = await getTranslations({ locale })
  return {
    alternates: alternatesMetadata(site, paths()[locale], paths()),
    ...pageMetadata({ site, title: t('countries.title'), description: t('home.metaDescription'), path: paths()[locale], locale }),
  }
}

export default async function CountriesPage({ params }: Props) {
  const { site: siteKey, locale } = await params
  const site = await pageSite(siteKey, locale)
  setRequestLocale(locale)
  const [t, countries] = await Promise.all([getTranslations({ locale }), listCountries(site, locale)])
  return (
    <>
      <LanguageLinks current={locale} languages={site.languages} hrefs={paths()} label={t('site.languageSwitcher')} />
      <h1>{t('countries.title')}</h1>
      <CardList locale={locale} emptyText={t('home.empty')} cards={countryCards(countries, locale, t)} />
    </>
  )
}
