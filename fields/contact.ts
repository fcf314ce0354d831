import type { Field } from 'payload'

/** E-mail and phone of a person or an office; the phone keeps its international form. */
export const contactFields: Field[] = [
  { name: 'email', type: 'email', label: { en: 'E-mail', tr: 'E-posta', az: 'E-poçt' } },
  {
    name: 'phone',
    type: 'text',
    label: { en: 'Phone', tr: 'Telefon', az: 'Telefon' },
    admin: {
      description: { en: 'International format, e.g. +90 312 454 30 00', tr: 'Uluslararası biçimde, ör. +90 312 454 30 00', az: 'Beynəlxalq formatda, məsələn, +994 12 465 90 41' },
    },
    validate: (value: string | null | undefined) =>
      !value || /^\+?[0-9 ()\-.]{6,25}$/.test(value) ? true : 'Use digits, spaces and an optional leading + (e.g. +994 12 465 90 41).',
  },
]
