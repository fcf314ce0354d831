import { ResponsiveImage } from '@/components/ResponsiveImage'
import type { Locale } from '@/i18n/locales'
import type { BlockOf } from '@/lib/content/blocks-types'
import { BlockFigure } from './BlockFigure'
import { blockId } from './ids'

/** The text column's width (.block--text, 46rem), the screen's on a phone. */
const imageSizes = '(max-width: 48rem) 100vw, 46rem'

/** An image with caption and credit; fetched early only when it opens the page. */
export function ImageBlock({ block, locale, photoCredit, priority = false }: { block: BlockOf<'image'>; locale: Locale; photoCredit: string; priority?: boolean }) {
  const { id, image, lang } = block
  return (
    <div id={blockId(id)} className="block block--text block-image" lang={lang}>
      <BlockFigure image={image} photoCredit={photoCredit} className="block-image__figure" labelLang={lang ? locale : undefined}>
        <ResponsiveImage image={image} sizes={imageSizes} priority={priority} />
      </BlockFigure>
    </div>
  )
}
