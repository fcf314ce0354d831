import { notFound, permanentRedirect } from 'next/navigation'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { documentPath, routedCollections, type RoutedCollection } from '@/i18n/paths'
import { getPayloadClient } from '@/lib/payload'
import { normalizePath, redirectsSlug } from '@/lib/redirects/plugin'
import type { Site } from '@/lib/sites/directory'
import { officeIdsOf } from '@/lib/sites/offices'
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
export async function redirectFor(site: Pick<Site, 'offices' | 'languages' | 'defaultLanguage'>, locale: Locale, path: string): Promise<string | null> {
  const from = normalizePath(path)
  if (!from) return null
  const payload = await getPayloadClient()
  const seen = new Set<string>([from])
  let current = from
  let target: string | null = null
  for (let hop = 0; hop < 5; hop++) {
    const { docs } = await payload.find({ collection: redirectsSlug as never, where: { from: { equals: current } }, limit: 1, depth: 0, overrideAccess: true, pagination: false })
    const record = docs[0] as unknown as Record_ | undefined
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

async function documentTarget(
  site: Pick<Site, 'offices' | 'languages' | 'defaultLanguage'>,
  locale: Locale,
  reference: { relationTo?: string; value?: unknown } | null | undefined,
): Promise<string | null> {
  const collection = reference?.relationTo as RoutedCollection | undefined
  const id = reference?.value && typeof reference.value === 'object' ? (reference.value as { id?: unknown }).id : reference?.value
  if (!collection || !(routedCollections as readonly string[]).includes(collection) || id == null) return null
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
export async function notFoundOrRedirect(site: Pick<Site, 'offices' | 'languages' | 'defaultLanguage'>, locale: Locale, path: string): Promise<never> {
  const target = await redirectFor(site, locale, path)
  if (target && target !== normalizePath(path)) permanentRedirect(target)
  notFound()
}
