import { getImageProps } from 'next/image'

import type { BlockImage } from '@/lib/content/items'

type Props = {
  image: BlockImage
  /** Which width the image takes at which viewport, for the browser to pick from the srcset. */
  sizes: string
  /** The page's first, largest image (a hero): fetched at once and early. Otherwise lazy. */
  priority?: boolean
  className?: string
}

/**
 * An image through Next's image optimizer (srcset of resized WebP/AVIF), rendered as a plain
 * <img> on the server: next/image's <Image> is a client component and would add its JavaScript
 * to every page. Width and height are the intrinsic size, so the browser reserves the space
 * before the file arrives (with `width: 100%; height: auto` in CSS).
 */
export function ResponsiveImage({ image, sizes, priority = false, className }: Props) {
  const { src, width, height, alt, unoptimized } = image
  // `loading` and `fetchPriority` rather than next/image's `priority`, deprecated in Next 16 (its `preload` needs the client component).
  const { props } = getImageProps({ src, width, height, alt, sizes, unoptimized, loading: priority ? 'eager' : 'lazy', fetchPriority: priority ? 'high' : undefined })
  // eslint-disable-next-line @next/next/no-img-element -- the optimizer's props, without the client component
  return <img {...props} alt={alt} className={className} />
}
