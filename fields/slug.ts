import type { CollectionSlug, FieldHook, PayloadRequest, TextField, Validate, Where } from 'payload'

import { locales } from '@/i18n/locales'
import { keepingRequestLocale } from '@/lib/requestLocale'
import { maxSlugLength, slugPattern, toSlug } from '@/lib/slugify'

type SlugFieldOptions = {
  /** The localized field the slug is generated from. */
  from?: string
  /**
   * Where the slug must be unique, beside the collection: a page's among its siblings (same site,
   * same parent: collections/Pages). Given the document's data as saved; `{}` for the collection.
   */
  scope?: (data: Record<string, unknown>) => Where
  /** Slugs this document may not take (a top-level page may not shadow /news): the reason, or null. */
  reserved?: (slug: string, data: Record<string, unknown>, req: PayloadRequest) => string | null
}

/**
 * A localized slug: generated from the title in each locale with Turkish-aware
 * transliteration, editable (an edited value is normalised the same way) and unique within
 * its collection across all locales.
 */
export function slugField({ from = 'title', scope = () => ({}), reserved = () => null }: SlugFieldOptions = {}): TextField {
  const proposedSlug = ({ value, data, originalDoc }: Parameters<FieldHook>[0]) => {
    if (typeof value === 'string' && value.trim() !== '') return toSlug(value)
    // An update that does not send the slug keeps the published address, even if the title changes.
    if (typeof originalDoc?.slug === 'string' && originalDoc.slug !== '') return originalDoc.slug
    const source = data?.[from] ?? originalDoc?.[from]
    if (typeof source === 'string' && source.trim() !== '') return toSlug(source)
    return value
  }

  /**
   * A slug that only documents the author may not read hold (another office's drafts) is
   * replaced by the next free one ("…-2", "…-3"): refusing it ("already used") told staff of
   * one office that the other had a draft with that slug (issue 14). A clash with a document
   * the author can read is left to `validate`, which says so.
   */
  const generateSlug: FieldHook = async (args) => {
    const slug = proposedSlug(args)
    const { req, collection, originalDoc } = args
    if (typeof slug !== 'string' || !slugPattern.test(slug) || !req.user || !collection) return slug
    const collectionSlug = collection.slug as CollectionSlug
    const id = originalDoc?.id as string | number | undefined
    const within = scope({ ...originalDoc, ...args.data })
    return keepingRequestLocale(req, async () => {
      const holders = await slugHolders(slug, id, collectionSlug, req, within)
      if (holders.length === 0 || (await anyReadable(holders, collectionSlug, req))) return slug
      for (let n = 2; n < 100; n++) {
        const suffix = `-${n}`
        const candidate = `${slug.slice(0, maxSlugLength - suffix.length).replace(/-+$/, '')}${suffix}`
        if ((await slugHolders(candidate, id, collectionSlug, req, within)).length === 0) return candidate
      }
      return slug
    })
  }

  /**
   * A duplicate's slug in each language: the original's with "-copy" (then "-copy-2", …), free
   * among its scope. Kept as it was, the copy (a draft, saved without validation) held the
   * original's address, and the original could no longer be saved ("already used").
   */
  const copySlug: FieldHook = async ({ value, req, collection, data }) => {
    if (typeof value !== 'string' || value === '' || !collection) return value
    const stem = value.slice(0, maxSlugLength - '-copy-99'.length).replace(/-+$/, '')
    const within = scope((data ?? {}) as Record<string, unknown>)
    return keepingRequestLocale(req, async () => {
      for (let n = 1; n < 100; n++) {
        const candidate = `${stem}-copy${n > 1 ? `-${n}` : ''}`
        if ((await slugHolders(candidate, undefined, collection.slug as CollectionSlug, req, within)).length === 0) return candidate
      }
      return `${stem}-copy-${Date.now().toString(36)}`.slice(0, maxSlugLength)
    })
  }

  /** Ids of the other documents that hold this slug in some locale, published or draft. */
  const slugHolders = async (value: string, id: string | number | undefined, collection: CollectionSlug, req: PayloadRequest, within: Where) => {
    const where: Where = { ...within, slug: { equals: value } }
    if (id != null) where.id = { not_equals: id }
    const ids = new Set<string | number>()
    for (const locale of locales) {
      for (const draft of [false, true]) {
        const found = await req.payload.find({ collection, where, locale, draft, depth: 0, limit: 10, pagination: false, overrideAccess: true, select: {}, req })
        for (const doc of found.docs) ids.add(doc.id)
      }
    }
    return [...ids]
  }

  /** Whether the request's user may read any of these documents (a draft of their office, or a published one). */
  const anyReadable = async (ids: (string | number)[], collection: CollectionSlug, req: PayloadRequest) => {
    const readable = await req.payload.find({ collection, where: { id: { in: ids } }, draft: true, depth: 0, limit: 1, pagination: false, select: {}, overrideAccess: false, req })
    return readable.docs.length > 0
  }

  const uniquePerLocale: Validate<string> = async (value, { req, id, collectionSlug, data }) => {
    if (value == null || value === '') {
      return 'A slug is required: give the document a title, or type a slug.'
    }
    if (!slugPattern.test(value)) {
      return 'Use lowercase letters a-z, digits and single hyphens only (e.g. "goc-idaresi-ile-is-birligi").'
    }
    const refusal = reserved(value, (data ?? {}) as Record<string, unknown>, req)
    if (refusal) return refusal
    if (!collectionSlug) return true
    // Unique across every locale of the collection (or the scope): an untranslated document is
    // reachable under another locale's URL by its default-locale slug, so two documents must
    // never share one. Both the published versions and the latest drafts count.
    const where: Where = { ...scope((data ?? {}) as Record<string, unknown>), slug: { equals: value } }
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
    label: { en: 'Slug', tr: 'Kısa ad (URL)', az: 'Qısa ad (URL)' },
    admin: {
      position: 'sidebar',
      description: {
        en: 'The last part of the page address. Filled from the title when left empty; Turkish letters become plain ones (ç → c, ğ → g, ı/İ → i).',
        tr: 'Sayfa adresinin son kısmı. Boş bırakılırsa başlıktan üretilir; Türkçe harfler sadeleştirilir (ç → c, ğ → g, ı/İ → i).',
        az: 'Səhifə ünvanının son hissəsi. Boş qalarsa, başlıqdan yaradılır; Azərbaycan hərfləri sadə hərflərlə əvəz olunur (ə → e, ı/İ → i, ö → o, ü → u, ş → s, ç → c, ğ → g).',
      },
    },
    hooks: { beforeValidate: [generateSlug], beforeDuplicate: [copySlug] },
    validate: uniquePerLocale,
  }
}
