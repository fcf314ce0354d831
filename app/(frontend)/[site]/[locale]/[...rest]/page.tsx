import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { cache } from 'react'

import { Blocks } from '@/components/Blocks'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DocumentPreview } from '@/components/DocumentPreview'
import { FallbackNotice } from '@/components/FallbackNotice'
import { JsonLd } from '@/components/JsonLd'
import { LanguageLinks } from '@/components/LanguageLinks'
import type { Locale } from '@/i18n/locales'
import { loadBlocks } from '@/lib/content/blocks'
import { fallbackMarks } from '@/lib/content/fallback'
import { breadcrumbs, loadSitePage } from '@/lib/content/pages'
import { previewPageReader } from '@/lib/content/preview'
import { notFoundOrRedirect } from '@/lib/content/redirects'
import { alternatesMetadata, documentMetadata } from '@/lib/metadata'
import { idOf } from '@/lib/relationValues'
import { pageSite } from '@/lib/sites/page'
import { breadcrumbList } from '@/lib/structuredData'

// Rendered on first request and cached until a content change expires its tags (see the layout).
export function generateStaticParams(): { rest: string[] }[] {
  return []
}

type Props = { params: Promise<{ site: string; locale: Locale; rest: string[] }> }

/** Segments as stored (slugs are plain ASCII; anything else, or a malformed escape, is no page's address). */
const decoded = (rest: string[]) =>
  rest.map((segment) => {
    try {
      return decodeURIComponent(segment)
    } catch {
      return segment
    }
  })

// Once per request: generateMetadata and the page share the result.
const loadPage = cache(async (siteKey: string, rest: string[], locale: Locale) => loadSitePage(await pageSite(siteKey, locale), decoded(rest), locale, await previewPageReader()))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: siteKey, locale, rest } = await params
  if (rest.length === 1 && rest[0] === 'not-found') return {}
  const site = await pageSite(siteKey, locale)
  const page = await loadPage(siteKey, rest, locale)
  if (!page || 'moved' in page) return {}
  const hero = page.doc.layout?.find((block) => block.blockType === 'hero')
  const heroText = hero && 'text' in hero ? hero.text : null
  return {
    alternates: alternatesMetadata(site, page.canonical, page.alternates, page.translatedIn),
    ...documentMetadata({ site, meta: page.meta, title: page.doc.title, description: heroText, path: page.canonical, locale }),
  }
}

/**
 * Any other path under a locale: a page of the site (collections/Pages, nested by its parents'
 * slugs: /en/who-we-are/history); else a redirect (an old address of a renamed document, or one
 * kept in the admin: lib/redirects/plugin.ts) answering 308; else the localized not-found page
 * inside the site's layout. proxy.ts's own rewrite to `/{locale}/not-found` is never looked up.
 */
export default async function SitePage({ params }: Props) {
  const { site: siteKey, locale, rest } = await params
  if (rest.length === 1 && rest[0] === 'not-found') notFound()
  const site = await pageSite(siteKey, locale)
  setRequestLocale(locale)
  const page = await loadPage(siteKey, rest, locale)
  if (page && 'moved' in page) permanentRedirect(page.moved)
  if (!page) return notFoundOrRedirect(site, locale, `/${locale}/${rest.map(encodeURIComponent).join('/')}`)
  const { doc } = page
  const t = await getTranslations({ locale })
  const crumbs = breadcrumbs(page.tree, String(doc.id), locale, t('blocks.home'))
  const blocks = await loadBlocks(doc.layout, {
    site,
    locale,
    tree: page.tree,
    office: idOf(doc.country) ?? null,
    inAllLocales: page.inAllLocales,
    preview: page.preview,
    t: (key, values) => t(key as never, values as never),
  })
  // Blocks whose texts this language lacks are shown in the default language (each marked with `lang`).
  const marks = fallbackMarks([...page.fallbackFields, ...(blocks.some((block) => 'lang' in block && block.lang) ? ['layout'] : [])], locale)
  return (
    <>
      <DocumentPreview locale={locale} page={page} />
      <LanguageLinks current={locale} languages={site.languages} hrefs={page.alternates} label={t('site.languageSwitcher')} />
      <article className="site-page">
        {crumbs.length > 2 ? <Breadcrumbs crumbs={crumbs} label={t('blocks.breadcrumbs')} /> : null}
        <h1 lang={marks.langOf('title')}>{doc.title}</h1>
        {marks.hasFallback ? <FallbackNotice message={t('fallback.document', marks.languages)} /> : null}
        <Blocks
          blocks={blocks}
          locale={locale}
          offices={site.offices}
          labels={{ downloads: t('blocks.downloads'), photoCredit: t('blocks.photoCredit'), email: t('blocks.email'), phone: t('blocks.phone') }}
        />
      </article>
      {crumbs.length > 2 ? <JsonLd data={breadcrumbList(site, crumbs)} /> : null}
    </>
  )
}
