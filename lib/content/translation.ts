import { defaultLocale, type Locale } from '@/i18n/locales'
import { findPublic, type PublicCollection, type PublicDoc, type ReadSite } from './reader'

export type WithTranslation<T> = T & { translated: boolean }

/**
 * Marks which documents of a list have their own text in `locale` (judged by `field`, their
 * title or label); the others are shown in the default language and must say so.
 */
export async function markTranslated<C extends PublicCollection>(
  collection: C,
  docs: PublicDoc<C>[],
  locale: Locale,
  field: keyof PublicDoc<C> & string,
  site: ReadSite | null,
): Promise<WithTranslation<PublicDoc<C>>[]> {
  if (locale === defaultLocale || docs.length === 0) return docs.map((doc) => ({ ...doc, translated: true }))
  const { docs: own } = await findPublic(collection, {
    site,
    locale,
    fallback: false,
    where: { id: { in: docs.map((doc) => doc.id) } },
    limit: docs.length,
    depth: 0,
    select: { [field]: true },
    pagination: false,
  })
  const translated = new Set(own.filter((doc) => (doc as unknown as Record<string, unknown>)[field]).map((doc) => doc.id))
  return docs.map((doc) => ({ ...doc, translated: translated.has(doc.id) }))
}
