import { CardList } from '@/components/CardList'
import { ContentList } from '@/components/ContentList'
import type { Locale } from '@/i18n/locales'
import type { BlockOf } from '@/lib/content/blocks-types'
import { blockHeadingId, blockId } from './ids'

/**
 * The latest news, statements or programmes, as a list or as cards, with a link to all of them.
 * Items' titles are h3 under the block's heading, h2 when it has none (the page's title is the h1).
 */
export function LatestItemsBlock({ block, locale }: { block: BlockOf<'latestItems'>; locale: Locale }) {
  const { id, heading, display, items, cards, more, emptyText } = block
  const headingLevel = heading ? 3 : 2
  return (
    <section id={blockId(id)} className="block block-latest" aria-labelledby={heading ? blockHeadingId(id) : undefined}>
      {heading ? <h2 id={blockHeadingId(id)}>{heading}</h2> : null}
      {display === 'cards' ? (
        <CardList cards={cards} emptyText={emptyText} locale={locale} headingLevel={headingLevel} />
      ) : (
        <ContentList items={items} emptyText={emptyText} locale={locale} headingLevel={headingLevel} />
      )}
      {more ? (
        <p className="block-more">
          <a href={more.href}>{more.label}</a>
        </p>
      ) : null}
    </section>
  )
}
