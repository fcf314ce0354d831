import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { NewsList } from '../../../components/NewsList'
import { getPathname } from '../../../i18n/navigation'
import type { Locale } from '../../../i18n/locales'
import { latestNews } from '../../../lib/content/news'

// Rendered per request until the public-site issue adds tag-revalidated caching.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'home' })
  return { description: t('metaDescription') }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'home' })
  const news = await latestNews(locale, 10)

  return (
    <section aria-labelledby="latest-news">
      <h1 id="latest-news">{t('title')}</h1>
      <NewsList
        locale={locale}
        emptyText={t('empty')}
        items={news.flatMap((item) => (!item.slug ? [] : [{
          id: item.id,
          title: item.title,
          excerpt: item.excerpt,
          dateline: item.dateline,
          publishedDate: item.publishedDate,
          href: getPathname({ locale, href: { pathname: '/news/[slug]', params: { slug: item.slug } } }),
        }]))}
      />
    </section>
  )
}
