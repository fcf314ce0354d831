import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { cache } from 'react'

import { FallbackNotice } from '../../../../../components/FallbackNotice'
import { LanguageLinks } from '../../../../../components/LanguageLinks'
import { defaultLocale, languageName, type Locale } from '../../../../../i18n/locales'
import { getPathname } from '../../../../../i18n/navigation'
import { loadDocumentPage } from '../../../../../lib/content/page'
import { formatDate } from '../../../../../lib/format'
import { alternatesMetadata } from '../../../../../lib/metadata'

// Rendered per request until the public-site issue adds tag-revalidated caching.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

const localizedFields = ['title', 'excerpt', 'body', 'dateline'] as const

// Once per request: generateMetadata and the page share the result.
const loadArticle = cache((slug: string, locale: Locale) => loadDocumentPage('news', slug, locale, [...localizedFields]))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const page = await loadArticle(slug, locale)
  if (!page) return {}
  return {
    title: page.doc.title,
    description: page.doc.excerpt ?? undefined,
    alternates: alternatesMetadata(page.canonical, page.alternates, page.translatedIn),
  }
}

export default async function NewsArticlePage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const page = await loadArticle(slug, locale)
  if (!page) notFound()
  const { doc: item, fallbackFields } = page
  const t = await getTranslations({ locale })
  const site = await getTranslations({ locale, namespace: 'site' })
  const date = formatDate(item.publishedDate, locale)
  // Each passage shown in the default language carries its language, for screen readers and hyphenation.
  const langOf = (field: (typeof localizedFields)[number]) => (fallbackFields.includes(field) ? defaultLocale : undefined)

  return (
    <>
      <LanguageLinks current={locale} hrefs={page.alternates} label={site('languageSwitcher')} />
      <article className="article">
        <p>
          <a href={getPathname({ locale, href: '/' })}>← {t('news.backToList')}</a>
        </p>
        {fallbackFields.length > 0 ? (
          <FallbackNotice
            message={t('fallback.document', {
              language: languageName(locale, locale),
              original: languageName(defaultLocale, locale),
            })}
          />
        ) : null}
        <h1 lang={langOf('title')}>{item.title}</h1>
        <p className="article__meta">
          <span lang={langOf('dateline')}>{item.dateline ? `${item.dateline}, ` : ''}</span>
          <time dateTime={item.publishedDate}>{date}</time>
        </p>
        {item.excerpt ? (
          <p className="article__lead" lang={langOf('excerpt')}>
            {item.excerpt}
          </p>
        ) : null}
        {item.body ? (
          <div lang={langOf('body')}>
            <RichText data={item.body} />
          </div>
        ) : null}
      </article>
    </>
  )
}
