import { languageName, type Locale } from '@/i18n/locales'

/**
 * The visible mark of an untranslated item in a list: the name of the language it is shown in,
 * in the reader's language ("İngilizce"), so a Turkish list never mixes languages silently.
 */
export function LanguageNote({ lang, locale }: { lang: Locale; locale: Locale }) {
  return (
    <span className="language-note" lang={locale}>
      {languageName(lang, locale)}
    </span>
  )
}
