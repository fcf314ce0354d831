import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { cache } from 'react'

import { ContentList } from '@/components/ContentList'
import { DocumentPreview } from '@/components/DocumentPreview'
import { FactsBand } from '@/components/FactsBand'
import { FallbackNotice } from '@/components/FallbackNotice'
import { LanguageLinks } from '@/components/LanguageLinks'
import { RichTextBody } from '@/components/RichTextBody'
import type { Locale } from '@/i18n/locales'
import { documentPath, listPath } from '@/i18n/paths'
import { fallbackMarks } from '@/lib/content/fallback'
import { loadDocumentPage } from '@/lib/content/page'
import { notFoundOrRedirect } from '@/lib/content/redirects'
import { previewReader } from '@/lib/content/preview'
import { relatedToProgramme } from '@/lib/content/related'
import { factItems, newsItems, statementItems } from '@/lib/content/toListItems'
import { alternatesMetadata, documentMetadata } from '@/lib/metadata'
import { safeUrl } from '@/lib/safeUrl'
import { pageSite } from '@/lib/sites/page'

// Rendered on first request and cached until a content change expires its tags (see the layout).
export function generateStaticParams(): { slug: string }[] {
  return []
}

type Props = { params: Promise<{ site: string; locale: Locale; slug: string }> }

const loadProgramme = cache(async (siteKey: string, slug: string, locale: Locale) =>
  loadDocumentPage(await pageSite(siteKey, locale), 'programmes', slug, locale, ['title', 'summary', 'body', 'pillars', 'principles'], await previewReader()),
)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: siteKey, locale, slug } = await params
  const site = await pageSite(siteKey, locale)
  const page = await loadProgramme(siteKey, slug, locale)
  if (!page) return {}
  return {
    alternates: alternatesMetadata(site, page.canonical, page.alternates, page.translatedIn),
    ...documentMetadata({ site, meta: page.meta, title: page.doc.title, description: page.doc.summary, path: page.canonical, locale }),
  }
}

export default async function ProgrammePage({ params }: Props) {
  const { site: siteKey, locale, slug } = await params
  const site = await pageSite(siteKey, locale)
  setRequestLocale(locale)
  const page = await loadProgramme(siteKey, slug, locale)
  // Nothing here now: the address may have been this document's (or another's) before a rename.
  if (!page) return notFoundOrRedirect(site, locale, documentPath('programmes', slug, locale))
  const { doc: programme } = page
  const [t, related] = await Promise.all([getTranslations({ locale }), relatedToProgramme(site, programme.id, locale)])
  const marks = fallbackMarks(page.fallbackFields, locale)
  // Only this site's offices: another office's page is not on this site (lib/content/page.ts).
  const offices = site.offices.map(String)
  const countries = (programme.countries ?? []).flatMap((c) => (typeof c === 'object' && c.slug && offices.includes(String(c.id)) ? [c] : []))

  return (
    <>
      <DocumentPreview locale={locale} page={page} />
      <LanguageLinks current={locale} languages={site.languages} hrefs={page.alternates} label={t('site.languageSwitcher')} />
      <article className="article programme">
        <p>
          <a href={listPath('programmes', locale)}>← {t('programmes.backToList')}</a>
        </p>
        {marks.hasFallback ? <FallbackNotice message={t('fallback.document', marks.languages)} /> : null}
        <h1 lang={marks.langOf('title')}>{programme.title}</h1>
        <p className="article__meta">
          {t(`programmes.status.${programme.status}`)}
          {programme.since ? ` · ${t('programmes.since', { year: programme.since })}` : null}
        </p>
        {programme.summary ? (
          <p className="article__lead" lang={marks.langOf('summary')}>
            {programme.summary}
          </p>
        ) : null}
        {programme.body ? (
          <div lang={marks.langOf('body')}>
            <RichTextBody data={programme.body} locale={locale} offices={site.offices} />
          </div>
        ) : null}
        {programme.pillars?.length ? (
          <section aria-labelledby="pillars" lang={marks.langOf('pillars')}>
            <h2 id="pillars">{t('programmes.pillars')}</h2>
            <dl className="pillars">
              {programme.pillars.map((pillar) => (
                <div key={pillar.id}>
                  <dt>{pillar.title}</dt>
                  <dd>{pillar.text}</dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}
        {programme.principles?.length ? (
          <section aria-labelledby="principles" lang={marks.langOf('principles')}>
            <h2 id="principles">{t('programmes.principles')}</h2>
            <ul>
              {programme.principles.map((principle) => (
                <li key={principle.id}>{principle.text}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {countries.length ? (
          <section aria-labelledby="offices">
            <h2 id="offices">{t('nav.countries')}</h2>
            <ul>
              {countries.map((country) => (
                <li key={country.id}>
                  <a href={documentPath('countries', country.slug as string, locale)}>{country.name}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {programme.partners?.length || programme.donors?.length ? (
          <section aria-labelledby="partners">
            <h2 id="partners">{t('programmes.partnersAndDonors')}</h2>
            <ul>
              {[...(programme.partners ?? []), ...(programme.donors ?? [])].map((org) => (
                <li key={org.id}>{safeUrl(org.url) ? <a href={safeUrl(org.url) as string}>{org.name}</a> : org.name}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
      <FactsBand title={t('facts.programmeTitle')} headingId="programme-facts" locale={locale} facts={factItems(related.facts)} />
      <section aria-labelledby="related-news">
        <h2 id="related-news">{t('nav.news')}</h2>
        <ContentList locale={locale} emptyText={t('home.empty')} items={newsItems(related.news, locale)} />
      </section>
      <section aria-labelledby="related-statements">
        <h2 id="related-statements">{t('nav.statements')}</h2>
        <ContentList locale={locale} emptyText={t('statements.empty')} items={statementItems(related.statements, locale, (kind) => t(`statements.kind.${kind}`))} />
      </section>
    </>
  )
}
