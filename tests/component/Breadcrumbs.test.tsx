import { render, screen, within } from '@testing-library/react'

import { Breadcrumbs } from '@/components/Breadcrumbs'

const crumbs = [
  { href: '/tr', label: 'Ana sayfa' },
  { href: '/tr/hakkimizda', label: 'Hakkımızda' },
  { href: '/tr/hakkimizda/ekibimiz', label: 'Ekibimiz' },
]

describe('<Breadcrumbs>', () => {
  it('is a named navigation of an ordered list, linking every step but the current page', () => {
    render(<Breadcrumbs crumbs={crumbs} label="Gezinti yolu" />)
    const nav = screen.getByRole('navigation', { name: 'Gezinti yolu' })
    expect(nav.querySelector('ol')).not.toBeNull()
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Ana sayfa', '/tr'],
      ['Hakkımızda', '/tr/hakkimizda'],
    ])
  })

  it('marks the last step as the current page, as text', () => {
    render(<Breadcrumbs crumbs={crumbs} label="Gezinti yolu" />)
    const current = screen.getByText('Ekibimiz')
    expect(current).toHaveAttribute('aria-current', 'page')
    expect(current.closest('a')).toBeNull()
    expect(screen.getAllByRole('listitem').at(-1)).toContainElement(current)
    expect(document.querySelectorAll('[aria-current]')).toHaveLength(1)
  })

  it('renders nothing without steps', () => {
    const { container } = render(<Breadcrumbs crumbs={[]} label="Gezinti yolu" />)
    expect(container).toBeEmptyDOMElement()
  })
})
