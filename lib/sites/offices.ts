/**
 * The offices a public document belongs to, by collection: news, statements and facts name one
 * (`country`, none for a global fact), programmes several (`countries`), a country page is its
 * office. Ids whether the relations are populated or not.
 */
export function officeIdsOf(collection: string, doc: unknown): (number | string)[] {
  const record = (doc ?? {}) as Record<string, unknown>
  const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: number | string }).id : (value as number | string | undefined))
  const values = collection === 'countries' ? [record.id] : collection === 'programmes' ? (Array.isArray(record.countries) ? record.countries : []) : [record.country]
  return values.map(idOf).filter((id): id is number | string => id != null)
}
