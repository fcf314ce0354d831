import type { CollectionSlug, Endpoint, Field, GlobalSlug, PayloadRequest, Plugin } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { filled } from '@/lib/relationValues'

/** The field types a translator writes in: their source is shown beside them (components/admin/SourceText.tsx). */
export const translatableTypes = ['text', 'textarea', 'richText'] as const

export const isTranslatable = (field: Field): boolean => 'localized' in field && field.localized === true && (translatableTypes as readonly string[]).includes(field.type)

type Doc = Record<string, unknown>

const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Every localized text field of a document, by the path the admin's form gives it
 * (`title`, `office.address`, `pressContacts.0.name`), with its value in `doc`: groups and
 * named tabs add their name, arrays and blocks their row's index; rows, collapsibles and
 * unnamed tabs add nothing.
 */
export function translatablePaths(fields: Field[], doc: unknown, prefix = ''): string[] {
  const join = (name: string) => (prefix ? `${prefix}.${name}` : name)
  const data = isDoc(doc) ? doc : {}
  return fields.flatMap((field): string[] => {
    if (field.type === 'row' || field.type === 'collapsible') return translatablePaths(field.fields, data, prefix)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? translatablePaths(tab.fields, data[tab.name], join(tab.name)) : translatablePaths(tab.fields, data, prefix)))
    if (!('name' in field) || !field.name) return []
    if (field.type === 'group') return translatablePaths(field.fields, data[field.name], join(field.name))
    if (field.type === 'array') {
      const rows = Array.isArray(data[field.name]) ? (data[field.name] as unknown[]) : []
      return rows.flatMap((row, index) => translatablePaths(field.fields, row, join(`${field.name}.${index}`)))
    }
    if (field.type === 'blocks') {
      const rows = Array.isArray(data[field.name]) ? (data[field.name] as unknown[]) : []
      return rows.flatMap((row, index) => {
        const block = (field.blocks ?? []).find((candidate) => isDoc(row) && candidate.slug === row.blockType)
        return block ? translatablePaths(block.fields, row, join(`${field.name}.${index}`)) : []
      })
    }
    return isTranslatable(field) ? [join(field.name)] : []
  })
}

export const valueAt = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (isDoc(value) || Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined), doc)

/** JSON with sorted keys: two values are the same text whatever order a database kept their keys in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (isDoc(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`
  return JSON.stringify(value ?? null)
}

/**
 * The paths whose source changed after their translation was last saved. `versions` are the
 * document's versions, newest first, read with every locale (`{ title: { en, tr } }`). A
 * translation got its present text in the oldest of the newest versions that all hold that
 * text; the source it was made from is that version's. A field with no translation yet is
 * missing, not changed (fields/translationStatus.ts tracks those).
 */
export function changedSources(paths: string[], versions: Doc[], locale: Locale, source: Locale = defaultLocale): string[] {
  if (versions.length === 0) return []
  return paths.filter((path) => {
    const inVersion = (version: Doc, code: Locale) => (valueAt(version, path) as Partial<Record<Locale, unknown>> | undefined)?.[code]
    const translation = inVersion(versions[0], locale)
    if (!filled(translation)) return false
    const text = canonical(translation)
    let since = 0
    while (since + 1 < versions.length && canonical(inVersion(versions[since + 1], locale)) === text) since += 1
    return canonical(inVersion(versions[since], source)) !== canonical(inVersion(versions[0], source))
  })
}

export type SourceTexts = {
  /** The language the values are in: the default. */
  source: Locale
  /** The translation's language, as asked. */
  locale: Locale
  /** Each localized text field's present value in the source language (the latest draft), by form path. */
  values: Record<string, unknown>
  /** The paths whose source changed since their translation was last saved (documents with versions only). */
  changed: string[]
}

const refuse = (status: number, error: string) => Response.json({ error }, { status })

/**
 * GET /api/<collection>/<id>/translation-source?locale=tr (and /api/globals/<slug>/…): what
 * the admin shows beside each field being translated. Read as the signed-in user, with the
 * collection's access rules (a document they may not read is a 404; a field they may not read
 * is left out). Versions, read with the same access, are compared only to mark changed sources,
 * and only paths come back.
 */
