import type { CollectionConfig } from 'payload'

import { bodyField, publicationDateField, summaryField, titleField } from '@/fields/common'
import { contactFields } from '@/fields/contact'
import { datelineField } from '@/fields/dateline'
import { countryField, programmesField } from '@/fields/relations'
import { slugField } from '@/fields/slug'
import { previewAdmin } from '@/lib/previewUrl'
import { reviewFields } from '@/fields/review'
import { missingTranslationsField } from '@/fields/translationStatus'
import { datedIndexes, editorialBehaviour } from '@/collections/editorial'

export const News: CollectionConfig<'news'> = {
  slug: 'news',
  labels: {
    singular: { en: 'News item', tr: 'Haber', az: 'Xəbər' },
    plural: { en: 'News', tr: 'Haberler', az: 'Xəbərlər' },
  },
  admin: {
    ...previewAdmin('news'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', 'publishedDate', '_status', 'updatedAt', 'reviewStatus', 'missingTranslations'],
    group: { en: 'Content', tr: 'İçerik', az: 'Məzmun' },
  },
  defaultSort: '-publishedDate',
  indexes: datedIndexes('publishedDate'),
  ...editorialBehaviour('news', 'country'),
  fields: [
    titleField,
    slugField(),
    summaryField('excerpt'),
    bodyField,
    {
      name: 'hero',
      type: 'group',
      label: { en: 'Hero image', tr: 'Kapak görseli', az: 'Əsas şəkil' },
      fields: [
        {
          name: 'image',
          type: 'upload',
          relationTo: 'media',
          label: { en: 'Image', tr: 'Görsel', az: 'Şəkil' },
          filterOptions: { mimeType: { contains: 'image' } },
        },
        {
          name: 'caption',
          type: 'text',
          localized: true,
          label: { en: 'Caption', tr: 'Görsel altyazısı', az: 'Şəklin altyazısı' },
          admin: {
            description: {
              en: 'Who and what is shown, and the photographer’s credit.',
              tr: 'Görselde kim ve ne olduğu, fotoğrafçı bilgisi.',
              az: 'Şəkildə kimin və nəyin göründüyü, fotoqrafın adı.',
            },
          },
        },
      ],
    },
    publicationDateField('publishedDate'),
    datelineField,
    countryField(),
    programmesField(),
    {
      name: 'pressContacts',
      type: 'array',
      label: { en: 'Press contacts', tr: 'Basın iletişim', az: 'Mətbuat üçün əlaqə' },
      labels: { singular: { en: 'Contact', tr: 'Kişi', az: 'Əlaqə şəxsi' }, plural: { en: 'Contacts', tr: 'Kişiler', az: 'Əlaqə şəxsləri' } },
      fields: [
        // A person's name is the same in every language.
        { name: 'name', type: 'text', required: true, label: { en: 'Name', tr: 'Ad soyad', az: 'Ad və soyad' } },
        ...contactFields,
      ],
    },
    ...reviewFields('country'),
    missingTranslationsField('country'),
  ],
}
