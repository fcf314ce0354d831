'use client'

import { useParams } from 'next/navigation'
import { useEffect } from 'react'

import { ErrorNotice } from '@/components/ErrorNotice'
import { defaultLocale, isLocale } from '@/i18n/locales'

type Props = { error: Error & { digest?: string }; reset: () => void }

/**
 * The localized error page inside the site's layout (header, footer and language stay). It
 * shows no error detail: the server log has it under the digest quoted for support.
 */
export default function ErrorPage({ error, reset }: Props) {
  const params = useParams<{ locale?: string }>()
  const locale = isLocale(params?.locale) ? params.locale : defaultLocale
  useEffect(() => {
    console.error(error)
  }, [error])
  return <ErrorNotice locale={locale} digest={error.digest} onRetry={reset} />
}
