import { RichTextBody } from '@/components/RichTextBody'
import type { Locale } from '@/i18n/locales'
import type { BlockOf } from '@/lib/content/blocks-types'
import { blockId } from './ids'

/** Text written in the editor; its headings are the editor's (no section of its own). */
export function RichTextBlock({ block, locale, offices }: { block: BlockOf<'richText'>; locale: Locale; offices?: readonly (string | number)[] }) {
  return (
    <div id={blockId(block.id)} className="block block--text block-rich-text" lang={block.lang}>
      <RichTextBody data={block.content} locale={locale} offices={offices} />
    </div>
  )
}
