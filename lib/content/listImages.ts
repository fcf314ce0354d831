import type { Locale } from '@/i18n/locales'
import { mediaPath } from '@/lib/metadata'
import { idOf } from '@/lib/relationValues'
import type { Media } from '@/payload-types'
import type { BlockImage } from './items'
import { findPublic, type ReadSite } from './reader'

/**
 * The picture of a document in lists and cards: its share image (SEO) when the officer chose
 * one, else its own hero image. Their ids are read with the list at depth 0 (`listFields` in
 * lib/content/lists.ts), then a list's images in one read of the media they name, as an
 * anonymous visitor: an image that is not public yet (access/media.ts) is simply absent.
 * `blockImage` shapes every image the site shows from a media document (lists here, blocks in
 * lib/content/blocks.ts).
 */
export type WithListImage = { listImage?: BlockImage | null }

type ImageSource = { id: number | string; meta?: { image?: unknown } | null; hero?: { image?: unknown } | null; heroImage?: unknown }

/** The images a list may show for a document, in order of preference: the SEO image, then the hero (news) or hero image (countries). */
const candidates = (doc: ImageSource): unknown[] => [doc.meta?.image, doc.hero?.image ?? doc.heroImage].filter((value) => value != null)

const isMedia = (value: unknown): value is Media => typeof value === 'object' && value !== null && 'url' in value

/** A populated image in a generated size (card for lists, hero for wide blocks; the original when smaller), or null when it is not a sized image. */
export function blockImage(value: unknown, size: 'card' | 'hero', preview = false, caption?: string | null, credit?: string | null): BlockImage | null {
  if (!isMedia(value) || !value.mimeType?.startsWith('image/')) return null
  const sized = value.sizes?.[size]?.url ? value.sizes[size] : value
  const src = mediaPath(sized?.url)
  if (!src || !sized?.width || !sized.height) return null
  return {
    src,
    width: sized.width,
    height: sized.height,
    alt: value.alt ?? '',
    caption: caption ?? null,
    credit: credit || value.credit || null,
    unoptimized: preview || undefined,
  }
}

/** A media document in its `card` size, as lists show it (no caption or credit). */
export function cardImage(value: unknown): BlockImage | null {
  const image = blockImage(value, 'card')
  return image && { src: image.src, width: image.width, height: image.height, alt: image.alt }
}

/**
 * The documents with their list image (`listImage`): the first of their candidates that the
 * public may see. Images already populated (a read at depth 1) are used as they are; the others
 * are read in one query, none when no document names one.
 */
export async function withListImages<D extends ImageSource>(docs: D[], locale: Locale, site: ReadSite | null): Promise<(D & WithListImage)[]> {
  const chosen = docs.map(candidates)
  const unread = chosen.flat().filter((value) => !isMedia(value))
  const ids = [...new Set(unread.map(idOf))].filter((id): id is number | string => id != null)
  const read = new Map<string, unknown>()
  if (ids.length > 0) {
    const { docs: media } = await findPublic('media', { site, locale, where: { id: { in: ids } }, limit: ids.length, depth: 0, pagination: false })
    for (const doc of media) read.set(String(doc.id), doc)
  }
  const imageOf = (value: unknown) => cardImage(isMedia(value) ? value : read.get(String(idOf(value))))
  return docs.map((doc, index) => ({ ...doc, listImage: chosen[index].map(imageOf).find((image) => image !== null) ?? null }))
}
