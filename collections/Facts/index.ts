import type { CollectionConfig, RelationshipFieldSingleValidation } from 'payload'
import { relationship } from 'payload/shared'

import { anyone } from '@/access/anyone'
import { factsCreate, factsOfOwnOffice } from '@/access/offices'
import { guardChange, guardPublication, linkOwnProgrammes } from '@/collections/hooks/offices'
import { keepFactsInOwnOffice } from '@/collections/Facts/hooks'
import { serverTimestamps } from '@/collections/hooks/serverTimestamps'
import { countryField, hideUnpublishedRelations } from '@/fields/relations'
import { missingTranslationsField, trackTranslations } from '@/fields/translationStatus'
import { revalidateAfterChange, revalidateAfterDelete } from '@/lib/cache/revalidate'
import { validateUrl } from '@/lib/safeUrl'

export const factNotations = ['plain', 'compact', 'percent'] as const

/** The country is required exactly when the fact is about a country. */
const countryWhenScoped: RelationshipFieldSingleValidation = (value, options) => {
  const scope = (options.siblingData as { scope?: string }).scope
  if (scope === 'country' && value == null) {
    return 'Choose the country office this figure belongs to, or set the scope to "Global".'
  }
  return relationship(value, options as never)
}

/** A figure of the facts band: a number stored once, formatted per locale when shown. */
export const Facts: CollectionConfig<'facts'> = {
  slug: 'facts',
  labels: {
    singular: { en: 'Fact', tr: 'Rakam' },
    plural: { en: 'Facts and figures', tr: 'Gerçekler ve rakamlar' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'value', 'notation', 'scope', 'country', 'order', 'missingTranslations'],
    group: { en: 'Content', tr: 'İçerik' },
  },
  defaultSort: 'order',
  // An office's figures by its editors; global figures by admins and editors with the global flag.
  access: { read: anyone, create: factsCreate, update: factsOfOwnOffice, delete: factsOfOwnOffice },
  hooks: {
    beforeOperation: [guardPublication],
    beforeChange: [serverTimestamps, guardChange, trackTranslations, keepFactsInOwnOffice, linkOwnProgrammes],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'value',
          type: 'number',
          required: true,
          label: { en: 'Value', tr: 'Değer' },
          admin: { description: { en: 'The plain number, e.g. 1700000 (not "1.7 M").', tr: 'Sayının kendisi, ör. 1700000 ("1,7 milyon" değil).' } },
        },
        {
          name: 'notation',
          type: 'select',
          required: true,
          defaultValue: 'plain',
          label: { en: 'Notation', tr: 'Gösterim' },
          options: [
            { value: 'plain', label: { en: 'Plain (100,000)', tr: 'Düz (100.000)' } },
            { value: 'compact', label: { en: 'Compact (1.7M)', tr: 'Kısa (1,7 milyon)' } },
            { value: 'percent', label: { en: 'Percent (value 0.42 → 42%)', tr: 'Yüzde (0,42 → %42)' } },
          ],
        },
      ],
    },
    {
      name: 'label',
      type: 'text',
      localized: true,
      required: true,
      label: { en: 'Label', tr: 'Açıklama' },
      admin: {
        description: {
          en: 'What the number counts, e.g. "Migrants helped to return home voluntarily since 1979".',
          tr: 'Sayının neyi saydığı, ör. "1979’dan bu yana gönüllü olarak evine dönmesine yardım edilen göçmenler".',
        },
      },
    },
    {
      name: 'scope',
      type: 'select',
      required: true,
      defaultValue: 'global',
      label: { en: 'Scope', tr: 'Kapsam' },
      options: [
        { value: 'global', label: { en: 'Global', tr: 'Küresel' } },
        { value: 'country', label: { en: 'Country', tr: 'Ülke' } },
      ],
      admin: { position: 'sidebar' },
    },
    countryField({
      admin: { position: 'sidebar', condition: (_data, siblingData) => siblingData?.scope === 'country' },
      validate: countryWhenScoped,
    }),
    {
      name: 'asOf',
      type: 'date',
      label: { en: 'As of', tr: 'Tarih itibarıyla' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
    },
    {
      name: 'source',
      type: 'group',
      label: { en: 'Source', tr: 'Kaynak' },
      fields: [
        { name: 'text', type: 'text', localized: true, label: { en: 'Source', tr: 'Kaynak' } },
        {
          name: 'url',
          type: 'text',
          label: { en: 'Source URL', tr: 'Kaynak adresi' },
          validate: validateUrl,
        },
      ],
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      label: { en: 'Order', tr: 'Sıra' },
      admin: { position: 'sidebar', description: { en: 'Lower numbers come first in the band.', tr: 'Küçük sayılar önce gösterilir.' } },
    },
    {
      name: 'programme',
      type: 'relationship',
      relationTo: 'programmes',
      label: { en: 'Programme', tr: 'Program' },
      admin: { position: 'sidebar' },
      hooks: { afterRead: [hideUnpublishedRelations('programmes')] },
    },
    missingTranslationsField('country'),
  ],
}
