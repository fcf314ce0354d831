import { render, screen, within } from '@testing-library/react'

import { CardList } from '@/components/CardList'
import type { Card } from '@/lib/content/items'

const cards: Card[] = [
  {
    id: 1,
    title: 'Göç yönetimi',
    href: '/tr/programlar/goc-yonetimi',
    text: 'Sınır yönetimi desteği.',
    meta: 'Sürüyor',
    image: { src: '/api/media/file/border.jpg', width: 1200, height: 800, alt: 'Sınır kapısında görevliler' },
  },
  { id: 2, title: 'Counter-trafficking', href: '/tr/programlar/insan-ticareti', lang: 'en' },
]

describe('<CardList>', () => {
  it('links each card’s title at the heading level asked for', () => {
    render(<CardList cards={cards} emptyText="Henüz program yok." locale="tr" headingLevel={3} />)
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Göç yönetimi', 'Counter-trafficking'])
    expect(screen.getByRole('link', { name: 'Göç yönetimi' })).toHaveAttribute('href', '/tr/programlar/goc-yonetimi')
  })

  it('shows a card’s image lazily, with its alt text, srcset, sizes and intrinsic size (no layout shift)', () => {
    render(<CardList cards={cards} emptyText="" locale="tr" />)
    const [first, second] = screen.getAllByRole('listitem')
    const image = within(first).getByRole('img', { name: 'Sınır kapısında görevliler' })
    expect(image).toHaveAttribute('loading', 'lazy')
    expect(image.getAttribute('srcset')).toContain('/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fborder.jpg')
    expect(image).toHaveAttribute('sizes', '(max-width: 35rem) 100vw, 25rem')
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['1200', '800'])
    expect(within(second).queryByRole('img')).toBeNull()
  })

  it('shows the empty message instead of an empty list', () => {
    render(<CardList cards={[]} emptyText="Henüz program yok." locale="tr" />)
    expect(screen.getByText('Henüz program yok.')).toBeInTheDocument()
    expect(screen.queryByRole('list')).toBeNull()
  })
})
