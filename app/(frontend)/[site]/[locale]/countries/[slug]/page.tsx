import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { cache } from 'react'

import { ContentList } from '@/components/ContentList'
import { DocumentPreview } from '@/components/DocumentPreview'
import { FactsBand } from '@/components/FactsBand'
import { FallbackNotice } from '@/components/FallbackNotice'
import { LanguageLinks } from '@/components/LanguageLinks'
import { RichTextBody } from '@/components/RichTextBody'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { documentPath, listPath } from '@/i18n/paths'
import { fallbackMarks } from '@/lib/content/fallback'
import { loadDocumentPage } from '@/lib/content/page'
import { notFoundOrRedirect } from '@/lib/content/redirects'
import { previewReader } from '@/lib/content/preview'
import { relatedToCountry } from '@/lib/content/related'
import { factItems, newsItems, statementItems } from '@/lib/content/toListItems'
import { alternatesMetadata, documentMetadata, shareImage } from '@/lib/metadata'
import { pageSite } from '@/lib/sites/page'

// Rendered on first request and cached until a content change expires its tags (see the layout).
export function generateStaticParams(): { slug: string }[] {
  return []
}

type Props = { params: Promise<{ site: string; locale: Locale; slug: string }> }

const loadCountry = cache(async (siteKey: string, slug: string, locale: Locale) =>
  loadDocumentPage(await pageSite(siteKey, locale), 'countries', slug, locale, ['name', 'summary', 'body'], await previewReader()),
)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: siteKey, locale, slug } = await params
  const site = await pageSite(siteKey, locale)
  const page = await loadCountry(siteKey, slug, locale)
  if (!page) return {}
  return {
    alternates: alternatesMetadata(site, page.canonical, page.alternates, page.translatedIn),
    ...documentMetadata({ site, meta: page.meta, title: page.doc.name, description: page.doc.summary, path: page.canonical, locale, image: shareImage(page.doc.heroImage) }),
  }
}

export default async function CountryPage({ params }: Props) {
  const { site: siteKey, locale, slug } = await params
  const site = await pageSite(siteKey, locale)
  setRequestLocale(locale)
  const page = await loadCountry(siteKey, slug, locale)
  // Nothing here now: the address may have been this document's (or another's) before a rename.
  if (!page) return notFoundOrRedirect(site, locale, documentPath('countries', slug, locale))
  const { doc: country } = page
  const [t, related] = await Promise.all([getTranslations({ locale }), relatedToCountry(site, country.id, locale)])
  const marks = fallbackMarks(page.fallbackFields, locale)

  return (
    <>
      <DocumentPreview locale={locale} page={page} />
      <LanguageLinks current={locale} languages={site.languages} hrefs={page.alternates} label={t('site.languageSwitcher')} />
      <article className="article country">
        <p>
          <a href={listPath('countries', locale)}>← {t('countries.backToList')}</a>
        </p>
        {marks.hasFallback ? <FallbackNotice message={t('fallback.document', marks.languages)} /> : null}
        <h1 lang={marks.langOf('name')}>{country.name}</h1>
        {country.presenceSince ? <p className="article__meta">{t('countries.presenceSince', { year: country.presenceSince })}</p> : null}
        {country.summary ? (
          <p className="article__lead" lang={marks.langOf('summary')}>
            {country.summary}
          </p>
        ) : null}
        {country.body ? (
          <div lang={marks.langOf('body')}>
            <RichTextBody data={country.body} locale={locale} offices={site.offices} />
          </div>
        ) : null}
      </article>
      <FactsBand title={t('facts.countryTitle', { country: country.name })} headingId="country-facts" locale={locale} facts={factItems(related.facts)} />
      {related.programmes.length ? (
        <section aria-labelledby="country-programmes">
          <h2 id="country-programmes">{t('nav.programmes')}</h2>
          <ul>
            {related.programmes.flatMap((programme) =>
              programme.slug
                ? [
                    <li key={programme.id} lang={programme.translated ? undefined : defaultLocale}>
                      <a href={documentPath('programmes', programme.slug, locale)}>{programme.title}</a>
                    </li>,
                  ]
                : [],
            )}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="country-news">
        <h2 id="country-news">{t('nav.news')}</h2>
        <ContentList locale={locale} emptyText={t('home.empty')} items={newsItems(related.news, locale)} />
      </section>
      <section aria-labelledby="country-statements">
        <h2 id="country-statements">{t('nav.statements')}</h2>
        <ContentList locale={locale} emptyText={t('statements.empty')} items={statementItems(related.statements, locale, (kind) => t(`statements.kind.${kind}`))} />
      </section>
      {country.office ? (
        <section aria-labelledby="office" className="office">
          <h2 id="office">{t('countries.office')}</h2>
          <address>
            {country.office.address ? <p>{country.office.address}</p> : null}
            {country.office.email ? (
              <p>
                <a href={`mailto:${country.office.email}`}>{country.office.email}</a>
              </p>
            ) : null}
            {country.office.phone ? (
              <p>
                <a href={`tel:${country.office.phone.replace(/[^+\d]/g, '')}`}>{country.office.phone}</a>
              </p>
            ) : null}
          </address>
        </section>
      ) : null}
    </>
  )
}
