import { getTranslations } from 'next-intl/server'

import { Blocks } from '@/components/Blocks'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DocumentPreview } from '@/components/DocumentPreview'
import { FallbackNotice } from '@/components/FallbackNotice'
import { JsonLd } from '@/components/JsonLd'
import { LanguageLinks } from '@/components/LanguageLinks'
import type { Locale } from '@/i18n/locales'
import { loadBlocks } from '@/lib/content/blocks'
import { fallbackMarks } from '@/lib/content/fallback'
import { breadcrumbs, type SitePage } from '@/lib/content/pages'
import { idOf } from '@/lib/relationValues'
import type { Site } from '@/lib/sites'
import { breadcrumbList } from '@/lib/structuredData'

/** What a page of blocks says of itself when it has no description of its own: its hero's text. */
export function heroText(page: SitePage): string | null {
  const hero = page.doc.layout?.find((block) => block.blockType === 'hero')
  return hero && 'text' in hero ? (hero.text ?? null) : null
}

type Props = { site: Site; page: SitePage; locale: Locale; className?: string }

/**
 * A page of blocks (collections/Pages) as the site shows it: at its own address
 * ([...rest]/page.tsx) and, for the site's home page, at the site's home ([locale]/page.tsx).
 */
export async function PageOfBlocks({ site, page, locale, className = 'site-page' }: Props) {
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
      <article className={className}>
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
