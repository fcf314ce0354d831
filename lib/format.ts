import { intlLocale, type Locale } from '../i18n/locales'

/** "28 July 2022" in English, "28 Temmuz 2022" in Turkish. */
export function formatDate(iso: string | Date, locale: Locale): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}
