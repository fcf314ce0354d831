import type { Field } from 'payload'

import { idOf } from '@/lib/relationValues'

/**
 * Which values a save changes that are shared by every language: fields that are not
 * localized (a fact's number, a date, the office, relations, uploads, a press contact's name)
 * and the rows of arrays (adding, removing or reordering a pillar changes every language).
 * Localized fields, and the localized fields inside shared rows, are one language's text.
 *
 * `data` is what a save sends (a partial document: absent fields are kept), `original` the
 * document as stored, read in the same locale. Workflow fields the hooks own are left out.
 */
const workflowFields = new Set(['id', '_status', 'createdAt', 'updatedAt', 'lastEditedBy', 'missingTranslations', 'reviewStatus', 'reviewComment'])

const empty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/** A value in one comparable form: relations as ids, dates as instants, objects with sorted keys. */
function canonical(field: Field, value: unknown): string {
  if (empty(value)) return 'null'
  const list = Array.isArray(value) ? value : [value]
  switch (field.type) {
    case 'relationship':
    case 'upload': {
      const ids = list.map((entry) =>
        typeof entry === 'object' && entry !== null && 'relationTo' in entry
          ? `${String((entry as { relationTo: string }).relationTo)}:${String(idOf((entry as { value: unknown }).value))}`
          : String(idOf(entry)),
      )
      return JSON.stringify(ids)
    }
    case 'date':
      return JSON.stringify(list.map((entry) => (typeof entry === 'string' || entry instanceof Date ? new Date(entry).getTime() : entry)))
    case 'number':
      return JSON.stringify(list.map((entry) => Number(entry)))
    case 'checkbox':
      return JSON.stringify(Boolean(value))
    case 'select':
      return JSON.stringify([...list].map(String).sort())
    default:
      return stableJson(value)
  }
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

type Row = { id?: unknown; blockType?: unknown } & Record<string, unknown>

const rowKeys = (rows: unknown): string[] => (Array.isArray(rows) ? (rows as Row[]) : []).map((row) => `${String(row?.blockType ?? '')}#${String(row?.id ?? '')}`)

export function sharedChanges(fields: Field[], data: Record<string, unknown> | undefined, original: Record<string, unknown> | undefined, prefix = ''): string[] {
  if (!data || typeof data !== 'object') return []
  return fields.flatMap((field): string[] => {
    if (field.type === 'row' || field.type === 'collapsible') return sharedChanges(field.fields, data, original, prefix)
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? 'localized' in tab && tab.localized
            ? []
            : sharedChanges(tab.fields, data[tab.name] as Record<string, unknown>, original?.[tab.name] as Record<string, unknown>, `${prefix}${tab.name}.`)
          : sharedChanges(tab.fields, data, original, prefix),
      )
    }
    if (!('name' in field) || !field.name || field.type === 'ui' || field.type === 'join') return []
    const name = field.name
    if (workflowFields.has(name) || ('localized' in field && field.localized) || !(name in data) || data[name] === undefined) return []
    if ('virtual' in field && field.virtual) return []
    const path = `${prefix}${name}`
    const value = data[name]
    const stored = original?.[name]
    if (field.type === 'group') return sharedChanges(field.fields, value as Record<string, unknown>, stored as Record<string, unknown>, `${path}.`)
    if (field.type === 'array' || field.type === 'blocks') {
      if (empty(value) && empty(stored)) return []
      const sent = rowKeys(value)
      if (sent.join('|') !== rowKeys(stored).join('|')) return [path]
      const storedRows = stored as Row[]
      return (value as Row[]).flatMap((row, index) => {
        const rowFields = field.type === 'array' ? field.fields : (field.blocks.find((block) => block.slug === row.blockType)?.fields ?? [])
        return sharedChanges(rowFields, row, storedRows[index], `${path}.${index}.`)
      })
    }
    return canonical(field, value) === canonical(field, stored) ? [] : [path]
  })
}
