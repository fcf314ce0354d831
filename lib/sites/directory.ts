import { isLocale, type Locale } from '@/i18n/locales'

import { normalizeHost } from './hosts.mjs'

/**
 * The sites of the platform, as data (collections/Sites): which host names each answers, its
 * languages, its default language and its offices. Read whole and kept in memory, because every
 * public request needs it before anything else (proxy.ts picks the site by host; the pages read
 * it by key), and a platform has a handful of sites.
 *
 * Freshness: a save or delete in Sites drops the snapshot in this process at once
 * (collections/Sites, expireSiteDirectory); other instances reload it within `maxAgeMs`.
 *
 * One slot on globalThis: proxy.ts, the pages and the hooks are bundled by Next separately, with
 * module instances of their own. The loader (lib/sites/load.ts, over Payload) is registered by
 * instrumentation.ts and by lib/sites/index.ts, so proxy.ts does not bundle Payload.
 */
export type Site = {
  id: number | string
  /** Internal name, the first segment of every page's internal path ("turkiye"). */
  key: string
  /** The site's name per language (falls back to the default language's). */
  name: Partial<Record<Locale, string>>
  /** The address every URL the site emits is built on: "https://turkiye.iom.int". */
  origin: string
  /** Every host name it answers (the origin's first), normalized. */
  hosts: string[]
  languages: Locale[]
  defaultLanguage: Locale
  /** Ids of the country offices whose content it shows. */
  offices: (number | string)[]
}

export type SiteDirectory = { sites: Site[]; byHost: Map<string, Site>; byKey: Map<string, Site> }

export type SiteLoader = () => Promise<Site[]>

/** How long another instance may serve a site list that a save elsewhere has changed. */
export const maxAgeMs = 10_000

type Slot = { loader?: SiteLoader; directory?: SiteDirectory; loadedAt?: number; loading?: Promise<SiteDirectory> }

const key = Symbol.for('kopru.sites.directory')
const holder = globalThis as unknown as { [key]?: Slot }
const slot: Slot = (holder[key] ??= {})

export function registerSiteLoader(loader: SiteLoader): void {
  slot.loader = loader
}

/** Drops the snapshot: the next request reads the sites again. */
export function expireSiteDirectory(): void {
  slot.directory = undefined
  slot.loadedAt = undefined
}

export function buildDirectory(sites: Site[]): SiteDirectory {
  const byHost = new Map<string, Site>()
  const byKey = new Map<string, Site>()
  for (const site of sites) {
    byKey.set(site.key, site)
    // The first site to claim a host keeps it (collections/Sites refuses a second claim).
    for (const host of site.hosts) if (!byHost.has(host)) byHost.set(host, site)
  }
  return { sites, byHost, byKey }
}

function reload(): Promise<SiteDirectory> {
  const { loader } = slot
  if (!loader) return Promise.reject(new Error('No site loader is registered (lib/sites/load.ts): import lib/sites or start through instrumentation.ts'))
  slot.loading ??= loader()
    .then((sites) => {
      slot.directory = buildDirectory(sites)
      slot.loadedAt = Date.now()
      return slot.directory
    })
    .finally(() => {
      slot.loading = undefined
    })
  return slot.loading
}

/**
 * The sites. A fresh snapshot at once; a stale one at once too, while one reload runs behind
 * (a failing database then keeps the last known sites); none yet: the first load.
 */
export async function siteDirectory(): Promise<SiteDirectory> {
  const { directory, loadedAt } = slot
  if (directory && loadedAt !== undefined) {
    if (Date.now() - loadedAt > maxAgeMs) reload().catch(() => undefined)
    return directory
  }
  return reload()
}

/** The sites as last loaded, without waiting: undefined before the first load (or after a change to Sites). */
export function loadedSites(): Site[] | undefined {
  return slot.directory?.sites
}

export async function siteForHost(host: string): Promise<Site | undefined> {
  const name = normalizeHost(host)
  return name ? (await siteDirectory()).byHost.get(name) : undefined
}

export async function siteByKey(siteKey: string): Promise<Site | undefined> {
  return (await siteDirectory()).byKey.get(siteKey)
}

/** The sites that show an office's content (a programme of several offices: each of theirs). */
export async function sitesOfOffices(offices: (number | string)[]): Promise<Site[]> {
  const wanted = new Set(offices.map(String))
  return (await siteDirectory()).sites.filter((site) => site.offices.some((office) => wanted.has(String(office))))
}

/** A language list as stored (strings) to the platform's locales, in the platform's order. */
export function siteLanguages(values: unknown): Locale[] {
  const list = Array.isArray(values) ? values.filter(isLocale) : []
  return [...new Set(list)]
}
