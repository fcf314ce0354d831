import type { CollectionConfig } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import type { RoutedCollection } from '@/i18n/paths'
import { derivedSecret, sameSecret } from './derivedSecret'
import { getEnv } from './env'

/** The secret in preview URLs, derived from PAYLOAD_SECRET (nothing more to configure). */
export function previewSecret(): string {
  return derivedSecret('preview')
}

export function isPreviewSecret(value: string | null): boolean {
  return sameSecret(value, previewSecret())
}

/**
 * The admin's Preview button and live preview: the public page of the draft, in the language
 * being edited, through /api/preview (which checks the editor's session).
 */
export function previewAdmin(collection: RoutedCollection | 'pages'): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> {
  const url = (id: unknown, locale: unknown) =>
    `${getEnv().SERVER_URL}/api/preview?${new URLSearchParams({ collection, id: String(id ?? ''), locale: String(locale ?? defaultLocale), secret: previewSecret() })}`
  return {
    preview: (doc, { locale }) => url(doc?.id, locale),
    livePreview: { url: ({ data, locale }) => url(data?.id, typeof locale === 'object' ? locale?.code : locale) },
  }
}
