import { render, screen } from '@testing-library/react'

import { LanguageLinks } from '@/components/LanguageLinks'

describe('<LanguageLinks>', () => {
  it('links to the other language, marked with its lang, and marks the current one', () => {
    render(<LanguageLinks current="en" hrefs={{ en: '/en', tr: '/tr' }} label="Language" />)
    const nav = screen.getByRole('navigation', { name: 'Language' })
    expect(nav).toBeInTheDocument()
    const turkish = screen.getByRole('link', { name: 'Türkçe' })
    expect(turkish).toHaveAttribute('href', '/tr')
    expect(turkish).toHaveAttribute('lang', 'tr')
    expect(turkish).toHaveAttribute('hreflang', 'tr')
    expect(screen.queryByRole('link', { name: 'English' })).not.toBeInTheDocument()
    expect(screen.getByText('English')).toHaveAttribute('aria-current', 'true')
  })
})
