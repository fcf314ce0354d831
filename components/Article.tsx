import { RichText } from '@payloadcms/richtext-lexical/react'
import Image from 'next/image'
import type { ReactNode } from 'react'

import type { RichTextValue } from '../lib/richtext'
import { FallbackNotice } from './FallbackNotice'

type Props = {
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
  /** The hero image (a path served by Payload) with its alt text and caption. */
  hero?: { src: string; width: number; height: number; alt: string; caption?: string | null } | null
  children?: ReactNode
}

/** A news item's or a statement's page body: back link, notice, headline, meta, lead, text. */
export function Article({ back, fallbackNotice, langOf, title, kicker, meta, lead, body, hero, children }: Props) {
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
          <Image src={hero.src} width={hero.width} height={hero.height} alt={hero.alt} sizes="(max-width: 48rem) 100vw, 46rem" priority />
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
          <RichText data={body} />
        </div>
      ) : null}
      {children}
    </article>
  )
}
