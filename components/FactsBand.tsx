import type { FactItem } from '@/lib/content/items'
import { formatFact } from '@/lib/format'
import type { Locale } from '@/i18n/locales'

type Props = {
  title: string
  facts: FactItem[]
  locale: Locale
  headingId?: string
  /** Give each figure an id (`fact-<id>`) that search results link to (the facts page). */
  anchors?: boolean
}

/** The facts-and-figures band: numbers stored once, formatted in the page's locale. */
export function FactsBand({ title, facts, locale, headingId = 'facts-band', anchors = false }: Props) {
  if (facts.length === 0) return null
  return (
    <section className="facts-band" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <dl className="facts-band__list">
        {facts.map((fact) => (
          <div key={fact.id} className="facts-band__item" id={anchors ? `fact-${fact.id}` : undefined}>
            <dt className="facts-band__label" lang={fact.labelLang}>
              {fact.label}
            </dt>
            <dd className="facts-band__value">{formatFact(fact.value, fact.notation, locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
