import type { GlobalConfig } from 'payload'

import { globalEditors } from '@/access/offices'
import { anyone } from '@/access/anyone'
import { hideUnpublishedLinks, linkFields } from '@/fields/link'
import { revalidateGlobalAfterChange } from '@/lib/cache/revalidate'

/** The footer: columns of links and a closing note. */
export const Footer: GlobalConfig = {
  slug: 'footer',
  label: { en: 'Footer', tr: 'Alt bilgi' },
  admin: { group: { en: 'Settings', tr: 'Ayarlar' } },
  access: { read: anyone, update: globalEditors },
  hooks: { afterRead: [hideUnpublishedLinks], afterChange: [revalidateGlobalAfterChange] },
  fields: [
    {
      name: 'columns',
      type: 'array',
      label: { en: 'Columns', tr: 'Sütunlar' },
      labels: { singular: { en: 'Column', tr: 'Sütun' }, plural: { en: 'Columns', tr: 'Sütunlar' } },
      maxRows: 4,
      fields: [
        { name: 'heading', type: 'text', localized: true, required: true, label: { en: 'Heading', tr: 'Başlık' } },
        {
          name: 'links',
          type: 'array',
          label: { en: 'Links', tr: 'Bağlantılar' },
          labels: { singular: { en: 'Link', tr: 'Bağlantı' }, plural: { en: 'Links', tr: 'Bağlantılar' } },
          maxRows: 12,
          fields: linkFields(),
        },
      ],
    },
    {
      name: 'note',
      type: 'textarea',
      localized: true,
      label: { en: 'Closing note', tr: 'Kapanış notu' },
      admin: { description: { en: 'e.g. who publishes the site.', tr: 'ör. siteyi kimin yayımladığı.' } },
    },
  ],
}
