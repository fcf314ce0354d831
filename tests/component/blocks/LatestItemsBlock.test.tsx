import { render, screen, within } from '@testing-library/react'

import { LatestItemsBlock } from '@/components/blocks/LatestItemsBlock'
import type { BlockOf } from '@/lib/content/blocks-types'
import { photo } from '@/tests/helpers/blocks'

const block: BlockOf<'latestItems'> = {
  blockType: 'latestItems',
  id: 'li1',
  heading: 'Latest news',
  display: 'list',
  items: [
    { id: 1, title: 'Round table in Baku', href: '/en/news/baku', date: '2022-07-28T12:00:00.000Z', image: photo('baku', 'Partners around the table') },
    { id: 2, title: 'Workshop in Ankara', href: '/en/news/ankara' },
  ],
  cards: [{ id: 7, title: 'Counter-trafficking', href: '/en/programmes/counter-trafficking', image: photo('ct', 'A hotline poster') }],
  more: { href: '/en/news', label: 'All news' },
  emptyText: 'No news yet.',
}

describe('<LatestItemsBlock>', () => {
  it('lists the items as h3 under the block’s h2, with a link to all of them', () => {
    render(<LatestItemsBlock block={block} locale="en" />)
    const region = screen.getByRole('region', { name: 'Latest news' })
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('Latest news')
    expect(
      within(region)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Round table in Baku', 'Workshop in Ankara'])
    expect(within(region).getByRole('link', { name: 'All news' })).toHaveAttribute('href', '/en/news')
    expect(within(region).getByRole('img', { name: 'Partners around the table' })).toHaveAttribute('loading', 'lazy')
  })

  it('shows cards instead when asked to', () => {
    render(<LatestItemsBlock block={{ ...block, display: 'cards' }} locale="en" />)
    expect(screen.getByRole('heading', { level: 3, name: 'Counter-trafficking' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Round table in Baku' })).toBeNull()
    expect(screen.getByRole('img', { name: 'A hotline poster' })).toHaveAttribute('srcset')
  })

  it('makes the items h2 when the block has no heading (the page’s title is the only h1 above)', () => {
    render(<LatestItemsBlock block={{ ...block, heading: null }} locale="en" />)
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Round table in Baku', 'Workshop in Ankara'])
    expect(screen.queryByRole('region')).toBeNull()
  })

  it('says so when there is nothing yet', () => {
    const { container } = render(<LatestItemsBlock block={{ ...block, items: [], more: null }} locale="en" />)
    expect(screen.getByText('No news yet.')).toBeInTheDocument()
    expect(screen.queryByRole('link')).toBeNull()
    expect(container.querySelector('script')).toBeNull()
  })
})
