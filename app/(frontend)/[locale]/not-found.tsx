import { getLocale, getTranslations } from 'next-intl/server'

import { getPathname } from '../../../i18n/navigation'
import { isLocale, defaultLocale } from '../../../i18n/locales'

/** The localized 404 inside the site's layout (unknown slug, bad list parameters). */
export default async function NotFound() {
  const requested = await getLocale()
  const locale = isLocale(requested) ? requested : defaultLocale
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
