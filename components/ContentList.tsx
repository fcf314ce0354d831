import { formatDate } from '@/lib/format'
import type { Locale } from '@/i18n/locales'
import type { ContentListItem } from '@/lib/content/items'
import { LanguageNote } from './LanguageNote'
import { ResponsiveImage } from './ResponsiveImage'

/** The thumbnail's width beside the headline (.content-list__image). */
const thumbnailSizes = '(min-width: 40rem) 10rem, 6rem'

type Props = {
  items: ContentListItem[]
  locale: Locale
  emptyText: string
  /** The heading level of each item's title (h2 on list pages, h3 under a section heading). */
  headingLevel?: 2 | 3
}

/** Headlines with kicker, dateline, date and excerpt; presentational only. */
export function ContentList({ items, locale, emptyText, headingLevel = 3 }: Props) {
  if (items.length === 0) return <p className="empty">{emptyText}</p>
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="content-list">
      {items.map((item) => (
        <li key={item.id} className="content-list__item" lang={item.lang}>
          <article className={item.image ? 'content-list__with-image' : undefined}>
            {item.kicker || item.lang ? (
              <p className="content-list__kicker" lang={locale}>
                {item.kicker}
                {item.lang ? <LanguageNote lang={item.lang} locale={locale} /> : null}
              </p>
            ) : null}
            <Heading className="content-list__title">
              <a href={item.href}>{item.title}</a>
            </Heading>
            {item.date || item.dateline ? (
              <p className="content-list__meta">
                {item.dateline ? <span className="content-list__dateline">{item.dateline} · </span> : null}
                {item.date ? <time dateTime={item.date}>{formatDate(item.date, locale)}</time> : null}
              </p>
            ) : null}
            {item.excerpt ? <p className="content-list__excerpt">{item.excerpt}</p> : null}
            {/* After the headline in reading order; CSS places it beside the text. */}
            {item.image ? <ResponsiveImage image={item.image} sizes={thumbnailSizes} className="content-list__image" /> : null}
          </article>
        </li>
      ))}
    </ul>
  )
}
