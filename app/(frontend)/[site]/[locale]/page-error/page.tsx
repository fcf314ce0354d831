import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ErrorNotice } from '@/components/ErrorNotice'
import type { Locale } from '@/i18n/locales'
import { pageSite } from '@/lib/sites/page'

type Props = { params: Promise<{ site: string; locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: siteKey, locale } = await params
  await pageSite(siteKey, locale)
  const t = await getTranslations({ locale, namespace: 'error' })
  return { title: t('title'), robots: { index: false, follow: false } }
}

/**
 * The localized error page, server-rendered inside the site's layout. A page that fails to
 * render answers with Next's empty error shell, drawn by React in the browser from ../error.tsx;
 * server.mjs sends this page in its place, with the failure's status (and 500 at its own
 * address: it is never a 200 page). A cached page: its only reads are the layout's cached
 * navigation, so it renders while the database is down (unless navigation changed meanwhile).
 */
export default async function PageError({ params }: Props) {
  const { site: siteKey, locale } = await params
  await pageSite(siteKey, locale)
  setRequestLocale(locale)
  return <ErrorNotice locale={locale} />
}
