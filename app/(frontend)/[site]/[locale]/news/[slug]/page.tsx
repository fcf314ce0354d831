import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { cache } from 'react'

import { Article } from '@/components/Article'
import { ArticleFooter } from '@/components/ArticleFooter'
import { DocumentPreview } from '@/components/DocumentPreview'
import { JsonLd } from '@/components/JsonLd'
import { LanguageLinks } from '@/components/LanguageLinks'
import type { Locale } from '@/i18n/locales'
import { documentPath, listPath } from '@/i18n/paths'
import { fallbackMarks } from '@/lib/content/fallback'
import { loadDocumentPage } from '@/lib/content/page'
import { notFoundOrRedirect } from '@/lib/content/redirects'
import { previewReader } from '@/lib/content/preview'
import { formatDate } from '@/lib/format'
import { absoluteUrl, alternatesMetadata, documentMetadata, mediaPath } from '@/lib/metadata'
import { newsArticle } from '@/lib/structuredData'
import { relatedToArticle } from '@/lib/content/related'
import type { News } from '@/payload-types'
import { pageSite } from '@/lib/sites/page'

// Rendered on first request and cached until a content change expires its tags (see the layout).
export function generateStaticParams(): { slug: string }[] {
  return []
}

type Props = { params: Promise<{ site: string; locale: Locale; slug: string }> }

/** The hero image in its largest generated size, as a site path with dimensions and alt text. */
function heroOf(item: News) {
  const image = item.hero?.image
  if (!image || typeof image !== 'object') return null
  const size = image.sizes?.hero?.url ? image.sizes.hero : image
  const src = mediaPath(size.url)
  if (!src || !size.width || !size.height) return null
  return { src, width: size.width, height: size.height, alt: image.alt ?? '', caption: item.hero?.caption }
}

// Once per request: generateMetadata and the page share the result.
const loadArticle = cache(async (siteKey: string, slug: string, locale: Locale) =>
  loadDocumentPage(await pageSite(siteKey, locale), 'news', slug, locale, ['title', 'excerpt', 'body', 'dateline'], await previewReader()),
)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: siteKey, locale, slug } = await params
  const site = await pageSite(siteKey, locale)
  const page = await loadArticle(siteKey, slug, locale)
  if (!page) return {}
  return {
    alternates: alternatesMetadata(site, page.canonical, page.alternates, page.translatedIn),
    ...documentMetadata({ site, meta: page.meta, title: page.doc.title, description: page.doc.excerpt, path: page.canonical, locale, image: heroOf(page.doc), type: 'article' }),
  }
}

export default async function NewsArticlePage({ params }: Props) {
  const { site: siteKey, locale, slug } = await params
  const site = await pageSite(siteKey, locale)
  setRequestLocale(locale)
  const page = await loadArticle(siteKey, slug, locale)
  // Nothing here now: the address may have been this document's (or another's) before a rename.
  if (!page) return notFoundOrRedirect(site, locale, documentPath('news', slug, locale))
  const { doc: item } = page
  const [t, related] = await Promise.all([getTranslations({ locale }), relatedToArticle(site, { collection: 'news', ...item }, locale)])
  const marks = fallbackMarks(page.fallbackFields, locale)
  const hero = heroOf(item)

  return (
    <>
      <DocumentPreview locale={locale} page={page} />
      <LanguageLinks current={locale} languages={site.languages} hrefs={page.alternates} label={t('site.languageSwitcher')} />
      <Article
        locale={locale}
        offices={site.offices}
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
        hero={hero && page.preview ? { ...hero, unoptimized: true } : hero}
      >
        <ArticleFooter locale={locale} url={absoluteUrl(site, page.canonical)} title={item.title} contacts={item.pressContacts} related={related} />
      </Article>
      <JsonLd
        data={newsArticle({
          site,
          headline: item.title,
          description: item.excerpt,
          path: page.canonical,
          datePublished: item.publishedDate,
          dateModified: item.updatedAt,
          locale,
          publisher: t('site.publisher'),
          image: hero?.src,
        })}
      />
    </>
  )
}
