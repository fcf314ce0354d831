import { localeLabel, type Locale } from '@/i18n/locales'

type Props = {
  current: Locale
  /** The site's languages (lib/sites): only these are offered. */
  languages: readonly Locale[]
  /** The URL of this page in each locale. */
  hrefs: Partial<Record<Locale, string>>
  label: string
}

/** Plain links to this page in the other languages (no JavaScript needed). */
export function LanguageLinks({ current, languages, hrefs, label }: Props) {
  return (
    <nav aria-label={label} className="language-links">
      <ul>
        {languages.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {localeLabel(locale)}
              </span>
            ) : (
              <a href={hrefs[locale]} hrefLang={locale} lang={locale}>
                {localeLabel(locale)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
