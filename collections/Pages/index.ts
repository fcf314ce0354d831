import type { CollectionConfig, FieldAccess, Where } from 'payload'

import { isAdmin, isGlobalEditor, officeIds } from '@/access/offices'
import { editorialBehaviour } from '@/collections/editorial'
import { titleField } from '@/fields/common'
import { hideUnpublishedLinksOfDoc } from '@/fields/link'
import { countryField, hideUnpublishedRelations } from '@/fields/relations'
import { reviewFields } from '@/fields/review'
import { slugField } from '@/fields/slug'
import { missingTranslationsField } from '@/fields/translationStatus'
import { reservedTopSegments } from '@/i18n/locales'
import { previewAdmin } from '@/lib/previewUrl'
import { refusalMessage } from '@/lib/refuse'
import { idOf } from '@/lib/relationValues'
import { pageBlocks } from './blocks'
import { keepPagePlace, keepSubpagesPlaced } from './hooks/keepPagePlace'

const t3 = (en: string, tr: string, az: string) => ({ en, tr, az })

/** Siblings: the same site and the same parent (or none). */
const siblingsOf = (data: Record<string, unknown>): Where => {
  const parent = idOf(data.parent)
  return { site: { equals: idOf(data.site) ?? null }, parent: parent != null ? { equals: parent } : { exists: false } }
}

const editorial = editorialBehaviour('pages', 'country')

/** Who chooses a site's home page: those who keep the site's settings (collections/Sites). */
const siteKeepers: FieldAccess = ({ req }) => isGlobalEditor(req.user)

/**
 * Free-form pages of a site ("Who we are", "Work with us"), built from layout blocks and
 * nested under a parent page: /en/who-we-are/history, /tr/biz-kimiz/tarihce. A page stores its
 * parent and its own slug per language, never its path: addresses are worked out from the
 * site's page tree when read (lib/content/pages.ts), so renaming a parent re-saves nothing.
 * Written like news (drafts, review, schedule, preview, office rules: collections/editorial.ts).
 */
