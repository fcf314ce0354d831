import type { CollectionConfig, Field } from 'payload'

import { bodyField, summaryField, titleField } from '@/fields/common'
import { slugField } from '@/fields/slug'
import { yearField } from '@/fields/year'
import { validateUrl } from '@/lib/safeUrl'
import { previewAdmin } from '@/lib/previewUrl'
import { reviewFields } from '@/fields/review'
import { missingTranslationsField } from '@/fields/translationStatus'
import { editorialBehaviour } from '@/collections/editorial'

const organisationFields: Field[] = [
  { name: 'name', type: 'text', localized: true, required: true, label: { en: 'Name', tr: 'Ad' } },
  {
    name: 'url',
    type: 'text',
    label: { en: 'Website', tr: 'Web sitesi' },
    admin: { description: { en: 'https://… or mailto:…', tr: 'https://… ya da mailto:…' } },
    validate: validateUrl,
  },
]

/** A programme of work (counter-trafficking, migration management...) with its pillars. */
export const Programmes: CollectionConfig<'programmes'> = {
  slug: 'programmes',
  labels: {
    singular: { en: 'Programme', tr: 'Program' },
    plural: { en: 'Programmes', tr: 'Programlar' },
  },
  admin: {
    ...previewAdmin('programmes'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'since', '_status', 'updatedAt', 'reviewStatus', 'missingTranslations'],
    group: { en: 'Content', tr: 'İçerik' },
  },
  ...editorialBehaviour('programmes', 'countries'),
  fields: [
    titleField,
    slugField(),
    summaryField(),
    bodyField,
    {
      name: 'pillars',
      type: 'array',
      label: { en: 'Pillars', tr: 'Eksenler' },
      labels: { singular: { en: 'Pillar', tr: 'Eksen' }, plural: { en: 'Pillars', tr: 'Eksenler' } },
      admin: { description: { en: 'The lines of work, e.g. prevention, protection, technical cooperation.', tr: 'Çalışma eksenleri, ör. önleme, koruma, teknik iş birliği.' } },
      fields: [titleField, { name: 'text', type: 'textarea', localized: true, label: { en: 'Text', tr: 'Metin' } }],
    },
    {
      name: 'principles',
      type: 'array',
      label: { en: 'Guiding principles', tr: 'Yol gösterici ilkeler' },
      labels: { singular: { en: 'Principle', tr: 'İlke' }, plural: { en: 'Principles', tr: 'İlkeler' } },
      fields: [{ name: 'text', type: 'text', localized: true, required: true, label: { en: 'Principle', tr: 'İlke' } }],
    },
    yearField('since', { en: 'Since', tr: 'Başlangıç yılı' }, { position: 'sidebar' }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      label: { en: 'Status', tr: 'Durum' },
      options: [
        { value: 'active', label: { en: 'Active', tr: 'Devam ediyor' } },
        { value: 'completed', label: { en: 'Completed', tr: 'Tamamlandı' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'countries',
      type: 'relationship',
      relationTo: 'countries',
      hasMany: true,
      label: { en: 'Country offices', tr: 'Ülke ofisleri' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'partners',
      type: 'array',
      label: { en: 'Partners', tr: 'Ortaklar' },
      labels: { singular: { en: 'Partner', tr: 'Ortak' }, plural: { en: 'Partners', tr: 'Ortaklar' } },
      fields: organisationFields,
    },
    {
      name: 'donors',
      type: 'array',
      label: { en: 'Donors', tr: 'Bağışçılar' },
      labels: { singular: { en: 'Donor', tr: 'Bağışçı' }, plural: { en: 'Donors', tr: 'Bağışçılar' } },
      fields: organisationFields,
    },
    ...reviewFields('countries'),
    missingTranslationsField('countries'),
  ],
}
