import { defaultLocale, type Locale } from '@/i18n/locales'
import { documentPath, listPath, type RoutedCollection } from '@/i18n/paths'
import type { Where } from 'payload'

import type { Site } from '@/lib/sites/directory'
import { officeIdsOf } from '@/lib/sites/offices'
import { findPublicBySlug, findPublicInAllLocales, type PublicDoc } from './reader'

/** How a document page reads: the safe door, or (preview only) drafts as a signed-in editor. */
export type DocumentReader = {
  bySlug<C extends RoutedCollection>(collection: C, slug: string, locale: Locale, depth: number): Promise<PublicDoc<C> | null>
  inAllLocales(collection: RoutedCollection, where: Where): Promise<Record<string, unknown>[]>
}

export const publicReader: DocumentReader = {
  bySlug: (collection, slug, locale, depth) => findPublicBySlug(collection, slug, locale, depth),
  inAllLocales: (collection, where) => findPublicInAllLocales(collection, { where }),
}

export type DocumentPage<C extends RoutedCollection> = {
  doc: PublicDoc<C>
  /** The page of this document in each locale: its own translation, or the matching list. */
  alternates: Record<Locale, string>
  /** Locales with their own translation of this document (for hreflang). */
  translatedIn: Locale[]
  /** Localized fields shown in the default language because this locale lacks them. */
  fallbackFields: string[]
  /** The canonical URL path: this page, or the default-language page when untranslated. */
  canonical: string
  /** True when read as a preview (the latest draft, for a signed-in editor). */
  preview: boolean
}

const isEmpty = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * Everything a document page needs, read through the safe door: the document (with
 * fallback), its URL in every locale (for the switcher, hreflang and canonical), and which of
 * `localizedFields` fell back to the default language (so the page can say so and mark them).
 */
export async function loadDocumentPage<C extends RoutedCollection>(
  site: Pick<Site, 'languages' | 'defaultLanguage' | 'offices'>,
  collection: C,
  slug: string,
  locale: Locale,
  localizedFields: (keyof PublicDoc<C> & string)[],
  reader: DocumentReader = publicReader,
): Promise<DocumentPage<C> | null> {
  const doc = await reader.bySlug(collection, slug, locale, 2)
  if (!doc) return null
  // Another office's document is not on this site (a programme: when none of its offices is the site's).
  const offices = site.offices.map(String)
  if (!officeIdsOf(collection, doc).some((office) => offices.includes(String(office)))) return null

  // One read in every locale gives both the per-locale slugs and what this locale really has.
  const [inAllLocales = {}] = await reader.inAllLocales(collection, { id: { equals: doc.id } })
  const own = (field: string, l: Locale) => (inAllLocales[field] as Partial<Record<Locale, unknown>> | undefined)?.[l]
  const slugs = Object.fromEntries(site.languages.flatMap((l) => (typeof own('slug', l) === 'string' && own('slug', l) !== '' ? [[l, own('slug', l) as string]] : []))) as Partial<
    Record<Locale, string>
  >
  const translatedIn = site.languages.filter((l) => slugs[l])
  const alternates = Object.fromEntries(site.languages.map((l) => [l, slugs[l] ? documentPath(collection, slugs[l] as string, l) : listPath(collection, l)])) as Record<
    Locale,
    string
  >

  const shown = doc as unknown as Record<string, unknown>
  const fallbackFields = locale === defaultLocale ? [] : localizedFields.filter((field) => isEmpty(own(field, locale)) && !isEmpty(shown[field]))

  // Untranslated: the page in the language it falls back to (the platform's default, when the site has it).
  const canonical = slugs[locale] ? alternates[locale] : alternates[site.languages.includes(defaultLocale) ? defaultLocale : site.defaultLanguage]
  return { doc, alternates, translatedIn, fallbackFields, canonical, preview: reader !== publicReader }
}
