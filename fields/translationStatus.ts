import type { CollectionBeforeChangeHook, Field, Payload, PayloadRequest } from 'payload'

import { defaultLocale, languageName, locales, type Locale } from '@/i18n/locales'
import { readInOwnOffices, workflowCustom, type WorkflowOffices } from '@/access/workflowFields'
import { keepingRequestLocale } from '@/lib/requestLocale'
import { filled } from '@/lib/relationValues'

const otherLocales = locales.filter((locale) => locale !== defaultLocale)

/**
 * `missingTranslations`: the locales in which a document is not fully translated, kept up to
 * date on every save. A translation is complete when every localized text field that has a
 * value in the default language (title, summary, body, caption…) has one in that locale too.
 * Shown as a column in the admin lists and filterable ("Missing translations contains Türkçe"
 * lists what needs a Turkish translation); publishing stays possible, the sidebar shows what
 * is missing.
 */
export const missingTranslationsField = (offices: WorkflowOffices): Field => ({
  name: 'missingTranslations',
  type: 'select',
  hasMany: true,
  index: true,
  options: otherLocales.map((locale) => ({ value: locale, label: { en: languageName(locale, 'en'), tr: languageName(locale, 'tr') } })),
  label: { en: 'Missing translations', tr: 'Eksik çeviriler', az: 'Çatışmayan tərcümələr' },
  // Editorial status, not content: the staff of the document's offices only (access/workflowFields.ts).
  access: { read: readInOwnOffices(offices) },
  custom: workflowCustom(offices),
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Filled in automatically on save: languages in which some text of the English version is still missing. You may publish anyway.',
      tr: 'Kaydederken kendiliğinden doldurulur: İngilizce sürümdeki bazı metinlerin henüz bulunmadığı diller. Yine de yayımlayabilirsiniz.',
      az: 'Yadda saxlanılarkən avtomatik doldurulur: ingiliscə versiyadakı bəzi mətnlərin hələ tərcümə edilmədiyi dillər. Buna baxmayaraq dərc edə bilərsiniz.',
    },
  },
})

type Localized = Partial<Record<Locale, unknown>>

/** Paths of localized text fields (top level and inside groups). */
function localizedPaths(fields: Field[], prefix: string[] = []): string[][] {
  return fields.flatMap((field) => {
    if ('fields' in field && (field.type === 'row' || field.type === 'collapsible')) return localizedPaths(field.fields, prefix)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => localizedPaths(tab.fields, 'name' in tab && tab.name ? [...prefix, tab.name] : prefix))
    if (field.type === 'group' && 'name' in field && field.name) return localizedPaths(field.fields, [...prefix, field.name])
    if ('name' in field && 'localized' in field && field.localized && ['text', 'textarea', 'richText'].includes(field.type)) return [[...prefix, field.name]]
    return []
  })
}

const at = (doc: unknown, path: string[]): unknown =>
  path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

/** The document as it will be after this save, every locale: stored values overlaid with this save's locale. */
async function allLocales(req: PayloadRequest, collection: string, id: string | number | undefined, draft: boolean): Promise<Record<string, unknown> | null> {
  if (id == null) return null
  return keepingRequestLocale(req, () =>
    req.payload.findByID({ collection: collection as never, id, locale: 'all', depth: 0, draft, overrideAccess: true, req }).then(
      (doc) => doc as Record<string, unknown>,
      () => null,
    ),
  )
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: number | string }).id : (value as number | string | undefined))

/** The offices a document being saved belongs to (its `country`, its `countries`, or itself for a country office). */
function officesOf(collection: string, doc: Record<string, unknown> | null | undefined): (number | string)[] {
  if (!doc) return []
  const values = collection === 'countries' ? [doc.id] : Array.isArray(doc.countries) ? doc.countries : [doc.country]
  return values.map(idOf).filter((id): id is number | string => id != null)
}

/**
 * The languages a translation is owed in: those of the sites that show the offices' content
 * (collections/Sites), so a Türkiye document does not lack Azerbaijani; a global fact, every
 * site's. Undefined (every locale) when no site shows them yet.
 */
export async function siteLanguagesOfOffices(payload: Payload, offices: (number | string)[] | 'every site', req?: PayloadRequest): Promise<Locale[] | undefined> {
  if (offices.length === 0) return undefined
  const { docs } = await payload.find({
    collection: 'sites',
    where: offices === 'every site' ? undefined : { offices: { in: offices } },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
    select: { languages: true },
  })
  if (docs.length === 0) return undefined
  return locales.filter((locale) => docs.some((site) => (site.languages as string[] | null | undefined)?.includes(locale)))
}

export const trackTranslations: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const saving = (req.locale && req.locale !== 'all' ? req.locale : defaultLocale) as Locale
  const stored = await allLocales(req, collection.slug, originalDoc?.id, Boolean(collection.versions?.drafts))
  const merged = { ...stored, ...originalDoc, ...data } as Record<string, unknown>
  // A global fact is on every site; anything else on its offices' sites.
  const offices = collection.slug === 'facts' && merged.scope === 'global' ? 'every site' : officesOf(collection.slug, merged)
  const languages = await siteLanguagesOfOffices(req.payload, offices, req)
  const valueIn = (path: string[], locale: Locale): unknown => {
    if (locale === saving) {
      const fromData = at(data, path)
      if (fromData !== undefined) return fromData
    }
    return (at(stored, path) as Localized | undefined)?.[locale]
  }
  return { ...data, missingTranslations: missingLocales(collection.fields, valueIn, languages) }
}

/** The locales in which some localized text that has a default-locale value has none. */
export function missingLocales(fields: Field[], valueIn: (path: string[], locale: Locale) => unknown, languages: readonly Locale[] = locales): Locale[] {
  const paths = localizedPaths(fields)
  return otherLocales
    .filter((locale) => languages.includes(locale))
    .filter((locale) => paths.some((path) => filled(valueIn(path, defaultLocale)) && !filled(valueIn(path, locale))))
}

/** The same for a whole document given with every locale (`{ title: { en, tr } }`, as `locale: 'all'` reads it). */
export const missingLocalesOf = (fields: Field[], doc: Record<string, unknown>, languages?: readonly Locale[]): Locale[] =>
  missingLocales(fields, (path, locale) => (at(doc, path) as Localized | undefined)?.[locale], languages)
