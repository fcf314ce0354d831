import { RichTextBody } from '@/components/RichTextBody'
import type { Locale } from '@/i18n/locales'
import type { BlockOf } from '@/lib/content/blocks-types'
import { blockHeadingId, blockId } from './ids'

/**
 * Questions and answers as <details>: open and close without JavaScript, found by the
 * browser's find-in-page, opened in print (styles.css). The question is the summary's plain
 * text: a heading inside <summary> loses its role in some screen readers (summary is a button).
 */
export function AccordionBlock({ block, locale, offices }: { block: BlockOf<'accordion'>; locale: Locale; offices?: readonly (string | number)[] }) {
  const { id, heading, items, lang } = block
  if (items.length === 0) return null
  return (
    <section id={blockId(id)} className="block block--text block-accordion" aria-labelledby={heading ? blockHeadingId(id) : undefined} lang={lang}>
      {heading ? <h2 id={blockHeadingId(id)}>{heading}</h2> : null}
      {items.map((item) => (
        <details key={item.id} className="block-accordion__item">
          <summary>{item.question}</summary>
          <div className="block-accordion__answer">
            <RichTextBody data={item.answer} locale={locale} offices={offices} />
          </div>
        </details>
      ))}
    </section>
  )
}
