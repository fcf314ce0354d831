import { render, screen, within } from '@testing-library/react'

import { PressContacts } from '@/components/PressContacts'
import { ShareLinks } from '@/components/ShareLinks'

describe('<ShareLinks>', () => {
  it('links to each service’s share URL with the page address and title encoded, no script', () => {
    const url = 'https://kopru.example/tr/haberler/bakude-yuvarlak-masa'
    const { container } = render(<ShareLinks url={url} title="Bakü’de yuvarlak masa & çalıştay" heading="Bu sayfayı paylaşın" emailLabel="E-posta" />)
    const section = screen.getByRole('region', { name: 'Bu sayfayı paylaşın' })
    const href = (name: string) => within(section).getByRole('link', { name }).getAttribute('href')!
    expect(new URL(href('Facebook')).searchParams.get('u')).toBe(url)
    expect(new URL(href('X')).searchParams.get('text')).toBe('Bakü’de yuvarlak masa & çalıştay')
    expect(new URL(href('LinkedIn')).searchParams.get('url')).toBe(url)
    expect(href('E-posta')).toBe(`mailto:?subject=${encodeURIComponent('Bakü’de yuvarlak masa & çalıştay')}&body=${encodeURIComponent(url)}`)
    expect(within(section).getByRole('link', { name: 'WhatsApp' })).toHaveAttribute('rel', 'noopener noreferrer')
    expect(container.querySelector('script, iframe, img')).toBeNull()
  })
})

describe('<PressContacts>', () => {
  it('lists names with e-mail and dialable phone links', () => {
    render(
      <PressContacts
        heading="Basın iletişim"
        labels={{ email: 'E-posta', phone: 'Telefon' }}
        contacts={[{ name: 'Bakü basın masası', email: 'baku.press@kopru.example', phone: '+994 12 555 02 10' }]}
      />,
    )
    expect(screen.getByRole('link', { name: 'baku.press@kopru.example' })).toHaveAttribute('href', 'mailto:baku.press@kopru.example')
    expect(screen.getByRole('link', { name: '+994 12 555 02 10' })).toHaveAttribute('href', 'tel:+994125550210')
  })

  it('renders nothing without contacts', () => {
    const { container } = render(<PressContacts heading="x" labels={{ email: 'e', phone: 'p' }} contacts={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
