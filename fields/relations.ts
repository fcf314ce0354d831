import type { RelationshipField } from 'payload'

/** The country office a document belongs to (also the unit of editorial access). */
export function countryField(overrides: Partial<RelationshipField> = {}): RelationshipField {
  return {
    name: 'country',
    type: 'relationship',
    relationTo: 'countries',
    hasMany: false,
    index: true,
    label: { en: 'Country office', tr: 'Ülke ofisi' },
    admin: { position: 'sidebar' },
    ...overrides,
  } as RelationshipField
}

export function programmesField(): RelationshipField {
  return {
    name: 'programmes',
    type: 'relationship',
    relationTo: 'programmes',
    hasMany: true,
    label: { en: 'Programmes', tr: 'Programlar' },
    admin: { position: 'sidebar' },
  }
}
