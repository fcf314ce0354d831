import { lookup } from 'node:dns'

import type { Payload } from 'payload'
import { Agent, fetch as undiciFetch } from 'undici'

import type { Locale } from '@/i18n/locales'
import type { Site } from '@/lib/sites/directory'

/**
 * A site for tests that call the readers directly: every country office's content (or the
 * offices given), in English and Turkish, on SERVER_URL. The readers filter by a site's offices
 * (lib/content/filters.ts, officeClause), so a test that wants everything names every office.
 */
export async function siteOfEveryOffice(payload: Payload, languages: Locale[] = ['en', 'tr']): Promise<Site> {
  const { docs } = await payload.find({ collection: 'countries', limit: 100, depth: 0, pagination: false, overrideAccess: true })
  return {
    id: 0,
    key: 'test',
    name: { en: 'Test' },
    origin: process.env.SERVER_URL ?? 'http://localhost:3000',
    hosts: ['localhost'],
    languages,
    defaultLanguage: 'en',
    offices: docs.map((doc) => doc.id),
  }
}

/**
 * fetch for the sites of the test server: `*.localhost` reaches this machine, as browsers
 * resolve it (Node's resolver does not), so `http://az.localhost:<port>/az` is the Azerbaijan
 * site's page with the Host a browser would send.
 */
const localhostAgent = new Agent({
  connect: {
    lookup: (hostname, options, callback) => {
      if (hostname !== 'localhost' && !hostname.endsWith('.localhost')) return lookup(hostname, options, callback)
      if (options.all) return (callback as unknown as (error: null, addresses: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }])
      return callback(null, '127.0.0.1', 4)
    },
  },
})

export function siteFetch(url: string, init: RequestInit = {}): Promise<Response> {
  return undiciFetch(url, { ...(init as object), dispatcher: localhostAgent }) as unknown as Promise<Response>
}

/** The test server's address for the Azerbaijan site of the demo seed (lib/seed/sites.ts). */
export function azerbaijanBase(base: string): string {
  const url = new URL(base)
  url.hostname = `az.${url.hostname === '127.0.0.1' ? 'localhost' : url.hostname}`
  return url.origin
}
