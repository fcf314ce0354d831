import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getEnv } from '@/lib/env'
import { LivePreviewRefresh } from './LivePreviewRefresh'
import { PreviewBanner } from './PreviewBanner'

type Props = {
  locale: Locale
  /** The document page as loaded (lib/content/page.ts): `preview` when read as a draft by an editor. */
  page: { preview: boolean; alternates: Record<Locale, string> }
}

/**
 * The preview block of every document page ([slug]/page.tsx): on a preview (Next's draft mode,
 * lib/content/preview.ts), the banner with its way out to the public page in this language, and
 * the live-preview refresh; nothing on the public page.
 */
export async function DocumentPreview({ locale, page }: Props) {
  if (!page.preview) return null
  const t = await getTranslations({ locale, namespace: 'preview' })
  return (
    <>
      <PreviewBanner text={t('banner')} exitLabel={t('exit')} exitHref={`/api/preview/exit?${new URLSearchParams({ to: page.alternates[locale] })}`} />
      <LivePreviewRefresh serverURL={getEnv().SERVER_URL} />
    </>
  )
}
