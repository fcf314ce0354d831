import { render, screen } from '@testing-library/react'

import { Blocks } from '@/components/Blocks'
import type { ResolvedBlock } from '@/lib/content/blocks-types'
import { paragraphs } from '@/lib/richtext'
import { everyBlock, labels, photo } from '@/tests/helpers/blocks'

describe('<Blocks>', () => {
  it('renders each block in the page’s order', () => {
    const { container } = render(<Blocks blocks={everyBlock} locale="en" labels={labels} />)
    expect([...container.querySelectorAll('.blocks > *')].map((element) => element.className)).toEqual([
      'block block-hero',
      'block block--text block-rich-text',
      'block block--text block-image',
      'block block-cta',
      'facts-band',
      'block block-latest',
      'block block-cards',
      'block block--text block-accordion',
      'block block--text block-downloads',
      'block block--text block-office',
    ])
  })

  it('keeps the heading outline: no h1 (the page’s title), block headings h2, their items h3', () => {
    render(<Blocks blocks={everyBlock} locale="en" labels={labels} />)
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull()
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Who we are',
      'Get in touch',
      'In figures',
      'Latest news',
      'Our programmes',
      'Questions',
      'Reports',
      'Ankara office',
    ])
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Round table in Baku', 'Counter-trafficking'])
  })

  it('gives two facts bands distinct heading ids, each naming its own region', () => {
    const bands: ResolvedBlock[] = [
      { blockType: 'factsBand', id: 'a', heading: 'Türkiye', facts: [{ id: 1, value: 100_000, notation: 'plain', label: 'Returns' }] },
      { blockType: 'factsBand', id: 'b', heading: 'Azerbaijan', facts: [{ id: 2, value: 2_500, notation: 'plain', label: 'Returns' }] },
    ]
    const { container } = render(<Blocks blocks={bands} locale="tr" labels={labels} />)
    expect(screen.getByRole('region', { name: 'Türkiye' })).toHaveTextContent('100.000')
    expect(screen.getByRole('region', { name: 'Azerbaijan' })).toHaveTextContent('2.500')
    expect([...container.querySelectorAll('h2')].map((heading) => heading.id)).toEqual(['facts-a', 'facts-b'])
  })

  it('names every region by its own heading (ids derived from the block’s id, unique on the page)', () => {
    const { container } = render(<Blocks blocks={everyBlock} locale="en" labels={labels} />)
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const region of container.querySelectorAll('section[aria-labelledby]')) {
      expect(container.querySelector(`#${region.getAttribute('aria-labelledby')}`)?.textContent).toBeTruthy()
    }
  })

  it('loads the hero’s image early and the others lazily; an image block opening the page early', () => {
    render(<Blocks blocks={everyBlock} locale="en" labels={labels} />)
    expect(screen.getByRole('img', { name: 'Our team in Ankara' })).toHaveAttribute('loading', 'eager')
    for (const name of ['A family at the airport', 'Partners around the table', 'A hotline poster']) expect(screen.getByRole('img', { name })).toHaveAttribute('loading', 'lazy')
    const first: ResolvedBlock[] = [
      { blockType: 'image', id: 'i', image: photo('first', 'First image') },
      { blockType: 'image', id: 'j', image: photo('second', 'Second image') },
    ]
    render(<Blocks blocks={first} locale="en" labels={labels} />)
    expect(screen.getByRole('img', { name: 'First image' })).toHaveAttribute('loading', 'eager')
    expect(screen.getByRole('img', { name: 'Second image' })).toHaveAttribute('loading', 'lazy')
  })

  it('skips a block type it does not know (the collection gained one before its component)', () => {
    const blocks = [
      { blockType: 'carousel', id: 'x' },
      { blockType: 'richText', id: 'y', content: paragraphs('Still here.') },
    ] as unknown as ResolvedBlock[]
    const { container } = render(<Blocks blocks={blocks} locale="en" labels={labels} />)
    expect(container.querySelectorAll('.blocks > *')).toHaveLength(1)
    expect(screen.getByText('Still here.')).toBeInTheDocument()
  })
})
