import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { FactsBand } from '@/components/FactsBand'
import { LanguageLinks } from '@/components/LanguageLinks'
import { getPathname } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'
import { allFacts } from '@/lib/content/facts'
import { factItems } from '@/lib/content/toListItems'
import { formatDate } from '@/lib/format'
import { alternatesMetadata, pageMetadata } from '@/lib/metadata'
import { safeUrl } from '@/lib/safeUrl'
import { pageSite } from '@/lib/sites/page'

type Props = { params: Promise<{ site: string; locale: Locale }> }

const paths = () => Object.fromEntries(locales.map((l) => [l, getPathname({ locale: l, href: '/facts' })])) as Record<Locale, string>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: siteKey, locale } = await params
  const site = await pageSite(siteKey, locale)
  const t = await getTranslations({ locale })
  return {
    alternates: alternatesMetadata(site, paths()[locale], paths()),
    ...pageMetadata({ site, title: t('nav.facts'), description: t('home.metaDescription'), path: paths()[locale], locale }),
  }
}

/** Facts and figures: the global band, then each country office's, with their sources. */
export default async function FactsPage({ params }: Props) {
  const { site: siteKey, locale } = await params
  const site = await pageSite(siteKey, locale)
  setRequestLocale(locale)
  const [t, facts] = await Promise.all([getTranslations({ locale }), allFacts(site, locale)])
  const global = facts.filter((fact) => fact.scope === 'global')
  const byCountry = new Map<string, typeof facts>()
  for (const fact of facts) {
    if (fact.scope !== 'country' || typeof fact.country !== 'object' || !fact.country) continue
    byCountry.set(fact.country.name, [...(byCountry.get(fact.country.name) ?? []), fact])
  }

  return (
    <>
      <LanguageLinks current={locale} languages={site.languages} hrefs={paths()} label={t('site.languageSwitcher')} />
      <h1>{t('nav.facts')}</h1>
      <FactsBand anchors title={t('facts.bandTitle')} headingId="global-facts" locale={locale} facts={factItems(global)} />
      {[...byCountry.entries()].map(([country, countryFacts], index) => (
        <FactsBand anchors key={country} title={t('facts.countryTitle', { country })} headingId={`country-facts-${index}`} locale={locale} facts={factItems(countryFacts)} />
      ))}
      <section aria-labelledby="sources">
        <h2 id="sources">{t('facts.sources')}</h2>
        <ul>
          {facts.map((fact) => (
            <li key={fact.id}>
              {fact.label}: {safeUrl(fact.source?.url) ? <a href={safeUrl(fact.source?.url) as string}>{fact.source?.text ?? fact.source?.url}</a> : fact.source?.text}
              {fact.asOf ? ` (${t('facts.asOf', { date: formatDate(fact.asOf, locale) })})` : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
