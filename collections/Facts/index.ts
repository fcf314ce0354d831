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
    singular: { en: 'Fact', tr: 'Rakam', az: 'Rəqəm' },
    plural: { en: 'Facts and figures', tr: 'Gerçekler ve rakamlar', az: 'Faktlar və rəqəmlər' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'value', 'notation', 'scope', 'country', 'order', 'missingTranslations'],
    group: { en: 'Content', tr: 'İçerik', az: 'Məzmun' },
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
          label: { en: 'Value', tr: 'Değer', az: 'Dəyər' },
          admin: {
            description: {
              en: 'The plain number, e.g. 1700000 (not "1.7 M").',
              tr: 'Sayının kendisi, ör. 1700000 ("1,7 milyon" değil).',
              az: 'Rəqəmin tam yazılışı, məsələn, 1700000 ("1,7 mln" deyil).',
            },
          },
        },
        {
          name: 'notation',
          type: 'select',
          required: true,
          defaultValue: 'plain',
          label: { en: 'Notation', tr: 'Gösterim', az: 'Yazılış forması' },
          options: [
            { value: 'plain', label: { en: 'Plain (100,000)', tr: 'Düz (100.000)', az: 'Adi (100.000)' } },
            { value: 'compact', label: { en: 'Compact (1.7M)', tr: 'Kısa (1,7 milyon)', az: 'Qısa (1,7 mln)' } },
            { value: 'percent', label: { en: 'Percent (value 0.42 → 42%)', tr: 'Yüzde (0,42 → %42)', az: 'Faiz (0,42 dəyəri → 42%)' } },
          ],
        },
      ],
    },
    {
      name: 'label',
      type: 'text',
      localized: true,
      required: true,
      label: { en: 'Label', tr: 'Açıklama', az: 'İzah' },
      admin: {
        description: {
          en: 'What the number counts, e.g. "Migrants helped to return home voluntarily since 1979".',
          tr: 'Sayının neyi saydığı, ör. "1979’dan bu yana gönüllü olarak evine dönmesine yardım edilen göçmenler".',
          az: 'Rəqəmin nəyi ifadə etdiyi, məsələn, "1979-cu ildən bəri evlərinə könüllü qayıtmağa kömək edilən miqrantlar".',
        },
      },
    },
    {
      name: 'scope',
      type: 'select',
      required: true,
      defaultValue: 'global',
      label: { en: 'Scope', tr: 'Kapsam', az: 'Əhatə dairəsi' },
      options: [
        { value: 'global', label: { en: 'Global', tr: 'Küresel', az: 'Qlobal' } },
        { value: 'country', label: { en: 'Country', tr: 'Ülke', az: 'Ölkə' } },
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
      label: { en: 'As of', tr: 'Tarih itibarıyla', az: 'Məlumatın tarixi' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
    },
    {
      name: 'source',
      type: 'group',
      label: { en: 'Source', tr: 'Kaynak', az: 'Mənbə' },
      fields: [
        { name: 'text', type: 'text', localized: true, label: { en: 'Source', tr: 'Kaynak', az: 'Mənbə' } },
        {
          name: 'url',
          type: 'text',
          label: { en: 'Source URL', tr: 'Kaynak adresi', az: 'Mənbənin veb ünvanı' },
          validate: validateUrl,
        },
      ],
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      label: { en: 'Order', tr: 'Sıra', az: 'Sıra' },
      admin: {
        position: 'sidebar',
        description: { en: 'Lower numbers come first in the band.', tr: 'Küçük sayılar önce gösterilir.', az: 'Sıra nömrəsi kiçik olanlar əvvəl göstərilir.' },
      },
    },
    {
      name: 'programme',
      type: 'relationship',
      relationTo: 'programmes',
      label: { en: 'Programme', tr: 'Program', az: 'Proqram' },
      admin: { position: 'sidebar' },
      hooks: { afterRead: [hideUnpublishedRelations('programmes')] },
    },
    missingTranslationsField('country'),
  ],
}
