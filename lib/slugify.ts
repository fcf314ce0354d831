import slugify from '@sindresorhus/slugify'

/**
 * Turkish (and Azerbaijani) letters transliterated the way readers type them in a URL.
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
