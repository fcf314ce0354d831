'use client'

import en from '@/messages/en.json'
import tr from '@/messages/tr.json'

/**
 * The last resort when even the site's layout fails: its own <html>, no layout, no JavaScript
 * needed to read it. The locale is not known here, so it speaks both languages.
 */
// A full page load is the point here: this page replaces the root layout, so no client router is left to trust.
/* eslint-disable @next/next/no-html-link-for-pages */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem', lineHeight: 1.5 }}>
        <main>
          <h1>{en.error.title}</h1>
          <p>{en.error.text}</p>
          <p>
            <a href="/en">{en.error.home}</a>
          </p>
          <div lang="tr">
            <h2>{tr.error.title}</h2>
            <p>{tr.error.text}</p>
            <p>
              <a href="/tr">{tr.error.home}</a>
            </p>
          </div>
          {error.digest ? <p>Ref: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  )
}
