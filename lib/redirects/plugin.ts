import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook, Field, PayloadRequest, Plugin, Where } from 'payload'

import { isAdmin } from '@/access/offices'
import { isStaff } from '@/access/roles'
import { expireEveryTag } from '@/lib/cache/revalidate'
import { locales, type Locale } from '@/i18n/locales'
import { documentPath, routedCollections } from '@/i18n/paths'
import { pagePath, translatedIn, treeOf } from '@/lib/content/pageTree'
import { idOf } from '@/lib/relationValues'
import { refuse } from '@/lib/refuse'
import { importRedirectsEndpoint } from './import'
import { keepingRequestLocale } from '@/lib/requestLocale'

/**
 * Old addresses keep working (issue 19, "Redirects"): Payload's redirects plugin gives the
 * `redirects` collection (from → a document, or a URL). What is ours:
 *
 * - A published document whose slug changes in a language leaves a record of its old address
 *   in that language (`origin: slug`) that points at the document, not at its new address: the
 *   page answers 308 to wherever the document is now, so a chain of renames is one hop
 *   (lib/content/redirects.ts, on the not-found path of the document pages only: a live page
 *   always wins). An address used again by another document is taken over by the newer record.
 * - Records are read by staff only (they name old addresses of documents that may since have
 *   been unpublished); the public answer reads the record past access and then the target
 *   through the safe door, so a redirect never leads to, or reveals, what the public cannot read.
 * - Admins keep the list by hand for the addresses of the agency's old sites: a path is kept in
 *   one form (leading slash, no trailing slash, no query or fragment), and one that would lead
 *   to itself is refused.
 * - A record names its site (`site`, a site's key) when the address is one site's (a renamed
 *   page: two sites may each have a page at /en/who-we-are); none when it is every site's (a
 *   document's address is the same on every site that shows it). One record per address and
 *   site; a site's own record answers before the one for every site.
 */
export const redirectsSlug = 'redirects'

/** What an old address may point at: a routed collection's document, or a page of a site (collections/Pages). */
export const redirectedCollections = [...routedCollections, 'pages'] as const
export type RedirectedCollection = (typeof redirectedCollections)[number]
// Labels for the admin in its languages (as lib/sync/webhooks.ts); tests/unit/admin-labels.test.ts checks each has all.
type Text = Record<string, string>
const t3 = (en: string, tr: string, az: string): Text => ({ en, tr, az })

const texts: Record<string, { label: Text; description: Text }> = {
  from: {
    label: t3('Old address', 'Eski adres', 'Köhnə ünvan'),
    description: t3(
      'The path that should lead elsewhere, e.g. /en/news/old-title (no domain). Addresses of renamed items are added by themselves.',
      'Başka yere yönlenmesi gereken yol, ör. /tr/haberler/eski-baslik (alan adı olmadan). Adı değişen içeriklerin adresleri kendiliğinden eklenir.',
      'Başqa yerə yönləndirilməli olan yol, məs. /az/xeberler/kohne-basliq (domensiz). Adı dəyişən materialların ünvanları özü əlavə olunur.',
    ),
  },
  to: {
    label: t3('Leads to', 'Yönlendirdiği yer', 'Yönləndirdiyi yer'),
    description: t3('Where readers of the old address go.', 'Eski adresin okurlarının gideceği yer.', 'Köhnə ünvanın oxucularının gedəcəyi yer.'),
  },
  'to.type': {
    label: t3('Kind of target', 'Hedefin türü', 'Hədəfin növü'),
    description: t3(
      'An item of this site (it follows the item when it is renamed), or an address.',
      'Bu sitenin bir içeriği (adı değişirse onu izler) ya da bir adres.',
      'Bu saytın materialı (adı dəyişsə onu izləyir) və ya ünvan.',
    ),
  },
  'to.reference': {
    label: t3('Item', 'İçerik', 'Material'),
    description: t3('The item readers are sent to, in their language.', 'Okurların kendi dillerinde gönderileceği içerik.', 'Oxucuların öz dillərində göndəriləcəyi material.'),
  },
  'to.url': {
    label: t3('Address', 'Adres', 'Ünvan'),
    description: t3(
      'A path on this site (/en/programmes) or a full address (https://…).',
      'Bu sitede bir yol (/tr/programlar) ya da tam adres (https://…).',
      'Bu saytda yol (/az/proqramlar) və ya tam ünvan (https://…).',
    ),
  },
  origin: {
    label: t3('Made by', 'Oluşturan', 'Yaradan'),
    description: t3(
      'manual: kept by hand; slug: left by a renamed item.',
      'manual: elle tutulur; slug: adı değişen bir içerikten kaldı.',
      'manual: əl ilə saxlanılır; slug: adı dəyişən materialdan qalıb.',
    ),
  },
  site: {
    label: t3('Site', 'Site', 'Sayt'),
    description: t3(
      'The key of the site whose address this is (e.g. turkiye); empty: every site. A renamed page’s record names its site.',
      'Bu adresin ait olduğu sitenin anahtarı (ör. turkiye); boşsa tüm siteler. Adı değişen bir sayfanın kaydı kendi sitesini yazar.',
      'Bu ünvanın aid olduğu saytın açarı (məs. azerbaijan); boşdursa, bütün saytlar. Adı dəyişən səhifənin qeydi öz saytını yazır.',
    ),
  },
  locale: {
    label: t3('Language', 'Dil', 'Dil'),
    description: t3('The language of the old address.', 'Eski adresin dili.', 'Köhnə ünvanın dili.'),
  },
}

