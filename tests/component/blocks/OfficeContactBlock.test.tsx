import { render, screen, within } from '@testing-library/react'

import { OfficeContactBlock } from '@/components/blocks/OfficeContactBlock'
import type { BlockOf } from '@/lib/content/blocks-types'

const block: BlockOf<'officeContact'> = {
  blockType: 'officeContact',
  id: 'oc1',
  heading: 'Contact the office',
  name: 'Baku country office',
  href: '/en/countries/azerbaijan',
  address: '14 Example Street\nAZ1000 Baku',
  email: 'baku@example.org',
  phone: '+994 12 000 00 00',
}

describe('<OfficeContactBlock>', () => {
  it('gives the office’s name, address, e-mail and phone in an <address>, under its h2', () => {
    const { container } = render(<OfficeContactBlock block={block} locale="en" labels={{ email: 'E-mail', phone: 'Phone' }} />)
    const region = screen.getByRole('region', { name: 'Contact the office' })
    const address = region.querySelector('address') as HTMLElement
    expect(address).not.toBeNull()
    expect(within(address).getByRole('link', { name: 'Baku country office' })).toHaveAttribute('href', '/en/countries/azerbaijan')
    expect(
      within(address)
        .getByText(/14 Example Street/)
        .closest('p')?.innerHTML,
    ).toContain('<br>')
    expect(within(address).getByRole('link', { name: 'baku@example.org' })).toHaveAttribute('href', 'mailto:baku@example.org')
    expect(within(address).getByRole('link', { name: '+994 12 000 00 00' })).toHaveAttribute('href', 'tel:+994120000000')
    expect(within(address).getByText('E-mail').tagName).toBe('DT')
    expect(container.querySelector('script')).toBeNull()
  })

  it('shows only what is set: the name as text without a page, no e-mail or phone', () => {
    render(<OfficeContactBlock block={{ ...block, href: null, email: null, phone: null, address: null }} locale="en" labels={{ email: 'E-mail', phone: 'Phone' }} />)
    expect(screen.getByText('Baku country office')).toBeInTheDocument()
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.queryByText('E-mail')).toBeNull()
  })

  it('marks the office’s text shown in another language, its labels staying in the page’s', () => {
    render(<OfficeContactBlock block={{ ...block, lang: 'en' }} locale="az" labels={{ email: 'E-poçt', phone: 'Telefon' }} />)
    expect(screen.getByRole('region', { name: 'Contact the office' })).toHaveAttribute('lang', 'en')
    expect(screen.getByText('E-poçt')).toHaveAttribute('lang', 'az')
  })
})
