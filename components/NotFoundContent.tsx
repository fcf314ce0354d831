import { getTranslations } from 'next-intl/server'

import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'

/** What a reader sees for an address with no page: where to go instead, in the page's language. */
export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return (
    <section className="not-found">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <a href={getPathname({ locale, href: '/' })}>{t('home')}</a>
      </p>
    </section>
  )
}
