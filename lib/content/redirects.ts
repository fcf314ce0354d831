import { notFound, permanentRedirect } from 'next/navigation'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { documentPath, routedCollections, type RoutedCollection } from '@/i18n/paths'
import { getPayloadClient } from '@/lib/payload'
import { normalizePath, redirectsSlug } from '@/lib/redirects/plugin'
import type { Site } from '@/lib/sites/directory'
import { officeIdsOf } from '@/lib/sites/offices'
import { pagePath, pageTree } from './pages'
import { findPublicInAllLocales } from './reader'

type Record_ = { from: string; to?: { type?: string; url?: string | null; reference?: { relationTo?: string; value?: unknown } | null } | null }

/**
 * Where an address that has no page now leads (lib/redirects/plugin.ts), or null. The record is
 * read past access (records are staff-only: they name old addresses of documents that may have
 * gone); a document target is then read through the safe door, so it must be published, and of
 * this site's offices, and the answer is its address now in the reader's language (its own slug
 * there, else the default language's). A record pointing at an address follows it, up to five
 * hops, stopping at a loop; an address elsewhere (https://…) is the end.
 */
export async function redirectFor(site: Pick<Site, 'id' | 'key' | 'offices' | 'languages' | 'defaultLanguage'>, locale: Locale, path: string): Promise<string | null> {
  const from = normalizePath(path)
  if (!from) return null
  const seen = new Set<string>([from])
  let current = from
  let target: string | null = null
  for (let hop = 0; hop < 5; hop++) {
    const record = (await recordsFor(site, [current]))[0]
    if (!record?.to && hop === 0) return underMovedPage(site, locale, from)
    if (!record?.to) break
    if (record.to.type === 'reference') return documentTarget(site, locale, record.to.reference)
    const url = record.to.url ?? ''
    if (/^https?:\/\//i.test(url)) return url
    const next = normalizePath(url)
    if (!next || seen.has(next)) break
    seen.add(next)
    target = next
    current = next
  }
  return target
}

/**
 * The records of these addresses for this site: its own (a page's old address) first, then
 * those for every site (documents' and most kept by hand).
 */
async function recordsFor(site: Pick<Site, 'key'>, froms: string[]): Promise<Record_[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: redirectsSlug as never,
    where: { and: [{ from: { in: froms } }, { or: [{ site: { equals: site.key } }, { site: { exists: false } }] }] },
    limit: froms.length * 2,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const records = docs as unknown as (Record_ & { site?: string | null })[]
  return [...records.filter((record) => record.site === site.key), ...records.filter((record) => record.site !== site.key)]
}

/**
 * A subpage of a renamed or moved page: its parent's old address has a record (a page's save
 * records its own address only; its subpages are not saved again), so the longest prefix of
 * the path that points at a page leads to that page's address now, plus the rest of the path.
 */
async function underMovedPage(site: Pick<Site, 'id' | 'key' | 'offices' | 'languages' | 'defaultLanguage'>, locale: Locale, from: string): Promise<string | null> {
  const segments = from.split('/').slice(1)
  if (segments.length < 3) return null
  const prefixes = Array.from({ length: segments.length - 2 }, (_, i) => `/${segments.slice(0, segments.length - 1 - i).join('/')}`)
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: redirectsSlug as never,
    where: { from: { in: prefixes } },
    limit: prefixes.length,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const records = docs as unknown as Record_[]
  for (const prefix of prefixes) {
    const record = records.find((candidate) => candidate.from === prefix)
    if (record?.to?.type !== 'reference' || record.to.reference?.relationTo !== 'pages') continue
    const target = await documentTarget(site, locale, record.to.reference)
    return target ? `${target}${from.slice(prefix.length)}` : null
  }
  return null
}

async function documentTarget(
  site: Pick<Site, 'id' | 'key' | 'offices' | 'languages' | 'defaultLanguage'>,
  locale: Locale,
  reference: { relationTo?: string; value?: unknown } | null | undefined,
): Promise<string | null> {
  const collection = reference?.relationTo as RoutedCollection | 'pages' | undefined
  const id = reference?.value && typeof reference.value === 'object' ? (reference.value as { id?: unknown }).id : reference?.value
  if (collection === 'pages' && id != null) {
    // A page of this site, published, at its address now (its own slug in the language, else the default language's).
    const language = site.languages.includes(locale) ? locale : site.defaultLanguage
    return pagePath(await pageTree(site), String(id), language) ?? null
  }
  if (!collection || !(routedCollections as readonly string[]).includes(collection) || id == null) return null
  return documentAddress(site, locale, collection as RoutedCollection, id)
}

async function documentAddress(site: Pick<Site, 'offices' | 'languages' | 'defaultLanguage'>, locale: Locale, collection: RoutedCollection, id: unknown): Promise<string | null> {
  const [doc] = await findPublicInAllLocales(collection, { where: { id: { equals: id as never } }, limit: 1, site: null })
  if (!doc) return null
  const offices = site.offices.map(String)
  if (!officeIdsOf(collection, doc).some((office) => offices.includes(String(office)))) return null
  const slugs = (doc.slug ?? {}) as Partial<Record<Locale, string>>
  const language = site.languages.includes(locale) ? locale : site.defaultLanguage
  const slug = slugs[language] || slugs[defaultLocale]
  return slug ? documentPath(collection, slug, slugs[language] ? language : defaultLocale) : null
}

/** A page that has nothing at its address: a 308 to where the address leads now, else the not-found page. */
export async function notFoundOrRedirect(site: Pick<Site, 'id' | 'key' | 'offices' | 'languages' | 'defaultLanguage'>, locale: Locale, path: string): Promise<never> {
  const target = await redirectFor(site, locale, path)
  if (target && target !== normalizePath(path)) permanentRedirect(target)
  notFound()
}