function labelled(field: Field, prefix = ''): Field {
  if (!('name' in field)) return field
  const path = `${prefix}${field.name}`
  const text = texts[path]
  const withText = text ? { ...field, label: text.label, admin: { ...field.admin, description: text.description } } : field
  if ('fields' in withText && Array.isArray(withText.fields)) return { ...withText, fields: withText.fields.map((inner) => labelled(inner, `${path}.`)) } as Field
  return withText as Field
}

/** "/en/news/x": a path in one form, or null when it is not one. */
export function normalizePath(value: unknown): string | null {
  if (typeof value !== 'string') return null
  let path = value.trim()
  if (/^https?:\/\//i.test(path)) {
    try {
      path = new URL(path).pathname
    } catch {
      return null
    }
  }
  path = path.split(/[?#]/)[0]
  if (!path.startsWith('/')) path = `/${path}`
  path = path.replace(/\/{2,}/g, '/')
  if (path.length > 1) path = path.replace(/\/+$/, '')
  try {
    // One encoding: decoded, then encoded again per segment.
    path = path
      .split('/')
      .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
      .join('/')
  } catch {
    return null
  }
  return path.length > 1 && path.length <= 500 ? path : null
}

/** Records of this address for this site (its own, and those for every site), in the save's transaction. */
export async function recordsOf(req: PayloadRequest, from: string, site: string | null, exceptId?: unknown) {
  const where: Where = { and: [{ from: { equals: from } }, site ? { site: { equals: site } } : { site: { exists: false } }] }
  if (exceptId != null) (where.and as Where[]).push({ id: { not_equals: exceptId } })
  const { docs } = await req.payload.find({ collection: redirectsSlug as never, where, limit: 1, depth: 0, overrideAccess: true, pagination: false, req })
  return docs as unknown as { id: number | string }[]
}

const normalizeFrom: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const from = normalizePath(data.from ?? originalDoc?.from)
  if (!from) throw refuse(req, 'redirectFrom', {}, 400)
  // One record per address and site ('' and null alike: every site).
  const site = typeof (data.site ?? originalDoc?.site) === 'string' && String(data.site ?? originalDoc?.site).trim() !== '' ? String(data.site ?? originalDoc?.site).trim() : null
  if (site) {
    const { totalDocs } = await req.payload.count({ collection: 'sites', where: { key: { equals: site } }, overrideAccess: true, req })
    if (totalDocs === 0) throw refuse(req, 'redirectSite', { site }, 400)
  }
  if ((await recordsOf(req, from, site, originalDoc?.id)).length > 0) throw refuse(req, 'redirectTaken', { from }, 400)
  data.site = site
  const to = (data.to ?? {}) as { type?: string; url?: string }
  if (to.type === 'custom') {
    const url = typeof to.url === 'string' ? to.url.trim() : ''
    const target = /^https?:\/\//i.test(url) ? url : normalizePath(url)
    if (!target || (!/^https?:\/\//i.test(target) && target === from)) throw refuse(req, 'redirectLoop', {}, 400)
    return { ...data, from, to: { ...to, url: target } }
  }
  return { ...data, from }
}

/** The published document's address in each language (before the save: what readers and links know). */
async function publishedAddresses(
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  collection: RedirectedCollection,
  id: number | string,
): Promise<Partial<Record<Locale, string>>> {
  if (collection === 'pages') return publishedPageAddresses(req, id)
  const doc = await keepingRequestLocale(req, () =>
    req.payload
      .findByID({ collection, id, locale: 'all', draft: false, depth: 0, overrideAccess: true, disableErrors: true, req, select: { slug: true, _status: true } as never })
      .catch(() => null),
  )
  const record = doc as { slug?: Partial<Record<Locale, string>>; _status?: string } | null
  if (!record || (record._status !== undefined && record._status !== 'published')) return {}
  const addresses: Partial<Record<Locale, string>> = {}
  for (const locale of locales) {
    const slug = record.slug?.[locale]
    if (typeof slug === 'string' && slug) addresses[locale] = documentPath(collection, slug, locale)
  }
  return addresses
}

/**
 * A published page's address in each language it has its own slug in: its path through its
 * published parents (its site's published pages, read as stored: a few dozen).
 */
async function publishedPageAddresses(req: Parameters<CollectionBeforeChangeHook>[0]['req'], id: number | string): Promise<Partial<Record<Locale, string>>> {
  return keepingRequestLocale(req, async () => {
    const own = await req.payload
      .findByID({ collection: 'pages', id, draft: false, depth: 0, overrideAccess: true, disableErrors: true, req, select: { site: true, _status: true } })
      .catch(() => null)
    if (!own || own._status !== 'published') return {}
    const { docs } = await req.payload.find({
      collection: 'pages',
      where: { and: [{ site: { equals: idOf(own.site) ?? null } }, { _status: { equals: 'published' } }] },
      locale: 'all',
      draft: false,
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: true,
      req,
      select: { slug: true, parent: true, topLevel: true, home: true, title: true },
    })
    const tree = treeOf(docs as unknown as Record<string, unknown>[])
    const node = tree.get(String(id))
    const addresses: Partial<Record<Locale, string>> = {}
    for (const locale of locales) {
      const path = node && translatedIn(node, locale) ? pagePath(tree, id, locale) : undefined
      if (path) addresses[locale] = path
    }
    return addresses
  })
}

// The addresses before a save, per request (not in req.context: the nested local reads of the
// save's hooks give the request a new context object on the way).
const remembered = new WeakMap<object, Map<string, Partial<Record<Locale, string>>>>()
const contextKey = (collection: string, id: unknown) => `${collection}:${String(id)}`

/** Before an update: the addresses readers know now (the published version, every language). */
const rememberAddresses: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  // A draft save (or unpublishing) gives no address a successor: nothing to remember.
  if (operation !== 'update' || originalDoc?.id == null || data?._status === 'draft') return
  const addresses = await publishedAddresses(req, collection.slug as RedirectedCollection, originalDoc.id)
  const map = remembered.get(req) ?? new Map<string, Partial<Record<Locale, string>>>()
  map.set(contextKey(collection.slug, originalDoc.id), addresses)
  remembered.set(req, map)
}

async function siteKeyOf(req: PayloadRequest, site: unknown): Promise<string | null> {
  const id = idOf(site)
  if (id == null) return null
  const found = await req.payload.findByID({ collection: 'sites', id, depth: 0, overrideAccess: true, disableErrors: true, select: { key: true }, req })
  return (found as { key?: string } | null)?.key ?? null
}

/** After it: each language whose published address changed leaves a record of the old one. */
const recordOldAddresses: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const key = contextKey(collection.slug, doc.id)
  const before = remembered.get(req)?.get(key)
  remembered.get(req)?.delete(key)
  // A draft save (autosave included) leaves the published addresses as they were: no second read.
  if (!before || Object.keys(before).length === 0 || doc._status === 'draft') return doc
  const after = await publishedAddresses(req, collection.slug as RedirectedCollection, doc.id)
  // A page's address is its site's (another site may have a page at the same path); a document's, every site's.
  const site = collection.slug === 'pages' ? await siteKeyOf(req, doc.site) : null
  for (const locale of locales) {
    const old = before[locale]
    if (!old || !after[locale] || old === after[locale]) continue
    const data = { from: old, site, to: { type: 'reference', reference: { relationTo: collection.slug, value: doc.id } }, origin: 'slug', locale }
    const [taken] = await recordsOf(req, old, site)
    if (taken) await req.payload.update({ collection: redirectsSlug as never, id: taken.id as never, data: data as never, overrideAccess: true, req })
    else await req.payload.create({ collection: redirectsSlug as never, data: data as never, overrideAccess: true, req })
  }
  return doc
}

export const redirects: Plugin = (config) => {
  const withPlugin = redirectsPlugin({
    collections: [...redirectedCollections],
    overrides: {
      labels: { singular: t3('Redirect', 'Yönlendirme', 'Yönləndirmə'), plural: t3('Redirects', 'Yönlendirmeler', 'Yönləndirmələr') },
      admin: { group: t3('Settings', 'Ayarlar', 'Parametrlər'), useAsTitle: 'from', defaultColumns: ['from', 'site', 'to.type', 'origin', 'locale', 'updatedAt'] },
      access: {
        read: ({ req: { user } }) => isStaff(user),
        create: ({ req: { user } }) => isAdmin(user),
        update: ({ req: { user } }) => isAdmin(user),
        delete: ({ req: { user } }) => isAdmin(user),
      },
      // A redirect kept by hand may answer an address whose "not found" the caches hold: all pages go
      // (rare, an admin's edit). A renamed document's record comes with its own save, which expires its pages.
      hooks: {
        beforeValidate: [normalizeFrom],
        afterChange: [({ doc, req }) => (doc.origin === 'slug' ? doc : (expireEveryTag(req), doc))],
        afterDelete: [({ doc, req }) => (expireEveryTag(req), doc)],
      },
      // One record per address and site (normalizeFrom; for a document, every site's: no site).
      indexes: [{ fields: ['from', 'site'] }],
      // The old sites' addresses from a CSV file (lib/redirects/import.ts; scripts/import-redirects.ts).
      endpoints: [importRedirectsEndpoint],
      fields: ({ defaultFields }) => [
        // `from` is unique per site, not across sites (normalizeFrom checks it).
        ...defaultFields.map((field) => labelled('name' in field && field.name === 'from' ? ({ ...field, unique: false, index: true } as Field) : field)),
        labelled({ name: 'site', type: 'text', index: true, admin: { position: 'sidebar' } } as Field),
        labelled({ name: 'origin', type: 'select', options: ['manual', 'slug'], defaultValue: 'manual', admin: { readOnly: true, position: 'sidebar' } } as Field),
        labelled({ name: 'locale', type: 'select', options: [...locales], admin: { readOnly: true, position: 'sidebar' } } as Field),
      ],
    },
  })(config)
  return {
    ...withPlugin,
    collections: (withPlugin.collections ?? []).map((collection) =>
      (redirectedCollections as readonly string[]).includes(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeChange: [...(collection.hooks?.beforeChange ?? []), rememberAddresses],
              afterChange: [recordOldAddresses, ...(collection.hooks?.afterChange ?? [])],
            },
          }
        : collection,
    ),
  }
}
