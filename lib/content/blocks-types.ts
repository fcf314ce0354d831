import type { Locale } from '@/i18n/locales'
import type { RichTextValue } from '@/lib/richtext'
import type { BlockImage, Card, ContentListItem, FactItem } from './items'

/**
 * What the pages loader (lib/content/pages.ts) hands components/Blocks.tsx: a page's layout
 * blocks resolved into plain values in the page's language. `lang` is set when a block's text is
 * shown in another language than the page's (untranslated); the block's wrapper carries it.
 * BlockImage lives in items.ts (cards and list items show one too) and is re-exported here.
 */
export type { BlockImage }

export type BlockLink = { href: string; label: string; external?: boolean }

export type ResolvedBlock =
  | { blockType: 'hero'; id: string; heading: string; text?: string | null; image?: BlockImage | null; links: BlockLink[]; lang?: Locale }
  | { blockType: 'richText'; id: string; content: RichTextValue; lang?: Locale }
  | { blockType: 'image'; id: string; image: BlockImage; lang?: Locale }
  | { blockType: 'callToAction'; id: string; heading: string; text?: string | null; link: BlockLink; lang?: Locale }
  | { blockType: 'factsBand'; id: string; heading: string; facts: FactItem[] }
  | {
      blockType: 'latestItems'
      id: string
      heading?: string | null
      display: 'list' | 'cards'
      items: ContentListItem[]
      cards: Card[]
      more?: BlockLink | null
      emptyText: string
    }
  | { blockType: 'cards'; id: string; heading?: string | null; cards: Card[] }
  | { blockType: 'accordion'; id: string; heading?: string | null; items: { id: string; question: string; answer: RichTextValue }[]; lang?: Locale }
  | { blockType: 'downloads'; id: string; heading?: string | null; files: { id: string; href: string; label: string; bytes: number; mimeType: string; language?: string | null }[] }
  | {
      blockType: 'officeContact'
      id: string
      heading: string
      name: string
      href?: string | null
      address?: string | null
      email?: string | null
      phone?: string | null
      lang?: Locale
    }

/** One block's props, by its type: `BlockOf<'hero'>`. */
export type BlockOf<T extends ResolvedBlock['blockType']> = Extract<ResolvedBlock, { blockType: T }>

/** A step of the breadcrumb trail; the last is the current page. */
export type Crumb = { href: string; label: string }
