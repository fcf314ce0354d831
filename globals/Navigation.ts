import type { Field, GlobalConfig } from 'payload'

import { globalEditors } from '@/access/offices'
import { anyone } from '@/access/anyone'
import { hideUnpublishedLinks, linkFields } from '@/fields/link'
import { revalidateGlobalAfterChange } from '@/lib/cache/revalidate'

/** The header's sections (a site's own, in Sites, or this default: lib/content/menus.ts). */
export const navigationFields: Field[] = [
  {
    name: 'sections',
    type: 'array',
    label: { en: 'Sections', tr: 'Bölümler', az: 'Bölmələr' },
    labels: { singular: { en: 'Section', tr: 'Bölüm', az: 'Bölmə' }, plural: { en: 'Sections', tr: 'Bölümler', az: 'Bölmələr' } },
    maxRows: 8,
    fields: [
      ...linkFields({ headingOnly: true }),
      {
        name: 'links',
        type: 'array',
        label: { en: 'Menu links', tr: 'Menü bağlantıları', az: 'Menyu keçidləri' },
        labels: { singular: { en: 'Link', tr: 'Bağlantı', az: 'Keçid' }, plural: { en: 'Links', tr: 'Bağlantılar', az: 'Keçidlər' } },
        maxRows: 12,
        fields: linkFields(),
      },
    ],
  },
]

/** The header's sections (Who We Are, Our Work, …), each a link and/or a menu of links. */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: { en: 'Navigation', tr: 'Gezinme menüsü', az: 'Naviqasiya menyusu' },
  admin: {
    group: { en: 'Settings', tr: 'Ayarlar', az: 'Parametrlər' },
    description: {
      en: 'The main sections in every page’s header. A section with links opens as a menu; without links it is a single link.',
      tr: 'Her sayfanın üst kısmındaki ana bölümler. Bağlantıları olan bir bölüm menü olarak açılır; bağlantısız bölüm tek bir bağlantıdır.',
      az: 'Hər səhifənin yuxarısındakı əsas bölmələr. Keçidləri olan bölmə menyu kimi açılır; keçidsiz bölmə tək keçiddir.',
    },
  },
  access: { read: anyone, update: globalEditors },
  hooks: { afterRead: [hideUnpublishedLinks], afterChange: [revalidateGlobalAfterChange] },
  fields: navigationFields,
}
