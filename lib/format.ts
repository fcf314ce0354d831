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

const fileSizeUnits = [
  { unit: 'gigabyte', bytes: 1e9 },
  { unit: 'megabyte', bytes: 1e6 },
  { unit: 'kilobyte', bytes: 1e3 },
] as const

/**
 * A file's size in the page's locale, in decimal units (the CLDR "megabyte" is 10⁶ bytes):
 * "1.2 MB" / "1,2 MB", "340 kB". Below a kilobyte, "0.1 kB": a byte count is noise to a reader.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const format = (value: number, unit: string) => new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value)
  // The largest unit whose rounded value is at least 1 ("1 MB" for 999,960 bytes, not "1,000 kB").
  const fit = fileSizeUnits.find(({ bytes: size }) => Math.round((bytes / size) * 10) >= 10)
  return fit ? format(bytes / fit.bytes, fit.unit) : format(Math.max(bytes / 1e3, 0.1), 'kilobyte')
}

/** Short names of the formats offices publish; any other type shows its subtype ("application/x-rtf" → "RTF"). */
const fileTypeNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'text/plain': 'TXT',
}

/** A file's format as readers know it: "PDF", "DOCX", "CSV", "JPEG". */
export function fileTypeName(mimeType: string): string {
  const type = mimeType.split(';')[0].trim().toLowerCase()
  if (fileTypeNames[type]) return fileTypeNames[type]
  // "x-rtf" → "rtf", "svg+xml" → "svg", "vnd.ms-outlook" → "ms-outlook"
  const subtype = (type.split('/')[1] ?? type).replace(/^(x-|vnd\.)/, '').split(/[.+]/)[0]
  return subtype ? subtype.toUpperCase() : mimeType
}

/** A language's name in the page's language ("Turkish" / "Türkçe"); the code itself when Intl does not know it. */
export function formatLanguageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'code' }).of(code) ?? code
  } catch {
    return code // not a well-formed language tag
  }
}

/** A download's details after its label: "PDF, 1.2 MB, Turkish" (format, size, and its language when given). */
export function formatFileDetails({ mimeType, bytes, language }: { mimeType: string; bytes: number; language?: string | null }, locale: Locale): string {
  return [fileTypeName(mimeType), formatFileSize(bytes, locale), language ? formatLanguageName(language, locale) : null].filter(Boolean).join(', ')
}
