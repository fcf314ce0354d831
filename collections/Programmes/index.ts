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
  { name: 'name', type: 'text', localized: true, required: true, label: { en: 'Name', tr: 'Ad', az: 'Ad' } },
  {
    name: 'url',
    type: 'text',
    label: { en: 'Website', tr: 'Web sitesi', az: 'Veb sayt' },
    admin: { description: { en: 'https://… or mailto:…', tr: 'https://… ya da mailto:…', az: 'https://… və ya mailto:…' } },
    validate: validateUrl,
  },
]

/** A programme of work (counter-trafficking, migration management...) with its pillars. */
export const Programmes: CollectionConfig<'programmes'> = {
  slug: 'programmes',
  labels: {
    singular: { en: 'Programme', tr: 'Program', az: 'Proqram' },
    plural: { en: 'Programmes', tr: 'Programlar', az: 'Proqramlar' },
  },
  admin: {
    ...previewAdmin('programmes'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'since', '_status', 'updatedAt', 'reviewStatus', 'missingTranslations'],
    group: { en: 'Content', tr: 'İçerik', az: 'Məzmun' },
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
      label: { en: 'Pillars', tr: 'Eksenler', az: 'İstiqamətlər' },
      labels: { singular: { en: 'Pillar', tr: 'Eksen', az: 'İstiqamət' }, plural: { en: 'Pillars', tr: 'Eksenler', az: 'İstiqamətlər' } },
      admin: {
        description: {
          en: 'The lines of work, e.g. prevention, protection, technical cooperation.',
          tr: 'Çalışma eksenleri, ör. önleme, koruma, teknik iş birliği.',
          az: 'İş istiqamətləri, məsələn, qarşısının alınması, müdafiə, texniki əməkdaşlıq.',
        },
      },
      fields: [titleField, { name: 'text', type: 'textarea', localized: true, label: { en: 'Text', tr: 'Metin', az: 'Mətn' } }],
    },
    {
      name: 'principles',
      type: 'array',
      label: { en: 'Guiding principles', tr: 'Yol gösterici ilkeler', az: 'Rəhbər prinsiplər' },
      labels: { singular: { en: 'Principle', tr: 'İlke', az: 'Prinsip' }, plural: { en: 'Principles', tr: 'İlkeler', az: 'Prinsiplər' } },
      fields: [{ name: 'text', type: 'text', localized: true, required: true, label: { en: 'Principle', tr: 'İlke', az: 'Prinsip' } }],
    },
    yearField('since', { en: 'Since', tr: 'Başlangıç yılı', az: 'Başlama ili' }, { position: 'sidebar' }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      label: { en: 'Status', tr: 'Durum', az: 'Status' },
      options: [
        { value: 'active', label: { en: 'Active', tr: 'Devam ediyor', az: 'Davam edir' } },
        { value: 'completed', label: { en: 'Completed', tr: 'Tamamlandı', az: 'Başa çatıb' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'countries',
      type: 'relationship',
      relationTo: 'countries',
      hasMany: true,
      label: { en: 'Country offices', tr: 'Ülke ofisleri', az: 'Ölkə ofisləri' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'partners',
      type: 'array',
      label: { en: 'Partners', tr: 'Ortaklar', az: 'Tərəfdaşlar' },
      labels: { singular: { en: 'Partner', tr: 'Ortak', az: 'Tərəfdaş' }, plural: { en: 'Partners', tr: 'Ortaklar', az: 'Tərəfdaşlar' } },
      fields: organisationFields,
    },
    {
      name: 'donors',
      type: 'array',
      label: { en: 'Donors', tr: 'Bağışçılar', az: 'Donorlar' },
      labels: { singular: { en: 'Donor', tr: 'Bağışçı', az: 'Donor' }, plural: { en: 'Donors', tr: 'Bağışçılar', az: 'Donorlar' } },
      fields: organisationFields,
    },
    ...reviewFields('countries'),
    missingTranslationsField('countries'),
  ],
}
