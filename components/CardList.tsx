export type Card = { id: string | number; href: string; title: string; text?: string | null; meta?: string; lang?: string }

/** Programmes and country offices as linked cards; presentational only. */
export function CardList({ cards, emptyText }: { cards: Card[]; emptyText: string }) {
  if (cards.length === 0) return <p className="empty">{emptyText}</p>
  return (
    <ul className="card-list">
      {cards.map((card) => (
        <li key={card.id} className="card" lang={card.lang}>
          <h2 className="card__title">
            <a href={card.href}>{card.title}</a>
          </h2>
          {card.meta ? <p className="card__meta">{card.meta}</p> : null}
          {card.text ? <p>{card.text}</p> : null}
        </li>
      ))}
    </ul>
  )
}
