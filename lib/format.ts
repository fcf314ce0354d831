import { intlLocale, type Locale } from '@/i18n/locales'

/** "28 July 2022" in English, "28 Temmuz 2022" in Turkish, "28 iyul 2022" in Azerbaijani. */
export function formatDate(iso: string | Date, locale: Locale): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

export type FactNotation = 'plain' | 'compact' | 'percent'

/**
 * Compact figures as each language's press writes them: English "1.7M" (the plain `en`
 * short form; en-GB would give "1.7m"), Turkish "1,7 milyon" (the long form: the short
 * "1,7 Mn" and "100 B" are not what Turkish readers see in print, and the agency's Turkish
 * pages say "1,7 milyon"), Azerbaijani "1,7 mln" and "1,2 mlrd" (the short form, as Azerbaijani
 * press abbreviates) but "2,5 min" for thousands: the short form's "2,5K" is not Azerbaijani
 * (`thousandsInWords`).
 */
const compactStyle: Partial<Record<Locale, { tag: string; display: 'short' | 'long'; thousandsInWords?: boolean }>> = {
  en: { tag: 'en', display: 'short' },
  tr: { tag: 'tr', display: 'long' },
  az: { tag: 'az', display: 'short', thousandsInWords: true },
}

const compactFormat = (tag: string, display: 'short' | 'long') => new Intl.NumberFormat(tag, { notation: 'compact', compactDisplay: display, maximumFractionDigits: 1 })

/** A stored number shown in the page's locale: "100,000" / "100.000", "1.7M" / "1,7 milyon" / "1,7 mln", "42%" / "%42". */
export function formatFact(value: number, notation: FactNotation, locale: Locale): string {
  switch (notation) {
    case 'compact': {
      const style = compactStyle[locale] ?? { tag: intlLocale(locale), display: 'short' as const }
      const format = compactFormat(style.tag, style.display)
      if (style.thousandsInWords && format.formatToParts(value).some((part) => part.type === 'compact' && part.value === 'K')) return compactFormat(style.tag, 'long').format(value)
      return format.format(value)
    }
    case 'percent':
      return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(value)
    default:
      return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(value)
  }
}
