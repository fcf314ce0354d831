import { createHash } from 'node:crypto'

import type { Locale } from '@/i18n/locales'
import { getEnv } from '@/lib/env'
import { siteDirectory, type Site } from '@/lib/sites'
import { officeIdsOf } from '@/lib/sites/offices'
import type { ApiCollection } from './schemas'

/**
 * The address of each item's page: the site of the item's office (a programme of several
 * offices: the first of their sites), preferring one that publishes the served language; on a
 * site that does not, the page in the site's default language. An item of no site's office (a
 * global fact) is on the site at SERVER_URL, or on the first site.
 */
export async function siteOriginsFor(collection: ApiCollection, locale: Locale): Promise<(doc: unknown) => { origin: string; pageLocale: Locale }> {
  const { sites, byHost } = await siteDirectory()
  const home: Site | undefined = byHost.get(new URL(getEnv().SERVER_URL).hostname) ?? sites[0]
  const pageOn = (site: Site | undefined) => ({ origin: site?.origin ?? getEnv().SERVER_URL, pageLocale: !site || site.languages.includes(locale) ? locale : site.defaultLanguage })
  return (doc) => {
    const offices = officeIdsOf(collection, doc).map(String)
    const showing = sites.filter((site) => site.offices.some((office) => offices.includes(String(office))))
    return pageOn(showing.find((site) => site.languages.includes(locale)) ?? showing[0] ?? home)
  }
}

/**
 * Bump when lib/api/v1/serialize.ts changes what an item holds: the items the changes feed
 * stored (lib/sync/changes.ts) under an older format are then read again.
 */
export const itemFormat = 1

/**
 * What a stored item was built against: its format, the API's address and every site's address
 * and languages (the URLs in it). The changes feed serves a stored item only under the stamp it
 * was stored with; after a site moves, its entries are read again until rewritten.
 */
export async function itemStamp(): Promise<string> {
  const { sites } = await siteDirectory()
  const basis = JSON.stringify([itemFormat, getEnv().SERVER_URL, sites.map((site) => [site.origin, site.languages, site.defaultLanguage, site.offices.map(String)])])
  return createHash('sha256').update(basis).digest('base64url').slice(0, 16)
}
