/**
 * Search text folding with Turkish and Azerbaijani rules (the same dotted and dotless i), used
 * both when indexing and when querying, so that "gocmen", "GÖÇMEN" and "göçmen" meet,
 * "istanbul" finds "İstanbul" and "baki" finds "BAKI" and "Bakı" ("I" and "İ" both fold to "i",
 * as do "ı" and "i"), and "azerbaycan" finds "Azərbaycan" (ə folds to e, as slugs write it).
 * Every character folds on its own, into one character for every letter above, which keeps a
 * map from the folded text back to the original for highlighting.
 *
 * The index stores folded text (the `search` entries' text_<locale>, and SQLite's FTS5 index built
 * from it): a change here needs every entry refolded (the search index's "Reindex").
 */
const turkicLetters: Record<string, string> = {
  ı: 'i',
  ğ: 'g',
  ş: 's',
  ç: 'c',
  ö: 'o',
  ü: 'u',
  ə: 'e',
  // Look-alikes of ə in Azerbaijani text: the Cyrillic ә of older keyboard layouts, the turned e ǝ.
  ә: 'e',
  ǝ: 'e',
}

/** Each character's folding, computed once: indexing 50,000 documents folds ~10^9 characters of few kinds. */
const foldedChars = new Map<string, string>()

function foldChar(char: string): string {
  const known = foldedChars.get(char)
  if (known !== undefined) return known
  const out = foldCharNow(char)
  if (foldedChars.size < 10_000) foldedChars.set(char, out)
  return out
}

function foldCharNow(char: string): string {
  const lower = char.toLocaleLowerCase('tr')
  let out = ''
  for (const c of lower) {
    const mapped = turkicLetters[c] ?? c
    // Decompose and drop combining marks: "é" → "e", "i̇" (from "İ") → "i".
    out += mapped.normalize('NFD').replace(/\p{M}/gu, '')
  }
  return out
}

export function fold(text: string): string {
  let out = ''
  for (const char of text) out += foldChar(char)
  return out
}

/** Words of a query, folded; punctuation (and so SQL wildcards) never reaches the database. */
export function queryTerms(query: string, max = 8): string[] {
  const words = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
  return [...new Set(words)].slice(0, max)
}

export type Segment = { text: string; match: boolean }

/** Splits `text` into plain and matching segments for every folded occurrence of the terms. */
export function highlight(text: string, terms: string[]): Segment[] {
  if (!text) return []
  // folded[i] came from the original character starting at starts[i].
  let folded = ''
  const starts: number[] = []
  const chars = Array.from(text)
  let offset = 0
  for (const char of chars) {
    const f = foldChar(char)
    for (let i = 0; i < f.length; i++) starts.push(offset)
    folded += f
    offset += char.length
  }
  starts.push(text.length)

  const marked = new Array<boolean>(text.length).fill(false)
  for (const term of terms) {
    if (!term) continue
    let at = folded.indexOf(term)
    while (at !== -1) {
      const from = starts[at]
      const to = starts[at + term.length] ?? text.length
      // Extend to the end of the original character the match ends in.
      for (let i = from; i < Math.max(to, from + 1); i++) marked[i] = true
      at = folded.indexOf(term, at + term.length)
    }
  }

  const segments: Segment[] = []
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1]
    if (last && last.match === marked[i]) last.text += text[i]
    else segments.push({ text: text[i], match: marked[i] })
  }
  return segments
}

/** Up to `length` characters of `text` around the first match, on word boundaries. */
export function snippet(text: string, terms: string[], length = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= length) return clean
  const foldedText = fold(clean)
  const positions = terms.map((term) => foldedText.indexOf(term)).filter((at) => at >= 0)
  // fold() keeps lengths for every letter we index, so a folded index is close to the original one.
  const first = positions.length ? Math.min(...positions) : 0
  let start = Math.max(0, first - Math.floor(length / 3))
  if (start > 0) {
    const space = clean.indexOf(' ', start)
    start = space === -1 || space > first ? start : space + 1
  }
  let end = Math.min(clean.length, start + length)
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end)
    if (space > start) end = space
  }
  return `${start > 0 ? '… ' : ''}${clean.slice(start, end)}${end < clean.length ? ' …' : ''}`
}
