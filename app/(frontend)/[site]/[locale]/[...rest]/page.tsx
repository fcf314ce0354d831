import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'
import { cache } from 'react'

import { heroText, PageOfBlocks } from '@/components/PageOfBlocks'
import type { Locale } from '@/i18n/locales'
import { loadSitePage } from '@/lib/content/pages'
import { previewPageReader } from '@/lib/content/preview'
import { notFoundOrRedirect } from '@/lib/content/redirects'
import { alternatesMetadata, documentMetadata } from '@/lib/metadata'
import { pageSite } from '@/lib/sites/page'

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
  return {
    alternates: alternatesMetadata(site, page.canonical, page.alternates, page.translatedIn),
    ...documentMetadata({ site, meta: page.meta, title: page.doc.title, description: heroText(page), path: page.canonical, locale }),
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
  return <PageOfBlocks site={site} page={page} locale={locale} />
}
