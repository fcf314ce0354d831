import { FactsBand } from '@/components/FactsBand'
import type { Locale } from '@/i18n/locales'
import type { BlockOf } from '@/lib/content/blocks-types'

/** The facts band (each label carries its own language); a heading id of its own, as a page may show several. */
export function FactsBandBlock({ block, locale }: { block: BlockOf<'factsBand'>; locale: Locale }) {
  return <FactsBand title={block.heading} facts={block.facts} locale={locale} headingId={`facts-${block.id}`} />
}
