import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { SearchForm } from '@/components/SearchForm'
import { SiteFooter, SiteNav } from '@/components/SiteNav'
import { getPathname } from '@/i18n/navigation'
import { listPath, routedCollections } from '@/i18n/paths'
import { siteFooter, siteNavigation, type NavSection } from '@/lib/content/menus'
import '@/app/(frontend)/styles.css'
import { pageSite } from '@/lib/sites/page'

type Props = { children: ReactNode; params: Promise<{ site: string; locale: string }> }

/**
 * No page is rendered at build time (the build has no database); every page without query
 * parameters is rendered on its first request, then served from Next's cache until a content
 * change expires one of the tags its reads carry (lib/cache/tags.ts, lib/cache/revalidate.ts).
 */
export function generateStaticParams(): { site: string; locale: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: siteKey, locale } = await params
  const site = await pageSite(siteKey, locale)
  const t = await getTranslations({ locale, namespace: 'site' })
  return {
    metadataBase: new URL(site.origin),
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('tagline'),
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { site: siteKey, locale: requested } = await params
  // The site and the locale, or not found (a locale the site does not publish).
  const site = await pageSite(siteKey, requested)
  const { locale } = site
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'site' })
  const nav = await getTranslations({ locale, namespace: 'nav' })
  const searchT = await getTranslations({ locale, namespace: 'search' })
  const home = getPathname({ locale, href: '/' })
  const [navigation, footer] = await Promise.all([siteNavigation(site, locale), siteFooter(site, locale)])
  // Until the Navigation global is filled in the admin, the header lists the site's sections.
  const sections: NavSection[] =
    navigation.length > 0
      ? navigation
      : [
          ...routedCollections.map((section) => ({ href: listPath(section, locale), label: nav(section), links: [] })),
          { href: getPathname({ locale, href: '/facts' }), label: nav('facts'), links: [] },
        ]

  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <a className="site-header__brand" href={home}>
              {t('name')}
            </a>
            <SearchForm variant="site" action={getPathname({ locale, href: '/search' })} label={searchT('label')} submitLabel={searchT('submit')} />
          </div>
          <div className="container">
            <SiteNav label={t('mainNavigation')} sections={sections} overviewLabel={(section) => nav('overview', { section })} />
          </div>
        </header>
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter columns={footer.columns} note={footer.note ?? t('footer')} label={nav('footerLinks')} />
      </body>
    </html>
  )
}
