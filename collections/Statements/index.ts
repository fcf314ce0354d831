import type { CollectionConfig } from 'payload'

import { changeInOwnOffice, createInOwnOffice, guardPublication, keepInOwnOffices, readOwnDrafts, readOwnVersions } from '../../access/offices'
import { bodyField, publicationDateField, titleField } from '../../fields/common'
import { datelineField } from '../../fields/dateline'
import { countryField, programmesField } from '../../fields/relations'
import { slugField } from '../../fields/slug'
import { reviewFields, reviewWorkflow } from '../../fields/review'
import { missingTranslationsField, trackTranslations } from '../../fields/translationStatus'
import { previewAdmin } from '../../lib/previewUrl'
import { revalidateAfterChange, revalidateAfterDelete } from '../../lib/revalidate'
import { scheduleEndpoint } from '../../lib/schedule'

export const statementKinds = ['statement', 'press-release', 'message', 'speech'] as const

/** Official words of the office: statements, press releases, messages, speeches. */
export const Statements: CollectionConfig<'statements'> = {
  slug: 'statements',
  labels: {
    singular: { en: 'Statement', tr: 'Açıklama' },
    plural: { en: 'Statements', tr: 'Açıklamalar' },
  },
  admin: {
    ...previewAdmin('statements'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'country', 'date', '_status', 'reviewStatus', 'missingTranslations'],
    group: { en: 'Content', tr: 'İçerik' },
  },
  defaultSort: '-date',
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
  endpoints: [scheduleEndpoint('statements')],
  hooks: {
    beforeOperation: [guardPublication],
    beforeChange: [reviewWorkflow, trackTranslations, keepInOwnOffices('country')],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    titleField,
    slugField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'statement',
      label: { en: 'Kind', tr: 'Tür' },
      options: [
        { value: 'statement', label: { en: 'Statement', tr: 'Açıklama' } },
        { value: 'press-release', label: { en: 'Press release', tr: 'Basın bülteni' } },
        { value: 'message', label: { en: 'Message', tr: 'Mesaj' } },
        { value: 'speech', label: { en: 'Speech', tr: 'Konuşma' } },
      ],
      admin: { position: 'sidebar' },
    },
    bodyField,
    {
      type: 'row',
      fields: [
        // A person's name is the same in every language; the role and occasion are not.
        { name: 'speakerName', type: 'text', label: { en: 'Speaker', tr: 'Konuşmacı' } },
        {
          name: 'speakerRole',
          type: 'text',
          localized: true,
          label: { en: 'Speaker’s role', tr: 'Konuşmacının görevi' },
          admin: { description: { en: 'e.g. Chief of Mission', tr: 'ör. Misyon Şefi' } },
        },
      ],
    },
    {
      name: 'occasion',
      type: 'text',
      localized: true,
      label: { en: 'Occasion', tr: 'Vesile' },
      admin: { description: { en: 'e.g. World Day Against Trafficking in Persons', tr: 'ör. Dünya İnsan Ticaretiyle Mücadele Günü' } },
    },
    publicationDateField('date'),
    datelineField,
    countryField(),
    programmesField(),
    {
      name: 'pdf',
      type: 'upload',
      relationTo: 'media',
      label: { en: 'PDF version', tr: 'PDF sürümü' },
      filterOptions: { mimeType: { equals: 'application/pdf' } },
      admin: { position: 'sidebar' },
    },
    ...reviewFields,
    missingTranslationsField,
  ],
}
