import type { Locale } from '@/i18n/locales'
import type { ResolvedBlock } from '@/lib/content/blocks-types'
import { AccordionBlock } from './blocks/AccordionBlock'
import { CallToActionBlock } from './blocks/CallToActionBlock'
import { CardsBlock } from './blocks/CardsBlock'
import { DownloadsBlock } from './blocks/DownloadsBlock'
import { FactsBandBlock } from './blocks/FactsBandBlock'
import { HeroBlock } from './blocks/HeroBlock'
import { ImageBlock } from './blocks/ImageBlock'
import { LatestItemsBlock } from './blocks/LatestItemsBlock'
import { OfficeContactBlock } from './blocks/OfficeContactBlock'
import { RichTextBlock } from './blocks/RichTextBlock'

/** The blocks' UI strings in the page's language: the `blocks` namespace of messages/ (breadcrumbs' label aside). */
export type BlockLabels = {
  /** The name of a downloads block without a heading of its own. */
  downloads: string
  /** Before an image's credit: "Photo: …". */
  photoCredit: string
  email: string
  phone: string
}

type Props = {
  blocks: ResolvedBlock[]
  locale: Locale
  /** The site's offices: a link in rich text to another office's document is its text alone (RichTextBody). */
  offices?: readonly (string | number)[]
  labels: BlockLabels
}

/** A page's layout: each block resolved by lib/content/pages.ts, rendered on the server (no client JavaScript). */
export function Blocks({ blocks, locale, offices, labels }: Props) {
  return (
    <div className="blocks">
      {blocks.map((block, index) => (
        <Block key={block.id} block={block} locale={locale} offices={offices} labels={labels} first={index === 0} />
      ))}
    </div>
  )
}

function Block({ block, locale, offices, labels, first }: { block: ResolvedBlock; locale: Locale; offices?: readonly (string | number)[]; labels: BlockLabels; first: boolean }) {
  switch (block.blockType) {
    case 'hero':
      return <HeroBlock block={block} locale={locale} photoCredit={labels.photoCredit} />
    case 'richText':
      return <RichTextBlock block={block} locale={locale} offices={offices} />
    case 'image':
      return <ImageBlock block={block} locale={locale} photoCredit={labels.photoCredit} priority={first} />
    case 'callToAction':
      return <CallToActionBlock block={block} />
    case 'factsBand':
      return <FactsBandBlock block={block} locale={locale} />
    case 'latestItems':
      return <LatestItemsBlock block={block} locale={locale} />
    case 'cards':
      return <CardsBlock block={block} locale={locale} />
    case 'accordion':
      return <AccordionBlock block={block} locale={locale} offices={offices} />
    case 'downloads':
      return <DownloadsBlock block={block} locale={locale} downloadsLabel={labels.downloads} />
    case 'officeContact':
      return <OfficeContactBlock block={block} locale={locale} labels={labels} />
    default: {
      // A block type the collection gained before its component: the type check fails here, the page still renders.
      const unknown: never = block
      void unknown
      return null
    }
  }
}
