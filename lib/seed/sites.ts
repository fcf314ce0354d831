import type { Payload } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'
import { inWriteBatch } from '@/lib/db/writeBatch'
import { getEnv } from '@/lib/env'

/**
 * The two offices' sites. Türkiye's answers at SERVER_URL (and 127.0.0.1), Azerbaijan's at the
 * same address with "az." before the host ("http://az.localhost:3000"): browsers resolve
 * `*.localhost` to this machine, so the demo serves both on one port with no change to
 * /etc/hosts. Production sites are entered in the admin (Sites) with their own addresses.
 */
export function demoSites(serverUrl = getEnv().SERVER_URL) {
  const base = new URL(serverUrl)
  const named = /^[\d.]+$/.test(base.hostname) || base.hostname.startsWith('[') ? 'localhost' : base.hostname
  const azerbaijan = new URL(serverUrl)
  azerbaijan.hostname = `az.${named}`
  return [
    {
      key: 'turkiye',
      url: base.origin,
      aliases: base.hostname === '127.0.0.1' ? [] : ['127.0.0.1'],
      languages: ['en', 'tr'],
      defaultLanguage: 'en',
      office: 'TR',
      name: { en: 'IOM Türkiye', tr: 'IOM Türkiye', az: 'IOM Türkiyə' },
    },
    {
      key: 'azerbaijan',
      url: azerbaijan.origin,
      aliases: [],
      languages: ['en', 'az'],
      defaultLanguage: 'en',
      office: 'AZ',
      name: { en: 'IOM Azerbaijan', tr: 'IOM Azerbaycan', az: 'IOM Azərbaycan' },
    },
  ] satisfies { key: string; url: string; aliases: string[]; languages: Locale[]; defaultLanguage: Locale; office: string; name: Partial<Record<Locale, string>> }[]
}

/** Creates each demo site that does not exist yet (by its internal name); an existing one is left as the admins keep it. */
export async function seedSites(payload: Payload, officeIds: Map<string, number | string>): Promise<{ created: number; existing: number }> {
  let created = 0
  let existing = 0
  for (const site of demoSites()) {
    // A site with its offices and names in one transaction (lib/db/writeBatch.ts): one found is whole.
    await inWriteBatch(payload, async (req) => {
      const { docs } = await payload.find({ collection: 'sites', where: { key: { equals: site.key } }, limit: 1, depth: 0, pagination: false, overrideAccess: true, req })
      if (docs[0]) {
        existing++
        return
      }
      const office = officeIds.get(site.office)
      if (office == null) return
      const languages = site.languages.filter((language) => isLocale(language))
      // A host already served by another site (a database migrated from before sites, whose one
      // site answers SERVER_URL): that site stays, this demo site is not made.
      const taken = (await payload.find({ collection: 'sites', depth: 0, limit: 1000, pagination: false, overrideAccess: true, req })).docs.some((other) =>
        [other.url, ...(other.aliases ?? [])].some((name) => name && (name === site.url || name === new URL(site.url).hostname || name.endsWith(`//${new URL(site.url).host}`))),
      )
      if (taken) {
        existing++
        return
      }
      const doc = await payload.create({
        collection: 'sites',
        locale: 'en',
        overrideAccess: true,
        req,
        data: {
          key: site.key,
          url: site.url,
          aliases: [...site.aliases],
          languages,
          defaultLanguage: site.defaultLanguage,
          offices: [office as number],
          name: site.name.en ?? site.key,
        },
      })
      for (const locale of languages.filter((language) => language !== 'en')) {
        await payload.update({ collection: 'sites', id: doc.id, locale, overrideAccess: true, data: { name: site.name[locale] }, req })
      }
      // The office's country page was saved before its site existed, when every language counted as
      // its own (fields/translationStatus.ts): saved once more, it owes only its sites' languages.
      await payload.update({ collection: 'countries', id: office, data: {}, depth: 0, overrideAccess: true, req })
      created++
    })
  }
  return { created, existing }
}
