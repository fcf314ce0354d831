import type { NumberField } from 'payload'

/** A calendar year (the agency was founded in 1951; nothing we record is older). */
export function yearField(name: string, label: NumberField['label'], description?: NumberField['admin']): NumberField {
  return {
    name,
    type: 'number',
    label,
    min: 1951,
    max: 2100,
    admin: { step: 1, ...description },
    validate: (value: number | null | undefined) => {
      if (value == null) return true
      if (!Number.isInteger(value) || value < 1951 || value > 2100) {
        return 'Enter a four-digit year between 1951 and 2100.'
      }
      return true
    },
  }
}
