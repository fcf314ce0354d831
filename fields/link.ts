import type { CollectionAfterReadHook, Field, GlobalAfterReadHook, TextFieldSingleValidation } from 'payload'

import { isStaff } from '@/access/roles'
import type { PerLocale } from '@/i18n/localized'
import { routedCollections } from '@/i18n/paths'
import { visitObjects } from '@/lib/relationValues'
import { validateUrl } from '@/lib/safeUrl'
import { targetKey, visibleTargets } from './relations'

/** Public pages an editor can link to from the navigation and footer, by name (URLs follow the locale). */
export const linkRoutes = ['/', '/news', '/statements', '/programmes', '/countries', '/facts', '/search', '/news/rss', '/statements/rss'] as const

export type LinkRoute = (typeof linkRoutes)[number]

const routeLabels: Record<LinkRoute, PerLocale<string>> = {
  '/': { en: 'Home page', tr: 'Ana sayfa', az: 'Ana səhifə' },
  '/news': { en: 'News list', tr: 'Haber listesi', az: 'Xəbərlər siyahısı' },
  '/statements': { en: 'Statements list', tr: 'Açıklama listesi', az: 'Bəyanatlar siyahısı' },
  '/programmes': { en: 'Programmes list', tr: 'Program listesi', az: 'Proqramlar siyahısı' },
  '/countries': { en: 'Country offices list', tr: 'Ülke ofisleri listesi', az: 'Ölkə ofisləri siyahısı' },
  '/facts': { en: 'Facts and figures', tr: 'Gerçekler ve rakamlar', az: 'Faktlar və rəqəmlər' },
  '/search': { en: 'Search', tr: 'Arama', az: 'Axtarış' },
  '/news/rss': { en: 'News RSS feed', tr: 'Haber RSS akışı', az: 'Xəbərlərin RSS lenti' },
  '/statements/rss': { en: 'Statements RSS feed', tr: 'Açıklama RSS akışı', az: 'Bəyanatların RSS lenti' },
}

const validUrl: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { type?: string }).type !== 'url') return true
  if (!value) return 'Enter the address, e.g. https://sdgs.un.org/2030agenda or mailto:office@example.org.'
  return validateUrl(value)
}

const whenType = (type: string) => (_: unknown, sibling: { type?: string }) => sibling?.type === type

/**
 * A link of the navigation or footer: a public page by name, a published document, or an
 * outside address (or, with `headingOnly`, nothing: a menu's heading). The label is localized;
 * page and document URLs are built per locale.
 */
export function linkFields({ headingOnly = false }: { headingOnly?: boolean } = {}): Field[] {
  return [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', localized: true, required: true, label: { en: 'Label', tr: 'Etiket', az: 'Ad' } },
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'route',
          label: { en: 'Links to', tr: 'Bağlantı türü', az: 'Keçid növü' },
          options: [
            { value: 'route', label: { en: 'A page of the site', tr: 'Sitenin bir sayfası', az: 'Saytın səhifəsi' } },
            { value: 'document', label: { en: 'A published document', tr: 'Yayımlanmış bir belge', az: 'Dərc olunmuş sənəd' } },
            { value: 'url', label: { en: 'An outside address', tr: 'Dış bir adres', az: 'Xarici ünvan' } },
            ...(headingOnly ? [{ value: 'none', label: { en: 'Nothing (a menu heading)', tr: 'Hiçbir yer (menü başlığı)', az: 'Heç yerə (menyu başlığı)' } }] : []),
          ],
        },
      ],
    },
    {
      name: 'route',
      type: 'select',
      label: { en: 'Page', tr: 'Sayfa', az: 'Səhifə' },
      options: linkRoutes.map((value) => ({ value, label: routeLabels[value] })),
      admin: { condition: whenType('route') },
      validate: (value: unknown, { siblingData }: { siblingData: unknown }) =>
        (siblingData as { type?: string }).type !== 'route' || Boolean(value) || 'Choose the page to link to.',
    },
    {
      name: 'document',
      type: 'relationship',
      relationTo: [...routedCollections, 'pages'],
      label: { en: 'Document', tr: 'Belge', az: 'Sənəd' },
      admin: {
        condition: whenType('document'),
        description: { en: 'Shown only while the document is published.', tr: 'Yalnızca belge yayındayken gösterilir.', az: 'Yalnız sənəd dərc olunduğu müddətdə göstərilir.' },
      },
      validate: (value: unknown, { siblingData }: { siblingData: unknown }) =>
        (siblingData as { type?: string }).type !== 'document' || Boolean(value) || 'Choose the document to link to.',
    },
    {
      name: 'url',
      type: 'text',
      localized: true,
      label: { en: 'Address', tr: 'Adres', az: 'Ünvan' },
      admin: { condition: whenType('url'), description: { en: 'https://… or mailto:…', tr: 'https://… ya da mailto:…', az: 'https://… və ya mailto:…' } },
      validate: validUrl,
    },
  ]
}

type DocumentLink = { type: 'document'; document: { relationTo: string; value: unknown }; links?: unknown }

function isDocumentLink(value: unknown): value is DocumentLink {
  const row = value as Partial<DocumentLink> | null
  return (
    typeof row === 'object' && row !== null && row.type === 'document' && typeof row.document === 'object' && row.document !== null && typeof row.document.relationTo === 'string'
  )
}

/**
 * The navigation's and footer's links to documents the reader may not see, taken out before
 * anyone but staff gets the global under access control (REST /api/globals/*, the site's
 * safe reader): a link prepared for a
 * programme still in draft would otherwise name it, and its label, to everyone. Whether a
 * target is visible is asked as the reader would ask (fields/relations.ts's visibleTargets). A
 * section that heads a menu stays, as the heading the site shows; a plain link goes.
 */
export const hideUnpublishedLinks: GlobalAfterReadHook = async ({ doc, overrideAccess, req }) => {
  // Trusted server code (the seed, which writes translations by the rows it reads back) reads
  // with overrideAccess and gets the global as stored.
  if (overrideAccess || isStaff(req.user)) return doc
  const targets: DocumentLink['document'][] = []
  visitObjects(doc, (record) => {
    if (isDocumentLink(record)) targets.push(record.document)
  })
  if (targets.length === 0) return doc
  const visible = await visibleTargets(req, targets)
  const prune = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      return value.flatMap((row) => {
        if (!isDocumentLink(row) || visible.has(targetKey(row.document.relationTo, row.document.value))) return [prune(row)]
        if (Array.isArray(row.links) && row.links.length > 0) return [prune({ ...row, type: 'none', document: null })]
        return []
      })
    }
    if (typeof value !== 'object' || value === null) return value
    // A link that is a group, not a row (a page's call to action): its target goes, the rest stays (it then shows nothing).
    if (isDocumentLink(value) && !visible.has(targetKey(value.document.relationTo, value.document.value))) return { ...value, type: 'none', document: null }
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, prune(entry)]))
  }
  return prune(doc) as typeof doc
}

/**
 * The same for a collection whose documents hold links (a site's menus, a page's blocks): set
 * `custom.hidesUnpublishedLinks` beside it (tests/unit/cacheTags.test.ts reads it).
 */
export const hideUnpublishedLinksOfDoc: CollectionAfterReadHook = (args) =>
  hideUnpublishedLinks({ ...args, overrideAccess: false, global: undefined as never, findMany: false } as never)
