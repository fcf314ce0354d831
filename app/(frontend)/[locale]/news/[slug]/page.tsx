import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { getPathname } from '../../../../../i18n/navigation'
import type { Locale } from '../../../../../i18n/locales'
import { newsBySlug } from '../../../../../lib/content/news'
import { formatDate } from '../../../../../lib/format'

// Rendered per request until the public-site issue adds tag-revalidated caching.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const item = await newsBySlug(slug, locale)
  if (!item) return {}
  return { title: item.title, description: item.excerpt ?? undefined }
}

export default async function NewsArticlePage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const item = await newsBySlug(slug, locale)
  if (!item) notFound()
  const t = await getTranslations({ locale, namespace: 'news' })
  const date = formatDate(item.publishedDate, locale)

  return (
    <article className="article">
      <p>
        <a href={getPathname({ locale, href: '/' })}>← {t('backToList')}</a>
      </p>
      <h1>{item.title}</h1>
      <p className="article__meta">
        <time dateTime={item.publishedDate}>{item.dateline ? t('datelineDate', { dateline: item.dateline, date }) : date}</time>
      </p>
      {item.excerpt ? <p className="article__lead">{item.excerpt}</p> : null}
      {item.body ? <RichText data={item.body} /> : null}
    </article>
  )
}
