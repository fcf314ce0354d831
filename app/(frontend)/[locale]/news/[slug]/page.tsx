import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { cache } from 'react'

import { Article } from '../../../../../components/Article'
import { LanguageLinks } from '../../../../../components/LanguageLinks'
import type { Locale } from '../../../../../i18n/locales'
import { listPath } from '../../../../../i18n/paths'
import { fallbackMarks } from '../../../../../lib/content/fallback'
import { loadDocumentPage } from '../../../../../lib/content/page'
import { formatDate } from '../../../../../lib/format'
import { alternatesMetadata } from '../../../../../lib/metadata'

// Rendered per request until the public-site issue adds tag-revalidated caching.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Once per request: generateMetadata and the page share the result.
const loadArticle = cache((slug: string, locale: Locale) => loadDocumentPage('news', slug, locale, ['title', 'excerpt', 'body', 'dateline']))

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
  const { doc: item } = page
  const t = await getTranslations({ locale })
  const marks = fallbackMarks(page.fallbackFields, locale)

  return (
    <>
      <LanguageLinks current={locale} hrefs={page.alternates} label={t('site.languageSwitcher')} />
      <Article
        back={{ href: listPath('news', locale), label: t('news.backToList') }}
        fallbackNotice={marks.hasFallback ? t('fallback.document', marks.languages) : undefined}
        langOf={marks.langOf}
        title={item.title}
        meta={
          <p>
            {item.dateline ? <span lang={marks.langOf('dateline')}>{item.dateline}, </span> : null}
            <time dateTime={item.publishedDate}>{formatDate(item.publishedDate, locale)}</time>
          </p>
        }
        lead={item.excerpt}
        body={item.body}
      />
    </>
  )
}
