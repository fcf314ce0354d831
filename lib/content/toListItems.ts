import { defaultLocale, type Locale } from '../../i18n/locales'
import { documentPath } from '../../i18n/paths'
import type { ContentListItem } from '../../components/ContentList'
import type { FactItem } from '../../components/FactsBand'
import type { News, Statement, Fact } from '../../payload-types'
import type { WithTranslation } from './translation'

/** News as list items: linked by slug, marked when shown untranslated. */
export function newsItems(docs: WithTranslation<News>[], locale: Locale): ContentListItem[] {
  return docs.flatMap((item) =>
    item.slug
      ? [{ id: item.id, title: item.title, href: documentPath('news', item.slug, locale), excerpt: item.excerpt, date: item.publishedDate, dateline: item.dateline, lang: item.translated ? undefined : defaultLocale }]
      : [],
  )
}

export function statementItems(docs: WithTranslation<Statement>[], locale: Locale, kindLabel: (kind: Statement['kind']) => string): ContentListItem[] {
  return docs.flatMap((item) =>
    item.slug
      ? [{ id: item.id, title: item.title, href: documentPath('statements', item.slug, locale), kicker: kindLabel(item.kind), date: item.date, dateline: item.dateline, lang: item.translated ? undefined : defaultLocale }]
      : [],
  )
}

export function factItems(docs: WithTranslation<Fact>[]): FactItem[] {
  return docs.map((fact) => ({ id: fact.id, value: fact.value, notation: fact.notation, label: fact.label, labelLang: fact.translated ? undefined : defaultLocale }))
}
