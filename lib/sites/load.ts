import { getPayloadClient } from '@/lib/payload'

import { siteLanguages, type Site } from './directory'
import { normalizeHost } from './hosts.mjs'

type Stored = {
  id: number | string
  key?: string | null
  name?: unknown
  url?: string | null
  aliases?: string[] | null
  languages?: unknown
  defaultLanguage?: string | null
  offices?: unknown
}

/** A stored site as the directory holds it; undefined when it cannot serve (no address or language). */
export function toSite(doc: Stored): Site | undefined {
  let origin: string
  try {
    origin = new URL(String(doc.url)).origin
  } catch {
    return undefined
  }
  const languages = siteLanguages(doc.languages)
  const defaultLanguage = languages.find((language) => language === doc.defaultLanguage) ?? languages[0]
  if (!doc.key || !defaultLanguage) return undefined
  const hosts = [...new Set([normalizeHost(new URL(origin).host), ...(doc.aliases ?? []).map((alias) => normalizeHost(alias))].filter(Boolean))]
  const offices = (Array.isArray(doc.offices) ? doc.offices : []).map((office) =>
    office && typeof office === 'object' ? (office as { id: number | string }).id : (office as number | string),
  )
  const name = doc.name && typeof doc.name === 'object' ? (doc.name as Site['name']) : { [defaultLanguage]: String(doc.name ?? doc.key) }
  return { id: doc.id, key: doc.key, name, origin, hosts, languages, defaultLanguage, offices: offices.filter((office) => office != null) }
}

/**
 * Every site, from the database (configuration, not a reader's request: read past access,
 * every locale of its name, no relations populated).
 */
export async function loadSites(): Promise<Site[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'sites',
    locale: 'all',
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true,
    sort: 'createdAt',
    select: { key: true, name: true, url: true, aliases: true, languages: true, defaultLanguage: true, offices: true },
  })
  return (docs as unknown as Stored[]).map(toSite).filter((site): site is Site => site !== undefined)
}
