import { fireEvent, render, screen, within } from '@testing-library/react'

import { SiteFooter, SiteNav } from '@/components/SiteNav'

const sections = [
  { label: 'Biz Kimiz', links: [{ label: 'Türkiye', href: '/tr/ulkeler/turkiye', external: false }] },
  { label: 'Çalışmalarımız', href: '/tr/programlar', links: [{ label: 'Göç yönetimi', href: '/tr/programlar/goc-yonetimi', external: false }] },
  { label: 'Haberler', href: '/tr/haberler', links: [] },
  { label: '2030 Gündemi', links: [{ label: 'SKA', href: 'https://sdgs.un.org/2030agenda', external: true }] },
]

describe('<SiteNav>', () => {
  it('renders sections with links as disclosures that open from the keyboard, others as links', () => {
    render(<SiteNav label="Ana menü" sections={sections} overviewLabel={(s) => `${s}: genel bakış`} />)
    const nav = screen.getByRole('navigation', { name: 'Ana menü' })
    expect(within(nav).getByRole('link', { name: 'Haberler' })).toHaveAttribute('href', '/tr/haberler')
    const summary = within(nav).getByText('Çalışmalarımız')
    expect(summary.tagName).toBe('SUMMARY')
    const details = summary.closest('details')!
    expect(details.open).toBe(false)
    fireEvent.click(summary)
    expect(details.open).toBe(true)
    expect(within(details).getByRole('link', { name: 'Çalışmalarımız: genel bakış' })).toHaveAttribute('href', '/tr/programlar')
    expect(within(nav).getByRole('link', { name: 'SKA', hidden: true })).toHaveAttribute('rel', 'noopener')
  })
})

describe('<SiteFooter>', () => {
  it('shows columns under headings and the note', () => {
    render(
      <SiteFooter label="Diğer bağlantılar" note="Not" columns={[{ heading: 'Ülke ofisleri', links: [{ label: 'Türkiye', href: '/tr/ulkeler/turkiye', external: false }] }]} />,
    )
    expect(screen.getByRole('heading', { name: 'Ülke ofisleri' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Türkiye' })).toHaveAttribute('href', '/tr/ulkeler/turkiye')
    expect(screen.getByText('Not')).toBeInTheDocument()
  })
})
