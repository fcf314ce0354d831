import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { documentPath, listPath, type RoutedCollection } from '@/i18n/paths'
import type { Where } from 'payload'

import type { Site } from '@/lib/sites/directory'
import { officeIdsOf } from '@/lib/sites/offices'
import { findPublicBySlug, findPublicInAllLocales, type PublicDoc, type ReadSite } from './reader'

/** How a document page reads: the safe door, or (preview only) drafts as a signed-in editor. */
export type DocumentReader = {
  bySlug<C extends RoutedCollection>(collection: C, slug: string, locale: Locale, depth: number, site: ReadSite): Promise<PublicDoc<C> | null>
  inAllLocales(collection: RoutedCollection, where: Where, site: ReadSite): Promise<Record<string, unknown>[]>
}

export const publicReader: DocumentReader = {
  bySlug: (collection, slug, locale, depth, site) => findPublicBySlug(collection, slug, locale, depth, site),
  inAllLocales: (collection, where, site) => findPublicInAllLocales(collection, { where, site }),
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
  /** The SEO texts and image (lib/seo/plugin.ts) this locale has of its own; absent ones fall to the document's. */
  meta: OwnMeta
}

export type OwnMeta = { title?: string; description?: string; image?: unknown }

/**
 * The SEO fields a locale has of its own: Payload's fallback would put the default language's
 * SEO title on a translated page, above a headline in the page's language. The image is the
 * one read with the page (populated), when this locale chose one.
 */
export function ownMeta(inAllLocales: Record<string, unknown>, shown: Record<string, unknown>, locale: Locale): OwnMeta {
  const all = (inAllLocales.meta ?? {}) as Record<string, unknown>
  const own = (key: string) => ownValue(all[key], locale)
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)
  const image = own('image') != null ? (shown.meta as Record<string, unknown> | undefined)?.image : undefined
  return { title: text(own('title')), description: text(own('description')), ...(image != null ? { image } : {}) }
}

const isEmpty = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0)

/** A localized value as read in every locale: `{ en: …, tr: … }`. */
const isPerLocale = (value: unknown): value is Partial<Record<Locale, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => isLocale(key))

/**
 * What a field holds in a locale of its own, from its value read in every locale. A localized
 * field is `{ en, tr }`; an array whose rows have localized fields (a programme's pillars) is
 * the locale's own unless a row's field has text in the default language and none in this one
 * (then the page shows that text in the default language). Read per locale, it was looked up as
 * `pillars.tr`, never there, and every translated programme's pillars were marked as English.
 */
function ownValue(value: unknown, locale: Locale): unknown {
  if (isPerLocale(value)) return value[locale]
  if (Array.isArray(value)) {
    const localized = value.flatMap((row) => (typeof row === 'object' && row !== null ? Object.values(row).filter(isPerLocale) : []))
    if (localized.length > 0) return localized.some((field) => isEmpty(field[locale]) && !isEmpty(field[defaultLocale])) ? undefined : value
  }
  return undefined
}

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
  const doc = await reader.bySlug(collection, slug, locale, 2, site)
  if (!doc) return null
  // Another office's document is not on this site (a programme: when none of its offices is the site's).
  const offices = site.offices.map(String)
  if (!officeIdsOf(collection, doc).some((office) => offices.includes(String(office)))) return null

  // One read in every locale gives both the per-locale slugs and what this locale really has.
  const [inAllLocales = {}] = await reader.inAllLocales(collection, { id: { equals: doc.id } }, site)
  const own = (field: string, l: Locale) => ownValue(inAllLocales[field], l)
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
  return { doc, alternates, translatedIn, fallbackFields, canonical, preview: reader !== publicReader, meta: ownMeta(inAllLocales, shown, locale) }
}
