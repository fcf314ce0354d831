import type { Field, GlobalConfig } from 'payload'

import { globalEditors } from '@/access/offices'
import { anyone } from '@/access/anyone'
import { hideUnpublishedLinks, linkFields } from '@/fields/link'
import { revalidateGlobalAfterChange } from '@/lib/cache/revalidate'

/** The footer's columns and note (a site's own, in Sites, or this default: lib/content/menus.ts). */
export const footerFields: Field[] = [
  {
    name: 'columns',
    type: 'array',
    label: { en: 'Columns', tr: 'Sütunlar', az: 'Sütunlar' },
    labels: { singular: { en: 'Column', tr: 'Sütun', az: 'Sütun' }, plural: { en: 'Columns', tr: 'Sütunlar', az: 'Sütunlar' } },
    maxRows: 4,
    fields: [
      { name: 'heading', type: 'text', localized: true, required: true, label: { en: 'Heading', tr: 'Başlık', az: 'Başlıq' } },
      {
        name: 'links',
        type: 'array',
        label: { en: 'Links', tr: 'Bağlantılar', az: 'Keçidlər' },
        labels: { singular: { en: 'Link', tr: 'Bağlantı', az: 'Keçid' }, plural: { en: 'Links', tr: 'Bağlantılar', az: 'Keçidlər' } },
        maxRows: 12,
        fields: linkFields(),
      },
    ],
  },
  {
    name: 'note',
    type: 'textarea',
    localized: true,
    label: { en: 'Closing note', tr: 'Kapanış notu', az: 'Yekun qeyd' },
    admin: { description: { en: 'e.g. who publishes the site.', tr: 'ör. siteyi kimin yayımladığı.', az: 'məsələn, saytı kimin dərc etdiyi.' } },
  },
]

/** The footer: columns of links and a closing note. */
export const Footer: GlobalConfig = {
  slug: 'footer',
  label: { en: 'Footer', tr: 'Alt bilgi', az: 'Saytın aşağı hissəsi' },
  admin: { group: { en: 'Settings', tr: 'Ayarlar', az: 'Parametrlər' } },
  access: { read: anyone, update: globalEditors },
  hooks: { afterRead: [hideUnpublishedLinks], afterChange: [revalidateGlobalAfterChange] },
  fields: footerFields,
}
