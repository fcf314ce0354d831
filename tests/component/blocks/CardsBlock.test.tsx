import { render, screen, within } from '@testing-library/react'

import { CardsBlock } from '@/components/blocks/CardsBlock'
import type { BlockOf } from '@/lib/content/blocks-types'
import { photo } from '@/tests/helpers/blocks'

const block: BlockOf<'cards'> = {
  blockType: 'cards',
  id: 'c1',
  heading: 'Programlarımız',
  cards: [
    { id: 1, title: 'Göç yönetimi', href: '/tr/programlar/goc-yonetimi', text: 'Sınır yönetimi desteği.', image: photo('gy', 'Sınır kapısında görevliler') },
    { id: 2, title: 'Counter-trafficking', href: '/tr/programlar/insan-ticareti', lang: 'en' },
  ],
}

describe('<CardsBlock>', () => {
  it('shows each card’s title as an h3 link under the block’s h2', () => {
    render(<CardsBlock block={block} locale="tr" />)
    const region = screen.getByRole('region', { name: 'Programlarımız' })
    expect(
      within(region)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Göç yönetimi', 'Counter-trafficking'])
    expect(within(region).getByRole('link', { name: 'Göç yönetimi' })).toHaveAttribute('href', '/tr/programlar/goc-yonetimi')
  })

  it('shows a card’s image lazily, with its alt text, srcset and size', () => {
    render(<CardsBlock block={block} locale="tr" />)
    const image = screen.getByRole('img', { name: 'Sınır kapısında görevliler' })
    expect(image).toHaveAttribute('loading', 'lazy')
    expect(image.getAttribute('srcset')).toContain('/_next/image')
    expect(image).toHaveAttribute('sizes', '(max-width: 35rem) 100vw, 25rem')
    expect(image).toHaveAttribute('width', '1600')
  })

  it('marks an untranslated card', () => {
    render(<CardsBlock block={block} locale="tr" />)
    expect(screen.getByRole('heading', { name: 'Counter-trafficking' })).toHaveAttribute('lang', 'en')
    expect(screen.getByText('İngilizce')).toHaveAttribute('lang', 'tr')
  })

  it('renders nothing without cards', () => {
    const { container } = render(<CardsBlock block={{ ...block, cards: [] }} locale="tr" />)
    expect(container).toBeEmptyDOMElement()
  })
})
