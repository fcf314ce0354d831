import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { FactsBand } from '../../../components/FactsBand'
import { LanguageLinks } from '../../../components/LanguageLinks'
import { NewsList } from '../../../components/NewsList'
import { getPathname } from '../../../i18n/navigation'
import { defaultLocale, locales, type Locale } from '../../../i18n/locales'
import { documentPath } from '../../../i18n/paths'
import { globalFacts } from '../../../lib/content/facts'
import { latestNews } from '../../../lib/content/news'
import { alternatesMetadata } from '../../../lib/metadata'

// Rendered per request until the public-site issue adds tag-revalidated caching.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }> }

const homes = () => Object.fromEntries(locales.map((l) => [l, getPathname({ locale: l, href: '/' })])) as Record<Locale, string>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'home' })
  const paths = homes()
  return { description: t('metaDescription'), alternates: alternatesMetadata(paths[locale], paths) }
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
        <NewsList
          locale={locale}
          emptyText={t('home.empty')}
          items={news.flatMap((item) =>
            item.slug
              ? [
                  {
                    id: item.id,
                    title: item.title,
                    excerpt: item.excerpt,
                    dateline: item.dateline,
                    publishedDate: item.publishedDate,
                    href: documentPath('news', item.slug, locale),
                    lang: item.translated ? undefined : defaultLocale,
                  },
                ]
              : [],
          )}
        />
      </section>
      <FactsBand
        title={t('facts.bandTitle')}
        locale={locale}
        facts={facts.map((fact) => ({
          id: fact.id,
          value: fact.value,
          notation: fact.notation,
          label: fact.label,
          labelLang: fact.translated ? undefined : defaultLocale,
        }))}
      />
    </>
  )
}
