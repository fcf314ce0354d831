import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { ownCountry } from '@/access/offices'
import { guardChange, guardPublication } from '@/collections/hooks/offices'
import { admins } from '@/access/staff'
import { bodyField, summaryField } from '@/fields/common'
import { contactFields } from '@/fields/contact'
import { slugField } from '@/fields/slug'
import { yearField } from '@/fields/year'
import { missingTranslationsField, trackTranslations } from '@/fields/translationStatus'
import { previewAdmin } from '@/lib/previewUrl'
import { attachOwnMedia } from '@/collections/Media/hooks/guards'
import { serverTimestamps } from '@/collections/hooks/serverTimestamps'
import { publishMedia } from '@/collections/Media/hooks/publishMedia'
import { revalidateAfterChange, revalidateAfterDelete } from '@/lib/cache/revalidate'

/** A country office: who we are there, since when, and how to reach the office. */
export const Countries: CollectionConfig<'countries'> = {
  slug: 'countries',
  labels: {
    singular: { en: 'Country office', tr: 'Ülke ofisi', az: 'Ölkə ofisi' },
    plural: { en: 'Country offices', tr: 'Ülke ofisleri', az: 'Ölkə ofisləri' },
  },
  admin: {
    ...previewAdmin('countries'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'isoCode', 'presenceSince', 'updatedAt', 'missingTranslations'],
    group: { en: 'Content', tr: 'İçerik', az: 'Məzmun' },
  },
  access: { read: anyone, create: admins, update: ownCountry, delete: admins },
  hooks: {
    beforeOperation: [guardPublication],
    beforeChange: [serverTimestamps, guardChange, trackTranslations, attachOwnMedia],
    afterChange: [publishMedia, revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      label: { en: 'Name', tr: 'Ad', az: 'Ad' },
    },
    slugField({ from: 'name' }),
    {
      name: 'isoCode',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { en: 'ISO 3166 code', tr: 'ISO 3166 kodu', az: 'ISO 3166 kodu' },
      admin: {
        position: 'sidebar',
        description: { en: 'Two capital letters, e.g. TR, AZ.', tr: 'İki büyük harf, ör. TR, AZ.', az: 'İki böyük hərf, məsələn, TR, AZ.' },
      },
      hooks: {
        beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)],
      },
      validate: (value: string | null | undefined) => (value && /^[A-Z]{2}$/.test(value) ? true : 'Enter the two-letter ISO 3166-1 code, e.g. TR or AZ.'),
    },
    yearField(
      'presenceSince',
      { en: 'Presence since', tr: 'Şu yıldan beri', az: 'Fəaliyyətə başladığı il' },
      {
        position: 'sidebar',
        description: { en: 'Year the office opened.', tr: 'Ofisin açıldığı yıl.', az: 'Ofisin açıldığı il.' },
      },
    ),
    summaryField(),
    bodyField,
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: { en: 'Hero image', tr: 'Kapak görseli', az: 'Əsas şəkil' },
      filterOptions: { mimeType: { contains: 'image' } },
    },
    {
      name: 'office',
      type: 'group',
      label: { en: 'Office contact', tr: 'Ofis iletişim bilgileri', az: 'Ofisin əlaqə məlumatları' },
      fields: [{ name: 'address', type: 'textarea', localized: true, label: { en: 'Address', tr: 'Adres', az: 'Ünvan' } }, ...contactFields],
    },
    missingTranslationsField('self'),
  ],
}
