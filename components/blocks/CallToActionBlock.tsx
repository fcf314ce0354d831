import type { BlockOf } from '@/lib/content/blocks-types'
import { blockHeadingId, blockId } from './ids'

/** A heading, a line and one link styled as a button. Links to other sites open in the same tab. */
export function CallToActionBlock({ block }: { block: BlockOf<'callToAction'> }) {
  const { id, heading, text, link, lang } = block
  return (
    <section id={blockId(id)} className="block block-cta" aria-labelledby={blockHeadingId(id)} lang={lang}>
      <h2 id={blockHeadingId(id)}>{heading}</h2>
      {text ? <p>{text}</p> : null}
      <p>
        <a className="block-button" href={link.href} rel={link.external ? 'external' : undefined}>
          {link.label}
        </a>
      </p>
    </section>
  )
}
