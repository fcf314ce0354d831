import { ResponsiveImage } from '@/components/ResponsiveImage'
import type { Locale } from '@/i18n/locales'
import type { BlockOf } from '@/lib/content/blocks-types'
import { BlockFigure } from './BlockFigure'
import { blockHeadingId, blockId } from './ids'

/** Beside the text from 56rem (half of the 72rem container), the screen's width below. */
const heroImageSizes = '(min-width: 56rem) 35rem, 100vw'

/**
 * The page's opening: heading (an h2; the page's title is its h1), text, links and an image,
 * fetched early (a hero is usually the first thing on the page). Links to other sites open in
 * the same tab, as every link on the site.
 */
export function HeroBlock({ block, locale, photoCredit }: { block: BlockOf<'hero'>; locale: Locale; photoCredit: string }) {
  const { id, heading, text, image, links, lang } = block
  return (
    <section id={blockId(id)} className="block block-hero" aria-labelledby={blockHeadingId(id)} lang={lang}>
      <div className="block-hero__text">
        <h2 id={blockHeadingId(id)}>{heading}</h2>
        {text ? <p className="block-hero__lead">{text}</p> : null}
        {links.length > 0 ? (
          <ul className="block-links">
            {links.map((link, index) => (
              <li key={index}>
                <a className="block-button" href={link.href} rel={link.external ? 'external' : undefined}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {image ? (
        <BlockFigure image={image} photoCredit={photoCredit} className="block-hero__figure" labelLang={lang ? locale : undefined}>
          <ResponsiveImage image={image} sizes={heroImageSizes} priority />
        </BlockFigure>
      ) : null}
    </section>
  )
}
