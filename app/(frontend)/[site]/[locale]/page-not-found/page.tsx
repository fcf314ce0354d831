import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { LanguageLinks } from '@/components/LanguageLinks'
import { NotFoundContent } from '@/components/NotFoundContent'
import { getPathname } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'
import { pageSite } from '@/lib/sites/page'

type Props = { params: Promise<{ site: string; locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: siteKey, locale } = await params
  await pageSite(siteKey, locale)
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return { title: t('title'), robots: { index: false, follow: true } }
}

/**
 * The localized 404 page, server-rendered inside the site's layout. server.mjs sends it, with
 * status 404, in place of the empty shell Next answers a `notFound()` with (see ../not-found.tsx),
 * and with status 404 when it is asked for by its own address: it is never a 200 page. A cached
 * page like the others: the header and footer follow the Navigation and Footer globals.
 */
export default async function PageNotFound({ params }: Props) {
  const { site: siteKey, locale } = await params
  const site = await pageSite(siteKey, locale)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'site' })
  const homes = Object.fromEntries(locales.map((l) => [l, getPathname({ locale: l, href: '/' })])) as Record<Locale, string>
  return (
    <>
      <LanguageLinks current={locale} languages={site.languages} hrefs={homes} label={t('languageSwitcher')} />
      <NotFoundContent locale={locale} />
    </>
  )
}
