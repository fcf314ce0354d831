'use client'

import type { Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'

type Props = {
  locale: Locale
  digest?: string
  /** Renders the segment again (error.tsx's reset); without it, no retry button. */
  onRetry?: () => void
}

/** What a reader sees when a page fails: no error detail, a way to retry and a way home. */
export function ErrorNotice({ locale, digest, onRetry }: Props) {
  const t = messages[locale].error
  return (
    <section className="not-found" role="alert">
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      {digest ? (
        <p className="error-digest">
          <small>Ref: {digest}</small>
        </p>
      ) : null}
      <p className="error-actions">
        {/* The server-rendered error page (server.mjs) has no script to retry with; its text asks
            the reader to try again in a moment. */}
        {onRetry ? (
          <>
            <button type="button" onClick={onRetry}>
              {t.retry}
            </button>{' '}
          </>
        ) : null}
        {/* The home page is the locale prefix (localePrefix 'always' in i18n/routing.ts). next-intl's
            client navigation is not used here: it would add 11 KB gzipped to every page. */}
        <a href={`/${locale}`}>{t.home}</a>
      </p>
    </section>
  )
}
