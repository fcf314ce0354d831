import { render, screen } from '@testing-library/react'

import { ImageBlock } from '@/components/blocks/ImageBlock'
import type { BlockOf } from '@/lib/content/blocks-types'
import { photo } from '@/tests/helpers/blocks'

const block: BlockOf<'image'> = { blockType: 'image', id: 'img1', image: photo('office', 'The Ankara office’s front door', { caption: 'Ankara, 2025', credit: 'M. Aliyev' }) }

describe('<ImageBlock>', () => {
  it('loads lazily, from the optimizer’s srcset, sized for the text column, with width and height against layout shift', () => {
    render(<ImageBlock block={block} locale="en" photoCredit="Photo" />)
    const image = screen.getByRole('img', { name: 'The Ankara office’s front door' })
    expect(image).toHaveAttribute('loading', 'lazy')
    expect(image.getAttribute('srcset')).toMatch(/\/_next\/image\?url=%2Fapi%2Fmedia%2Ffile%2Foffice\.jpg&w=\d+&q=\d+ \d+w/)
    expect(image).toHaveAttribute('sizes', '(max-width: 48rem) 100vw, 46rem')
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['1600', '900'])
  })

  it('loads early when it opens the page', () => {
    render(<ImageBlock block={block} locale="en" photoCredit="Photo" priority />)
    expect(screen.getByRole('img')).toHaveAttribute('loading', 'eager')
  })

  it('captions the image with its credit', () => {
    render(<ImageBlock block={block} locale="tr" photoCredit="Fotoğraf" />)
    expect(screen.getByRole('figure')).toHaveTextContent('Ankara, 2025 Fotoğraf: M. Aliyev')
  })

  it('has no caption without caption or credit', () => {
    const { container } = render(<ImageBlock block={{ ...block, image: photo('office', 'A door') }} locale="en" photoCredit="Photo" />)
    expect(container.querySelector('figcaption')).toBeNull()
  })

  it('marks a caption shown in another language, the credit’s label staying in the page’s', () => {
    const { container } = render(<ImageBlock block={{ ...block, lang: 'en' }} locale="tr" photoCredit="Fotoğraf" />)
    expect(container.firstElementChild).toHaveAttribute('lang', 'en')
    expect(screen.getByText('Fotoğraf')).toHaveAttribute('lang', 'tr')
    expect(container.querySelector('script')).toBeNull()
  })

  it('lets the browser fetch a draft’s image itself in a preview (unoptimized)', () => {
    render(<ImageBlock block={{ ...block, image: { ...block.image, unoptimized: true } }} locale="en" photoCredit="Photo" />)
    expect(screen.getByRole('img')).toHaveAttribute('src', '/api/media/file/office.jpg')
  })
})
