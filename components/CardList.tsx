import type { Locale } from '@/i18n/locales'
import type { Card } from '@/lib/content/items'
import { LanguageNote } from './LanguageNote'
import { ResponsiveImage } from './ResponsiveImage'

/** One column on a phone; from about 35rem, two or three (.card-list: columns of at least 16rem in 72rem). */
const cardImageSizes = '(max-width: 35rem) 100vw, 25rem'

/** Programmes and country offices as linked cards; presentational only. */
export function CardList({ cards, emptyText, locale, headingLevel = 2 }: { cards: Card[]; emptyText: string; locale: Locale; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  if (cards.length === 0) return <p className="empty">{emptyText}</p>
  return (
    <ul className="card-list">
      {cards.map((card) => (
        <li key={card.id} className={card.image ? 'card card--image' : 'card'}>
          <Heading className="card__title" lang={card.lang}>
            <a href={card.href}>{card.title}</a>
          </Heading>
          {card.meta || card.lang ? (
            <p className="card__meta">
              {card.meta}
              {card.lang ? <LanguageNote lang={card.lang} locale={locale} /> : null}
            </p>
          ) : null}
          {card.text ? <p lang={card.lang}>{card.text}</p> : null}
          {/* After the title in reading order; CSS shows it at the top of the card. */}
          {card.image ? <ResponsiveImage image={card.image} sizes={cardImageSizes} className="card__image" /> : null}
        </li>
      ))}
    </ul>
  )
}
