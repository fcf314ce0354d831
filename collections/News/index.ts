import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from '../../access/publishedOrStaff'
import { editors, staff } from '../../access/staff'
import { contactFields } from '../../fields/contact'
import { datelineField } from '../../fields/dateline'
import { countryField, programmesField } from '../../fields/relations'
import { slugField } from '../../fields/slug'

export const News: CollectionConfig<'news'> = {
  slug: 'news',
  labels: {
    singular: { en: 'News item', tr: 'Haber' },
    plural: { en: 'News', tr: 'Haberler' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', 'publishedDate', '_status', 'updatedAt'],
    group: { en: 'Content', tr: 'İçerik' },
  },
  defaultSort: '-publishedDate',
  versions: { drafts: true, maxPerDoc: 50 },
  access: { read: publishedOrStaff, create: staff, update: staff, delete: editors },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { en: 'Title', tr: 'Başlık' } },
    slugField(),
    {
      name: 'excerpt',
      type: 'textarea',
      localized: true,
      label: { en: 'Excerpt', tr: 'Özet' },
      admin: { description: { en: 'Two sentences shown in lists, feeds and link previews.', tr: 'Listelerde, akışlarda ve bağlantı önizlemelerinde gösterilen iki cümle.' } },
    },
    { name: 'body', type: 'richText', localized: true, label: { en: 'Body', tr: 'Metin' } },
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
    {
      name: 'publishedDate',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      label: { en: 'Date', tr: 'Tarih' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
    },
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
  ],
}
