import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import type { BlockImage } from '@/lib/content/items'
import type { RichTextValue } from '@/lib/richtext'
import { FallbackNotice } from './FallbackNotice'
import { ResponsiveImage } from './ResponsiveImage'
import { RichTextBody } from './RichTextBody'

/** The hero spans the article's column: the screen's width on a phone, 46rem (.article) beyond. */
const heroSizes = '(max-width: 48rem) 100vw, 46rem'

type Props = {
  /** The page's language: internal links in the body point at pages in it. */
  locale: Locale
  /** The site's offices: a link in the body to another office's document is its text alone (RichTextBody). */
  offices?: readonly (string | number)[]
  back: { href: string; label: string }
  /** Shown when some passages are in another language than the page's. */
  fallbackNotice?: string
  /** The language of a passage shown untranslated, by field name. */
  langOf: (field: string) => string | undefined
  title: string
  kicker?: string
  meta?: ReactNode
  lead?: string | null
  body?: RichTextValue | null
  /**
   * The hero image (a path served by Payload) with its alt text and caption. `unoptimized` in a
   * preview: a draft's new image is not public yet, and the optimizer fetches it without the
   * editor's session; the editor's browser fetches it itself.
   */
  hero?: BlockImage | null
  children?: ReactNode
}

/** A news item's or a statement's page body: back link, notice, headline, meta, lead, text. */
export function Article({ locale, offices, back, fallbackNotice, langOf, title, kicker, meta, lead, body, hero, children }: Props) {
  return (
    <article className="article">
      <p>
        <a href={back.href}>← {back.label}</a>
      </p>
      {fallbackNotice ? <FallbackNotice message={fallbackNotice} /> : null}
      {kicker ? <p className="article__kicker">{kicker}</p> : null}
      <h1 lang={langOf('title')}>{title}</h1>
      {meta ? <div className="article__meta">{meta}</div> : null}
      {hero ? (
        <figure className="article__hero">
          <ResponsiveImage image={hero} sizes={heroSizes} priority />
          {hero.caption ? <figcaption>{hero.caption}</figcaption> : null}
        </figure>
      ) : null}
      {lead ? (
        <p className="article__lead" lang={langOf('excerpt')}>
          {lead}
        </p>
      ) : null}
      {body ? (
        <div lang={langOf('body')}>
          <RichTextBody data={body} locale={locale} offices={offices} />
        </div>
      ) : null}
      {children}
    </article>
  )
}
