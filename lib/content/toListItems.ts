import { defaultLocale, type Locale } from '@/i18n/locales'
import { documentPath } from '@/i18n/paths'
import type { Card, ContentListItem, FactItem } from './items'
import type { Country, News, Programme, Statement, Fact } from '@/payload-types'
import type { WithListImage } from './listImages'
import type { WithTranslation } from './translation'

/** News as list items: linked by slug, marked when shown untranslated, with their image when the list read it (lib/content/listImages.ts). */
export function newsItems(docs: (WithTranslation<News> & WithListImage)[], locale: Locale): ContentListItem[] {
  return docs.flatMap((item) =>
    item.slug
      ? [
          {
            id: item.id,
            title: item.title,
            href: documentPath('news', item.slug, locale),
            excerpt: item.excerpt,
            date: item.publishedDate,
            dateline: item.dateline,
            lang: item.translated ? undefined : defaultLocale,
            ...(item.listImage ? { image: item.listImage } : {}),
          },
        ]
      : [],
  )
}

export function statementItems(docs: (WithTranslation<Statement> & WithListImage)[], locale: Locale, kindLabel: (kind: Statement['kind']) => string): ContentListItem[] {
  return docs.flatMap((item) =>
    item.slug
      ? [
          {
            id: item.id,
            title: item.title,
            href: documentPath('statements', item.slug, locale),
            kicker: kindLabel(item.kind),
            date: item.date,
            dateline: item.dateline,
            lang: item.translated ? undefined : defaultLocale,
            ...(item.listImage ? { image: item.listImage } : {}),
          },
        ]
      : [],
  )
}

export function factItems(docs: WithTranslation<Fact>[]): FactItem[] {
  return docs.map((fact) => ({ id: fact.id, value: fact.value, notation: fact.notation, label: fact.label, labelLang: fact.translated ? undefined : defaultLocale }))
}

type Translate = (key: string, values?: Record<string, string | number>) => string

/** Programmes as cards: status and start year in the page language, marked when untranslated. */
export function programmeCards(programmes: (WithTranslation<Programme> & WithListImage)[], locale: Locale, t: Translate): Card[] {
  return programmes.flatMap((p) =>
    p.slug
      ? [
          {
            id: p.id,
            href: documentPath('programmes', p.slug, locale),
            title: p.title,
            text: p.summary,
            meta: `${t(`programmes.status.${p.status}`)}${p.since ? ` · ${t('programmes.since', { year: p.since })}` : ''}`,
            lang: p.translated ? undefined : defaultLocale,
            ...(p.listImage ? { image: p.listImage } : {}),
          },
        ]
      : [],
  )
}

/** Country offices as cards, with the year of the agency's presence. */
export function countryCards(countries: (Country & WithListImage)[], locale: Locale, t: Translate): Card[] {
  return countries.flatMap((c) =>
    c.slug
      ? [
          {
            id: c.id,
            href: documentPath('countries', c.slug, locale),
            title: c.name,
            text: c.summary,
            meta: c.presenceSince ? t('countries.presenceSince', { year: c.presenceSince }) : undefined,
            ...(c.listImage ? { image: c.listImage } : {}),
          },
        ]
      : [],
  )
}
