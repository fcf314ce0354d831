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
import { absoluteUrl, alternatesMetadata, documentMetadata } from '@/lib/metadata'
import { newsArticle } from '@/lib/structuredData'
import { relatedToArticle } from '@/lib/content/related'
import { pageSite } from '@/lib/sites/page'

// Rendered on first request and cached until a content change expires its tags (see the layout).
export function generateStaticParams(): { slug: string }[] {
  return []
}

type Props = { params: Promise<{ site: string; locale: Locale; slug: string }> }

const loadStatement = cache(async (siteKey: string, slug: string, locale: Locale) =>
  loadDocumentPage(await pageSite(siteKey, locale), 'statements', slug, locale, ['title', 'body', 'speakerRole', 'occasion', 'dateline'], await previewReader()),
)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: siteKey, locale, slug } = await params
  const site = await pageSite(siteKey, locale)
  const page = await loadStatement(siteKey, slug, locale)
  if (!page) return {}
  return {
    alternates: alternatesMetadata(site, page.canonical, page.alternates, page.translatedIn),
    ...documentMetadata({ site, meta: page.meta, title: page.doc.title, description: page.doc.occasion, path: page.canonical, locale, type: 'article' }),
  }
}

export default async function StatementPage({ params }: Props) {
  const { site: siteKey, locale, slug } = await params
  const site = await pageSite(siteKey, locale)
  setRequestLocale(locale)
  const page = await loadStatement(siteKey, slug, locale)
  // Nothing here now: the address may have been this document's (or another's) before a rename.
  if (!page) return notFoundOrRedirect(site, locale, documentPath('statements', slug, locale))
  const { doc: statement } = page
  const [t, related] = await Promise.all([getTranslations({ locale }), relatedToArticle(site, { collection: 'statements', ...statement }, locale)])
  const marks = fallbackMarks(page.fallbackFields, locale)
  const pdf = typeof statement.pdf === 'object' && statement.pdf?.url ? statement.pdf : null

  return (
    <>
      <DocumentPreview locale={locale} page={page} />
      <LanguageLinks current={locale} languages={site.languages} hrefs={page.alternates} label={t('site.languageSwitcher')} />
      <Article
        locale={locale}
        offices={site.offices}
        back={{ href: listPath('statements', locale), label: t('statements.backToList') }}
        fallbackNotice={marks.hasFallback ? t('fallback.document', marks.languages) : undefined}
        langOf={marks.langOf}
        kicker={t(`statements.kind.${statement.kind}`)}
        title={statement.title}
        meta={
          <>
            {statement.speakerName ? (
              <p className="article__speaker">
                {statement.speakerRole ? (
                  <>
                    {statement.speakerName}, <span lang={marks.langOf('speakerRole')}>{statement.speakerRole}</span>
                  </>
                ) : (
                  statement.speakerName
                )}
              </p>
            ) : null}
            {statement.occasion ? <p lang={marks.langOf('occasion')}>{t('statements.occasion', { occasion: statement.occasion })}</p> : null}
            <p>
              {statement.dateline ? <span lang={marks.langOf('dateline')}>{statement.dateline}, </span> : null}
              <time dateTime={statement.date}>{formatDate(statement.date, locale)}</time>
            </p>
          </>
        }
        body={statement.body}
      >
        {pdf ? (
          <p>
            <a href={pdf.url as string} type="application/pdf">
              {t('statements.pdf')}
            </a>
          </p>
        ) : null}
        <ArticleFooter locale={locale} url={absoluteUrl(site, page.canonical)} title={statement.title} related={related} />
      </Article>
      <JsonLd
        data={newsArticle({
          site,
          headline: statement.title,
          description: statement.occasion,
          path: page.canonical,
          datePublished: statement.date,
          dateModified: statement.updatedAt,
          locale,
          publisher: t('site.publisher'),
          author: statement.speakerName,
        })}
      />
    </>
  )
}
