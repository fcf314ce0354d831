import { formatDate } from '../lib/format'
import type { Locale } from '../i18n/locales'

export type NewsListItem = {
  id: string | number
  title: string
  href: string
  excerpt?: string | null
  publishedDate: string
  dateline?: string | null
  /** Set when the item is shown in another language than the page's (untranslated). */
  lang?: string
}

type Props = {
  items: NewsListItem[]
  locale: Locale
  emptyText: string
}

/** Headlines with dateline, date and excerpt; presentational only. */
export function NewsList({ items, locale, emptyText }: Props) {
  if (items.length === 0) return <p className="empty">{emptyText}</p>
  return (
    <ul className="news-list">
      {items.map((item) => (
        <li key={item.id} className="news-list__item" lang={item.lang}>
          <article>
            <h3 className="news-list__title">
              <a href={item.href}>{item.title}</a>
            </h3>
            <p className="news-list__meta">
              {item.dateline ? <span className="news-list__dateline">{item.dateline} · </span> : null}
              <time dateTime={item.publishedDate}>{formatDate(item.publishedDate, locale)}</time>
            </p>
            {item.excerpt ? <p className="news-list__excerpt">{item.excerpt}</p> : null}
          </article>
        </li>
      ))}
    </ul>
  )
}
