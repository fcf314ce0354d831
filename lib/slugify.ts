import slugify from '@sindresorhus/slugify'

/**
 * Turkish and Azerbaijani letters transliterated the way readers type them in a URL:
 * ç → c, ğ → g, ı and İ → i, ö → o, ş → s, ü → u, and Azerbaijani ə → e.
 * The library's defaults are German-style (ö → oe) and its `locale: 'tr'` drops "İ".
 */
const turkicLetters: [string, string][] = [
  ['ç', 'c'],
  ['Ç', 'c'],
  ['ğ', 'g'],
  ['Ğ', 'g'],
  ['ı', 'i'],
  ['I', 'i'],
  ['İ', 'i'],
  ['ö', 'o'],
  ['Ö', 'o'],
  ['ş', 's'],
  ['Ş', 's'],
  ['ü', 'u'],
  ['Ü', 'u'],
  ['ə', 'e'],
  ['Ə', 'e'],
  // Look-alikes of ə that Azerbaijani text often carries (Cyrillic ә from older keyboard layouts,
  // the turned e ǝ): the library would drop them ("Әli" → "li").
  ['ә', 'e'],
  ['Ә', 'e'],
  ['ǝ', 'e'],
  ['Ǝ', 'e'],
  // Turkish writes suffixes after an apostrophe ("Bakü’de"): keep the word whole ("bakude").
  ['’', ''],
  ["'", ''],
]

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const maxSlugLength = 120

/** "Göç İdaresi ile İş Birliği" → "goc-idaresi-ile-is-birligi". */
export function toSlug(text: string): string {
  const slug = slugify(text, { customReplacements: turkicLetters, decamelize: false })
  if (slug.length <= maxSlugLength) return slug
  // Cut at a word boundary so a long title does not end in half a word.
  const cut = slug.slice(0, maxSlugLength)
  const lastDash = cut.lastIndexOf('-')
  return lastDash > 40 ? cut.slice(0, lastDash) : cut
}
