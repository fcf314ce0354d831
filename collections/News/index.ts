import type { CollectionConfig } from 'payload'

import { changeInOwnOffice, createInOwnOffice, guardPublication, keepInOwnOffices, readOwnDrafts, readOwnVersions } from '../../access/offices'
import { bodyField, publicationDateField, summaryField, titleField } from '../../fields/common'
import { contactFields } from '../../fields/contact'
import { datelineField } from '../../fields/dateline'
import { countryField, programmesField } from '../../fields/relations'
import { slugField } from '../../fields/slug'
import { reviewFields, reviewWorkflow } from '../../fields/review'
import { missingTranslationsField, trackTranslations } from '../../fields/translationStatus'
import { previewAdmin } from '../../lib/previewUrl'
import { revalidateAfterChange, revalidateAfterDelete } from '../../lib/revalidate'
import { scheduleEndpoint } from '../../lib/schedule'

export const News: CollectionConfig<'news'> = {
  slug: 'news',
  labels: {
    singular: { en: 'News item', tr: 'Haber' },
    plural: { en: 'News', tr: 'Haberler' },
  },
  admin: {
    ...previewAdmin('news'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', 'publishedDate', '_status', 'updatedAt', 'reviewStatus', 'missingTranslations'],
    group: { en: 'Content', tr: 'İçerik' },
  },
  defaultSort: '-publishedDate',
  // Scheduled publishing and unpublishing (admin: Publish ▸ Schedule) runs on the jobs queue (lib/jobs.ts).
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  // readVersions: without it any signed-in account (a partner's API key too) could read drafts
  // through /api/<collection>/versions.
  // Per country office (access/offices.ts): contributors draft, editors publish, translators translate.
  access: {
    read: readOwnDrafts('country'),
    readVersions: readOwnVersions('country'),
    create: createInOwnOffice('country', ['editor', 'contributor']),
    update: changeInOwnOffice('country', ['editor', 'contributor', 'translator']),
    delete: changeInOwnOffice('country', ['editor']),
  },
  endpoints: [scheduleEndpoint('news')],
  hooks: {
    beforeOperation: [guardPublication],
    beforeChange: [reviewWorkflow, trackTranslations, keepInOwnOffices('country')],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    titleField,
    slugField(),
    summaryField('excerpt'),
    bodyField,
    {
      name: 'hero',
      type: 'group',
      label: { en: 'Hero image', tr: 'Kapak görseli' },
      fields: [
        {
          name: 'image',
          type: 'upload',
          relationTo: 'media',
          label: { en: 'Image', tr: 'Görsel' },
          filterOptions: { mimeType: { contains: 'image' } },
        },
        {
          name: 'caption',
          type: 'text',
          localized: true,
          label: { en: 'Caption', tr: 'Görsel altyazısı' },
          admin: { description: { en: 'Who and what is shown, and the photographer’s credit.', tr: 'Görselde kim ve ne olduğu, fotoğrafçı bilgisi.' } },
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
      label: { en: 'Press contacts', tr: 'Basın iletişim' },
      labels: { singular: { en: 'Contact', tr: 'Kişi' }, plural: { en: 'Contacts', tr: 'Kişiler' } },
      fields: [
        // A person's name is the same in every language.
        { name: 'name', type: 'text', required: true, label: { en: 'Name', tr: 'Ad soyad' } },
        ...contactFields,
      ],
    },
    ...reviewFields,
    missingTranslationsField,
  ],
}