export function translationSourceEndpoint(target: { collection: CollectionSlug } | { global: GlobalSlug }, fields: Field[], hasVersions: boolean): Endpoint {
  return {
    path: 'collection' in target ? '/:id/translation-source' : '/translation-source',
    method: 'get',
    handler: async (req: PayloadRequest) => {
      if (!req.user) return refuse(401, 'Sign in to the admin to read the source text of a translation.')
      const locale = req.searchParams.get('locale')
      if (!isLocale(locale) || locale === defaultLocale) {
        return refuse(400, `Give the translation's language as ?locale=, one of the languages other than ${defaultLocale}.`)
      }
      const id = 'collection' in target ? String(req.routeParams?.id ?? '') : undefined
      const options = { locale: defaultLocale, fallbackLocale: false, draft: true, depth: 0, overrideAccess: false, user: req.user, req } as const
      const doc = (await (
        'collection' in target
          ? req.payload.findByID({ ...options, collection: target.collection, id: id!, disableErrors: true })
          : req.payload.findGlobal({ ...options, slug: target.global })
      ).catch(() => null)) as Doc | null
      if (!doc) return refuse(404, `No document ${id ?? ''} that you may read.`.replace('  ', ' '))
      const paths = translatablePaths(fields, doc)
      const values = Object.fromEntries(paths.map((path) => [path, valueAt(doc, path) ?? null]))
      let changed: string[] = []
      if (hasVersions) {
        // Read with the caller's access (readVersions): someone who may not see the drafts
        // learns nothing from them. Only which paths changed leaves here, not the versions' text.
        const read = { sort: '-updatedAt', limit: 50, locale: 'all', depth: 0, req, user: req.user, overrideAccess: false } as const
        const versions = await (
          'collection' in target
            ? req.payload.findVersions({ ...read, collection: target.collection, where: { parent: { equals: id } } })
            : req.payload.findGlobalVersions({ ...read, slug: target.global })
        ).catch(() => ({ docs: [] }))
        changed = changedSources(
          paths,
          versions.docs.map((version) => version.version as unknown as Doc),
          locale,
        )
      }
      const body: SourceTexts = { source: defaultLocale, locale, values, changed }
      return Response.json(body, { headers: { 'Cache-Control': 'private, no-store' } })
    },
  }
}

/** The admin component shown after every localized text field (components/admin/SourceText.tsx). */
export const sourceTextComponent = '/components/admin/SourceText#SourceText'

/** The fields, with the source-text component after each localized text field, at any depth. */
function withSourceText(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withSourceText(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: withSourceText(block.fields) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withSourceText(field.fields) } as Field
    if (!isTranslatable(field)) return field
    const admin = (field.admin ?? {}) as { components?: { afterInput?: unknown[] } }
    return { ...field, admin: { ...admin, components: { ...admin.components, afterInput: [...(admin.components?.afterInput ?? []), sourceTextComponent] } } } as Field
  })
}

const hasTranslatable = (fields: Field[]): boolean =>
  fields.some((field) => {
    if (field.type === 'tabs') return field.tabs.some((tab) => hasTranslatable(tab.fields))
    if (field.type === 'blocks') return (field.blocks ?? []).some((block) => hasTranslatable(block.fields))
    if ('fields' in field && Array.isArray(field.fields)) return hasTranslatable(field.fields)
    return isTranslatable(field)
  })

/**
 * The source beside every translation (issue 18), with no per-field wiring: every collection
 * and global with localized text gets the component after each such field and the
 * `translation-source` endpoint it reads.
 */
export const sourceText: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    hasTranslatable(collection.fields)
      ? {
          ...collection,
          fields: withSourceText(collection.fields),
          endpoints: [
            ...(collection.endpoints || []),
            translationSourceEndpoint({ collection: collection.slug as CollectionSlug }, collection.fields, Boolean(collection.versions)),
          ],
        }
      : collection,
  ),
  globals: (config.globals ?? []).map((global) =>
    hasTranslatable(global.fields)
      ? {
          ...global,
          fields: withSourceText(global.fields),
          endpoints: [...(global.endpoints || []), translationSourceEndpoint({ global: global.slug as GlobalSlug }, global.fields, Boolean(global.versions))],
        }
      : global,
  ),
})
