import { render, screen } from '@testing-library/react'

import { LanguageLinks } from '@/components/LanguageLinks'
import { locales, type Locale } from '@/i18n/locales'

// One address per locale, whatever the list holds (adding a locale must not fail here).
const hrefs = Object.fromEntries(locales.map((locale) => [locale, `/${locale}`])) as Record<Locale, string>

describe('<LanguageLinks>', () => {
  it('links to the other language, marked with its lang, and marks the current one', () => {
    render(<LanguageLinks languages={['en', 'tr']} current="en" hrefs={hrefs} label="Language" />)
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
