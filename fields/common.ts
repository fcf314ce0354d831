import type { DateField, RichTextField, TextareaField, TextField } from 'payload'

import { hideUnpublishedLinkTargets } from './richTextLinks'

/** The localized, required headline of a document. */
export const titleField: TextField = {
  name: 'title',
  type: 'text',
  localized: true,
  required: true,
  label: { en: 'Title', tr: 'Başlık', az: 'Başlıq' },
}

/** One or two sentences for cards, lists, feeds and search results. */
export function summaryField(name: 'summary' | 'excerpt' = 'summary'): TextareaField {
  return {
    name,
    type: 'textarea',
    localized: true,
    label: name === 'excerpt' ? { en: 'Excerpt', tr: 'Özet', az: 'Qısa məzmun' } : { en: 'Summary', tr: 'Özet', az: 'Xülasə' },
    admin: {
      description: {
        en: 'One or two sentences shown in lists, feeds, search results and link previews.',
        tr: 'Listelerde, akışlarda, arama sonuçlarında ve bağlantı önizlemelerinde gösterilen bir iki cümle.',
        az: 'Siyahılarda, lentlərdə, axtarış nəticələrində və keçidlərin ön baxışında göstərilən bir-iki cümlə.',
      },
    },
  }
}

/** Internal links to what a reader may not see lose their target on the way out (fields/richTextLinks.ts). */
export const bodyField: RichTextField = {
  name: 'body',
  type: 'richText',
  localized: true,
  label: { en: 'Body', tr: 'Metin', az: 'Mətn' },
  hooks: { afterRead: [hideUnpublishedLinkTargets] },
}

/** The day a news item or statement is dated (shown, sorted and filtered by). */
export function publicationDateField(name: 'publishedDate' | 'date'): DateField {
  return {
    name,
    type: 'date',
    required: true,
    index: true,
    defaultValue: () => new Date().toISOString(),
    label: { en: 'Date', tr: 'Tarih', az: 'Tarix' },
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
  }
}
