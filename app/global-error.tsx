'use client'

import { defaultLocale, locales } from '@/i18n/locales'
import { messages } from '@/i18n/messages'

/**
 * The last resort when even the site's layout fails: its own <html>, no layout, no next-intl
 * context, no JavaScript needed to read it. The locale is not known here, so it speaks every
 * language, the default first.
 */
// Plain <a> links: a full page load is the point here, this page replaces the root layout, so no client router is left to trust.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const [first, ...others] = [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)]
  return (
    <html lang={first}>
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem', lineHeight: 1.5 }}>
        <main>
          <h1>{messages[first].error.title}</h1>
          <p>{messages[first].error.text}</p>
          <p>
            <a href={`/${first}`}>{messages[first].error.home}</a>
          </p>
          {others.map((locale) => (
            <div lang={locale} key={locale}>
              <h2>{messages[locale].error.title}</h2>
              <p>{messages[locale].error.text}</p>
              <p>
                <a href={`/${locale}`}>{messages[locale].error.home}</a>
              </p>
            </div>
          ))}
          {error.digest ? <p>Ref: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  )
}
