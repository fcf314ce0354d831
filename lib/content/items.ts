import type { Locale } from '@/i18n/locales'
import type { FactNotation } from '@/lib/format'

/**
 * What the content layer hands the presentational components (components/ContentList,
 * FactsBand, CardList): plain values, already in the page's language. Defined here, on the lib
 * side, so that lib never imports a component (imports run app → components → lib).
 */

/**
 * An image as the components show it: a path served by Payload, its intrinsic size (no layout
 * shift), its alt text. `unoptimized` in a preview: a draft's new image is not public yet, and
 * Next's optimizer fetches it without the editor's session. Re-exported by blocks-types.ts.
 */
export type BlockImage = { src: string; width: number; height: number; alt: string; caption?: string | null; credit?: string | null; unoptimized?: boolean }

/** An item of a dated list (news, statements, search results, feeds). */
export type ContentListItem = {
  id: string | number
  title: string
  href: string
  excerpt?: string | null
  date?: string | null
  dateline?: string | null
  /** A short label above the title, e.g. the kind of statement. */
  kicker?: string
  /** Set when the item is shown in another language than the page's (untranslated). */
  lang?: Locale
  /** A thumbnail beside the headline. */
  image?: BlockImage | null
}

/** A figure of the facts band. */
export type FactItem = { id: string | number; value: number; notation: FactNotation; label: string; labelLang?: Locale }

/** A card (programmes, countries). */
export type Card = {
  id: string | number
  href: string
  title: string
  text?: string | null
  /** A line in the page's language (status, years). */
  meta?: string
  /** Set when the title and text are shown in another language than the page's (untranslated). */
  lang?: Locale
  /** A picture at the top of the card. */
  image?: BlockImage | null
}
