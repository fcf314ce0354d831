import type { Payload } from 'payload'

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
