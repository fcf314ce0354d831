import type { ReactNode } from 'react'

import type { BlockImage } from '@/lib/content/items'

type Props = {
  image: BlockImage
  /** "Photo", before the credit ("Photo: …"), in the page's language. */
  photoCredit: string
  className: string
  /** The page's language, when the block's text is in another (the label stays in the page's). */
  labelLang?: string
  children: ReactNode
}

/** An image with its caption and credit, if any (hero, image block). */
export function BlockFigure({ image, photoCredit, className, labelLang, children }: Props) {
  return (
    <figure className={className}>
      {children}
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.caption && image.credit ? ' ' : null}
          {image.credit ? (
            <small className="block-credit">
              <span lang={labelLang}>{photoCredit}</span>: {image.credit}
            </small>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
