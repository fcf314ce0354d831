import crypto from 'node:crypto'

import type { CollectionConfig } from 'payload'

import type { RoutedCollection } from '../i18n/paths'
import { getEnv } from './env'

/** The secret in preview URLs, derived from PAYLOAD_SECRET (nothing more to configure). */
export function previewSecret(): string {
  return crypto.createHmac('sha256', getEnv().PAYLOAD_SECRET).update('kopru:preview').digest('hex')
}

export function isPreviewSecret(value: string | null): boolean {
  const expected = previewSecret()
  return typeof value === 'string' && value.length === expected.length && crypto.timingSafeEqual(Buffer.from(value), Buffer.from(expected))
}

/**
 * The admin's Preview button and live preview: the public page of the draft, in the language
 * being edited, through /api/preview (which checks the editor's session).
 */
export function previewAdmin(collection: RoutedCollection): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> {
  const url = (id: unknown, locale: unknown) =>
    `${getEnv().SERVER_URL}/api/preview?${new URLSearchParams({ collection, id: String(id ?? ''), locale: String(locale ?? 'en'), secret: previewSecret() })}`
  return {
    preview: (doc, { locale }) => url(doc?.id, locale),
    livePreview: { url: ({ data, locale }) => url(data?.id, typeof locale === 'object' ? locale?.code : locale) },
  }
}
