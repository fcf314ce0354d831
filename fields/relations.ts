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
    // New documents start in the author's own office (the first, when they have several).
    defaultValue: ({ user }: { user?: { countries?: unknown } | null }) => {
      const first = Array.isArray(user?.countries) ? user.countries[0] : undefined
      return first && typeof first === 'object' ? (first as { id: unknown }).id : first
    },
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
