import { defaultLocale, languageName, type Locale } from '@/i18n/locales'

/**
 * For a page that shows `fallbackFields` in the default language: the `lang` of each field
 * and the notice's two language names, in the reader's language.
 */
export function fallbackMarks(fallbackFields: readonly string[], locale: Locale) {
  return {
    langOf: (field: string) => (fallbackFields.includes(field) ? defaultLocale : undefined),
    hasFallback: fallbackFields.length > 0,
    languages: { language: languageName(locale, locale), original: languageName(defaultLocale, locale) },
  }
}
