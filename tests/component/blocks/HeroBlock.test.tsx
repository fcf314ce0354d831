import { render, screen, within } from '@testing-library/react'

import { HeroBlock } from '@/components/blocks/HeroBlock'
import type { BlockOf } from '@/lib/content/blocks-types'
import { photo } from '@/tests/helpers/blocks'

const hero: BlockOf<'hero'> = {
  blockType: 'hero',
  id: 'h1a',
  heading: 'Safe and orderly migration',
  text: 'We help governments and migrants.',
  image: photo('border', 'Volunteers at the border crossing', { caption: 'Van, 2026', credit: 'A. Yılmaz' }),
  links: [
    { href: '/en/programmes', label: 'Our programmes' },
    { href: 'https://example.org/report', label: 'Global report', external: true },
  ],
}

describe('<HeroBlock>', () => {
  it('is a region named by its h2 (the page’s title is the h1)', () => {
    render(<HeroBlock block={hero} locale="en" photoCredit="Photo" />)
    const region = screen.getByRole('region', { name: hero.heading })
    expect(within(region).getByRole('heading', { name: hero.heading }).tagName).toBe('H2')
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull()
  })

  it('fetches its image early, from the optimizer’s srcset, at its intrinsic size', () => {
    render(<HeroBlock block={hero} locale="en" photoCredit="Photo" />)
    const image = screen.getByRole('img', { name: 'Volunteers at the border crossing' })
    expect(image.getAttribute('srcset')).toContain('/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fborder.jpg')
    expect(image).toHaveAttribute('sizes', '(min-width: 56rem) 35rem, 100vw')
    expect(image).toHaveAttribute('width', '1600')
    expect(image).toHaveAttribute('height', '900')
    expect(image).toHaveAttribute('loading', 'eager')
    expect(image).toHaveAttribute('fetchpriority', 'high')
  })

  it('shows the caption and the credit', () => {
    render(<HeroBlock block={hero} locale="en" photoCredit="Photo" />)
    expect(screen.getByRole('figure')).toHaveTextContent('Van, 2026 Photo: A. Yılmaz')
  })

  it('opens every link in the same tab, other sites’ too', () => {
    render(<HeroBlock block={hero} locale="en" photoCredit="Photo" />)
    const links = screen.getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Our programmes', '/en/programmes'],
      ['Global report', 'https://example.org/report'],
    ])
    for (const link of links) expect(link).not.toHaveAttribute('target')
  })

  it('marks text shown in another language, and keeps its own label in the page’s', () => {
    render(<HeroBlock block={{ ...hero, lang: 'en' }} locale="az" photoCredit="Foto" />)
    expect(screen.getByRole('region', { name: hero.heading })).toHaveAttribute('lang', 'en')
    expect(screen.getByText('Foto')).toHaveAttribute('lang', 'az')
  })

  it('has no lang of its own in the page’s language, and no image when none is set', () => {
    render(<HeroBlock block={{ ...hero, image: null, links: [] }} locale="en" photoCredit="Photo" />)
    expect(screen.getByRole('region', { name: hero.heading })).not.toHaveAttribute('lang')
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.queryByRole('list')).toBeNull()
  })

  it('renders no script', () => {
    const { container } = render(<HeroBlock block={hero} locale="en" photoCredit="Photo" />)
    expect(container.querySelector('script')).toBeNull()
  })
})
