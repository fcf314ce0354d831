import { formatDate } from '@/lib/format'
import { snippet } from '@/lib/search/normalize'
import type { Locale } from '@/i18n/locales'
import { Highlight } from './Highlight'
import { LanguageNote } from './LanguageNote'

export type SearchResultItem = {
  id: string
  href: string
  kind: string
  title: string
  summary: string
  text: string
  date: string | null
  /** Set when the entry is shown in another language than the page's (untranslated). */
  lang?: Locale
}

type Props = { items: SearchResultItem[]; terms: string[]; locale: Locale; start: number }

/** Ranked results: kind, highlighted title, date, and a highlighted passage around the first match. */
export function SearchResults({ items, terms, locale, start }: Props) {
  return (
    <ol className="content-list search-results" start={start}>
      {items.map((item) => {
        const passage = snippet(item.summary && !item.text ? item.summary : `${item.summary} ${item.text}`, terms)
        return (
          <li key={`${item.kind}-${item.id}`} className="content-list__item">
            <article>
              <p className="content-list__kicker">
                {item.kind}
                {item.lang ? <LanguageNote lang={item.lang} locale={locale} /> : null}
              </p>
              <h2 className="content-list__title" lang={item.lang}>
                <a href={item.href}>
                  <Highlight text={item.title} terms={terms} />
                </a>
              </h2>
              {item.date ? (
                <p className="content-list__meta">
                  <time dateTime={item.date}>{formatDate(item.date, locale)}</time>
                </p>
              ) : null}
              {passage ? (
                <p className="content-list__excerpt" lang={item.lang}>
                  <Highlight text={passage} terms={terms} />
                </p>
              ) : null}
            </article>
          </li>
        )
      })}
    </ol>
  )
}
