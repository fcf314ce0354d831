import { CardList } from '@/components/CardList'
import type { Locale } from '@/i18n/locales'
import type { BlockOf } from '@/lib/content/blocks-types'
import { blockHeadingId, blockId } from './ids'

/** Chosen programmes, offices or pages as cards; nothing when none is left to show. */
export function CardsBlock({ block, locale }: { block: BlockOf<'cards'>; locale: Locale }) {
  const { id, heading, cards } = block
  if (cards.length === 0) return null
  return (
    <section id={blockId(id)} className="block block-cards" aria-labelledby={heading ? blockHeadingId(id) : undefined}>
      {heading ? <h2 id={blockHeadingId(id)}>{heading}</h2> : null}
      <CardList cards={cards} emptyText="" locale={locale} headingLevel={heading ? 3 : 2} />
    </section>
  )
}
