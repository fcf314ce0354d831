import type { CollectionSlug, FieldHook, PayloadRequest, TextField, Validate, Where } from 'payload'

import { locales } from '../i18n/locales'
import { keepingRequestLocale } from '../lib/requestLocale'
import { maxSlugLength, slugPattern, toSlug } from '../lib/slug'

type SlugFieldOptions = {
  /** The localized field the slug is generated from. */
  from?: string
}

/**
 * A localized slug: generated from the title in each locale with Turkish-aware
 * transliteration, editable (an edited value is normalised the same way) and unique within
 * its collection across all locales.
 */
export function slugField({ from = 'title' }: SlugFieldOptions = {}): TextField {
  const generateSlug: FieldHook = ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return toSlug(value)
    // An update that does not send the slug keeps the published address, even if the title changes.
    if (typeof originalDoc?.slug === 'string' && originalDoc.slug !== '') return originalDoc.slug
    const source = data?.[from] ?? originalDoc?.[from]
    if (typeof source === 'string' && source.trim() !== '') return toSlug(source)
    return value
  }

  const uniquePerLocale: Validate<string> = async (value, { req, id, collectionSlug }) => {
    if (value == null || value === '') {
      return 'A slug is required: give the document a title, or type a slug.'
    }
    if (!slugPattern.test(value)) {
      return 'Use lowercase letters a-z, digits and single hyphens only (e.g. "goc-idaresi-ile-is-birligi").'
    }
    if (!collectionSlug) return true
    // Unique across every locale of the collection: an untranslated document is reachable under
    // another locale's URL by its default-locale slug, so two documents must never share one.
    // Both the published versions and the latest drafts count.
    const where: Where = { slug: { equals: value } }
    if (id != null) where.id = { not_equals: id }
    return keepingRequestLocale(req, () => slugIsFree(value, where, collectionSlug as CollectionSlug, req))
  }

  const slugIsFree = async (value: string, where: Where, collection: CollectionSlug, req: PayloadRequest) => {
    for (const locale of locales) {
      for (const draft of [false, true]) {
        const clash = await req.payload.find({
          collection,
          where,
          locale,
          draft,
          depth: 0,
          limit: 1,
          pagination: false,
          overrideAccess: true,
          req,
        })
        if (clash.docs.length > 0) {
          return `The slug "${value}" is already used by another document. Change the title or edit the slug.`
        }
      }
    }
    return true
  }

  return {
    name: 'slug',
    type: 'text',
    localized: true,
    index: true,
    // Enforced by `validate` (a published document always has one); optional in the generated
    // types because the hook fills it from the title.
    maxLength: maxSlugLength,
    label: { en: 'Slug', tr: 'Kısa ad (URL)' },
    admin: {
      position: 'sidebar',
      description: {
        en: 'The last part of the page address. Filled from the title when left empty; Turkish letters become plain ones (ç → c, ğ → g, ı/İ → i).',
        tr: 'Sayfa adresinin son kısmı. Boş bırakılırsa başlıktan üretilir; Türkçe harfler sadeleştirilir (ç → c, ğ → g, ı/İ → i).',
      },
    },
    hooks: { beforeValidate: [generateSlug] },
    validate: uniquePerLocale,
  }
}
