import type { CollectionConfig } from 'payload'

import { bodyField, publicationDateField, titleField } from '@/fields/common'
import { datelineField } from '@/fields/dateline'
import { countryField, programmesField } from '@/fields/relations'
import { slugField } from '@/fields/slug'
import { previewAdmin } from '@/lib/previewUrl'
import { reviewFields } from '@/fields/review'
import { missingTranslationsField } from '@/fields/translationStatus'
import { datedIndexes, editorialBehaviour } from '@/collections/editorial'

/** Official words of the office: statements, press releases, messages, speeches. */
export const Statements: CollectionConfig<'statements'> = {
  slug: 'statements',
  labels: {
    singular: { en: 'Statement', tr: 'Açıklama', az: 'Bəyanat' },
    plural: { en: 'Statements', tr: 'Açıklamalar', az: 'Bəyanatlar' },
  },
  admin: {
    ...previewAdmin('statements'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'country', 'date', '_status', 'reviewStatus', 'missingTranslations'],
    group: { en: 'Content', tr: 'İçerik', az: 'Məzmun' },
  },
  defaultSort: '-date',
  indexes: datedIndexes('date', ['kind']),
  ...editorialBehaviour('statements', 'country'),
  fields: [
    titleField,
    slugField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'statement',
      label: { en: 'Kind', tr: 'Tür', az: 'Növ' },
      options: [
        { value: 'statement', label: { en: 'Statement', tr: 'Açıklama', az: 'Bəyanat' } },
        { value: 'press-release', label: { en: 'Press release', tr: 'Basın bülteni', az: 'Press-reliz' } },
        { value: 'message', label: { en: 'Message', tr: 'Mesaj', az: 'Müraciət' } },
        { value: 'speech', label: { en: 'Speech', tr: 'Konuşma', az: 'Çıxış' } },
      ],
      admin: { position: 'sidebar' },
    },
    bodyField,
    {
      type: 'row',
      fields: [
        // A person's name is the same in every language; the role and occasion are not.
        { name: 'speakerName', type: 'text', label: { en: 'Speaker', tr: 'Konuşmacı', az: 'Çıxış edən' } },
        {
          name: 'speakerRole',
          type: 'text',
          localized: true,
          label: { en: 'Speaker’s role', tr: 'Konuşmacının görevi', az: 'Çıxış edənin vəzifəsi' },
          admin: { description: { en: 'e.g. Chief of Mission', tr: 'ör. Misyon Şefi', az: 'məsələn, Missiya rəhbəri' } },
        },
      ],
    },
    {
      name: 'occasion',
      type: 'text',
      localized: true,
      label: { en: 'Occasion', tr: 'Vesile', az: 'Münasibət' },
      admin: {
        description: {
          en: 'e.g. World Day Against Trafficking in Persons',
          tr: 'ör. Dünya İnsan Ticaretiyle Mücadele Günü',
          az: 'məsələn, Ümumdünya İnsan Alverinə Qarşı Mübarizə Günü',
        },
      },
    },
    publicationDateField('date'),
    datelineField,
    countryField(),
    programmesField(),
    {
      name: 'pdf',
      type: 'upload',
      relationTo: 'media',
      label: { en: 'PDF version', tr: 'PDF sürümü', az: 'PDF versiyası' },
      filterOptions: { mimeType: { equals: 'application/pdf' } },
      admin: { position: 'sidebar' },
    },
    ...reviewFields('country'),
    missingTranslationsField('country'),
  ],
}