export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  labels: { singular: t3('Page', 'Sayfa', 'Səhifə'), plural: t3('Pages', 'Sayfalar', 'Səhifələr') },
  admin: {
    ...previewAdmin('pages'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'site', 'parent', '_status', 'updatedAt', 'reviewStatus', 'missingTranslations'],
    group: t3('Content', 'İçerik', 'Məzmun'),
  },
  defaultSort: '-updatedAt',
  // The site's page tree (every published page of a site), the admin's lists by site and parent.
  indexes: [{ fields: ['_status', 'site', 'parent'] }, { fields: ['site', 'parent'] }, { fields: ['_status', 'updatedAt', 'createdAt'] }],
  ...editorial,
  hooks: {
    ...editorial.hooks,
    beforeChange: [...(editorial.hooks?.beforeChange ?? []), keepPagePlace],
    afterRead: [hideUnpublishedLinksOfDoc],
    beforeDelete: [keepSubpagesPlaced],
  },
  // Its blocks' links to documents are filtered by hideUnpublishedLinksOfDoc (tests/unit/cacheTags.test.ts reads this).
  custom: { hidesUnpublishedLinks: true },
  fields: [
    titleField,
    slugField({
      scope: siblingsOf,
      reserved: (slug, data, req) => (idOf(data.parent) == null && reservedTopSegments().has(slug) ? refusalMessage(req, 'pageSlugReserved', { slug }) : null),
    }),
    {
      name: 'site',
      type: 'relationship',
      relationTo: 'sites',
      required: true,
      index: true,
      label: t3('Site', 'Site', 'Sayt'),
      admin: {
        position: 'sidebar',
        description: t3('The site this page is part of.', 'Bu sayfanın ait olduğu site.', 'Bu səhifənin aid olduğu sayt.'),
      },
      // The sites of one's offices (trusted server code, without a user, any): keepPagePlace checks the page's office is the site's.
      filterOptions: ({ user }) => (!user || isAdmin(user) ? true : { offices: { in: officeIds(user) } }),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'pages',
      index: true,
      label: t3('Parent page', 'Üst sayfa', 'Üst səhifə'),
      hooks: { afterRead: [hideUnpublishedRelations('pages')] },
      admin: {
        position: 'sidebar',
        description: t3(
          'Empty: a top-level page (/en/about). A parent puts it under that page’s address (/en/about/history).',
          'Boş bırakılırsa üst düzey bir sayfa (/tr/hakkimizda). Bir üst sayfa seçilirse onun adresinin altına girer (/tr/hakkimizda/tarihce).',
          'Boş qalarsa, yuxarı səviyyəli səhifə (/az/haqqimizda). Üst səhifə seçilərsə, onun ünvanının altına düşür (/az/haqqimizda/tarix).',
        ),
      },
      // Pages of the chosen site, not this one (keepPagePlace checks the rest on save). Before a
      // site is chosen, none is known to refuse: the query guard refuses `equals: null` (and '' for a new page's id).
      filterOptions: ({ id, data }): Where | true => {
        const site = idOf(data?.site)
        if (site == null || site === '') return true
        return { and: [{ site: { equals: site } }, ...(id != null && id !== '' ? [{ id: { not_equals: id } } as Where] : [])] }
      },
    },
    {
      // One per site (keepPagePlace); chosen by those who keep the site's settings, on every write path (field access; a duplicate is never the home).
      name: 'home',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: t3('Site’s home page', 'Sitenin ana sayfası', 'Saytın ana səhifəsi'),
      access: { create: siteKeepers, update: siteKeepers },
      hooks: { beforeDuplicate: [() => false] },
      admin: {
        position: 'sidebar',
        description: t3(
          'Published, this page is the site’s home page (/en), and its own address leads there. A site has one home page; without one, the home shows the sections set in Sites → Home page. Admins and global editors set it.',
          'Yayımlandığında bu sayfa sitenin ana sayfasıdır (/tr) ve kendi adresi oraya yönlendirir. Bir sitenin bir ana sayfası olur; yoksa ana sayfa Siteler → Ana sayfa’da seçilen bölümleri gösterir. Yöneticiler ve genel editörler işaretler.',
          'Dərc olunanda bu səhifə saytın ana səhifəsidir (/az) və öz ünvanı ora aparır. Saytın bir ana səhifəsi olur; yoxdursa, ana səhifə Saytlar → Ana səhifə bölməsində seçilən hissələri göstərir. Adminlər və qlobal redaktorlar qeyd edir.',
        ),
      },
    },
    {
      // Set by keepPagePlace on every save (parent empty): the page tree tells a top-level page
      // from one whose parent the reader may not see (lib/content/pageTree.ts).
      name: 'topLevel',
      type: 'checkbox',
      defaultValue: true,
      label: t3('Top-level page', 'Üst düzey sayfa', 'Yuxarı səviyyəli səhifə'),
      admin: {
        hidden: true,
        description: t3('Set when the page has no parent page.', 'Sayfanın üst sayfası olmadığında işaretlenir.', 'Səhifənin üst səhifəsi olmayanda qeyd olunur.'),
      },
    },
    {
      name: 'layout',
      type: 'blocks',
      blocks: pageBlocks,
      label: t3('Content blocks', 'İçerik blokları', 'Məzmun blokları'),
      labels: { singular: t3('Block', 'Blok', 'Blok'), plural: t3('Blocks', 'Bloklar', 'Bloklar') },
      admin: {
        description: t3(
          'The page from top to bottom. The blocks are the same in every language; their texts are translated inside them.',
          'Sayfa yukarıdan aşağıya. Bloklar her dilde aynıdır; metinleri bloğun içinde çevrilir.',
          'Səhifə yuxarıdan aşağı. Bloklar hər dildə eynidir; mətnləri blokun içində tərcümə olunur.',
        ),
      },
    },
    countryField(),
    ...reviewFields('country'),
    missingTranslationsField('country'),
  ],
}
