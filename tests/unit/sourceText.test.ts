/**
 * The source beside a translation (lib/admin/sourceText.ts): which fields get it, by the path
 * the admin's form names them, and when a source counts as changed since its translation.
 */
import type { Field } from 'payload'

import { changedSources, sourceText, sourceTextComponent, translatablePaths } from '@/lib/admin/sourceText'

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'slugless', type: 'text' },
  { name: 'body', type: 'richText', localized: true },
  { type: 'row', fields: [{ name: 'summary', type: 'textarea', localized: true }] },
  {
    name: 'office',
    type: 'group',
    fields: [
      { name: 'address', type: 'textarea', localized: true },
      { name: 'phone', type: 'text' },
    ],
  },
  {
    type: 'tabs',
    tabs: [
      { name: 'home', fields: [{ name: 'intro', type: 'textarea', localized: true }] },
      { label: 'More', fields: [{ name: 'note', type: 'text', localized: true }] },
    ],
  },
  {
    name: 'pressContacts',
    type: 'array',
    fields: [
      { name: 'name', type: 'text', localized: true },
      { name: 'email', type: 'email' },
    ],
  },
  { name: 'count', type: 'number', localized: true },
]

describe('translatablePaths', () => {
  it('names every localized text field as the form does, rows of arrays included, and nothing else', () => {
    const doc = { pressContacts: [{ name: 'Desk' }, { name: 'Office' }] }
    expect(translatablePaths(fields, doc)).toEqual(['title', 'body', 'summary', 'office.address', 'home.intro', 'note', 'pressContacts.0.name', 'pressContacts.1.name'])
  })
})

describe('changedSources', () => {
  const version = (en: string, tr?: string) => ({ title: { en, tr } })

  it('marks a field whose English changed after its Turkish was last saved', () => {
    // Newest first: the translator saved "Başlık" against "Title"; the editor then changed the English.
    expect(changedSources(['title'], [version('Title, revised', 'Başlık'), version('Title', 'Başlık'), version('Title')], 'tr')).toEqual(['title'])
  })

  it('does not mark it once the translation is saved again after the change', () => {
    expect(changedSources(['title'], [version('Title, revised', 'Başlık, gözden geçirilmiş'), version('Title, revised', 'Başlık'), version('Title', 'Başlık')], 'tr')).toEqual([])
  })

  it('does not mark an untranslated field (that is a missing translation), nor one whose source never changed', () => {
    expect(changedSources(['title'], [version('Title, revised'), version('Title')], 'tr')).toEqual([])
    expect(changedSources(['title'], [version('Title', 'Başlık'), version('Title', 'Başlık'), version('Title')], 'tr')).toEqual([])
    expect(changedSources(['title'], [], 'tr')).toEqual([])
  })

  it('compares rich text by content, whatever order the database kept its keys in', () => {
    const a = { root: { type: 'root', children: [{ type: 'text', text: 'Hello' }] } }
    const b = { root: { children: [{ text: 'Hello', type: 'text' }], type: 'root' } }
    expect(changedSources(['body'], [{ body: { en: b, tr: a } }, { body: { en: a, tr: a } }], 'tr')).toEqual([])
  })

  it('follows array rows by their index', () => {
    const versions = [{ pressContacts: [{ name: { en: 'Press desk', tr: 'Basın' } }] }, { pressContacts: [{ name: { en: 'Desk', tr: 'Basın' } }] }]
    expect(changedSources(['pressContacts.0.name'], versions, 'tr')).toEqual(['pressContacts.0.name'])
  })
})

describe('the sourceText plugin', () => {
  it('puts the component after every localized text field and the endpoint on the collection, with no per-field wiring', () => {
    const config = sourceText({
      collections: [
        { slug: 'things', fields },
        { slug: 'plain', fields: [{ name: 'n', type: 'number' }] },
      ],
    } as never) as unknown as {
      collections: { slug: string; fields: Field[]; endpoints?: { path: string }[] }[]
    }
    const things = config.collections[0]
    const after = (field: Field) => (field as { admin?: { components?: { afterInput?: unknown[] } } }).admin?.components?.afterInput
    expect(after(things.fields[0])).toEqual([sourceTextComponent])
    expect(after(things.fields[1])).toBeUndefined()
    expect(after((things.fields[6] as { fields: Field[] }).fields[0])).toEqual([sourceTextComponent])
    expect(after(things.fields[7])).toBeUndefined()
    expect(things.endpoints?.map((endpoint) => endpoint.path)).toEqual(['/:id/translation-source'])
    expect(config.collections[1].endpoints ?? []).toEqual([])
  })
})
