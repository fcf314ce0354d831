import { render, screen } from '@testing-library/react'

import { DownloadsBlock } from '@/components/blocks/DownloadsBlock'
import type { Locale } from '@/i18n/locales'
import type { BlockOf } from '@/lib/content/blocks-types'

const block: BlockOf<'downloads'> = {
  blockType: 'downloads',
  id: 'dl1',
  heading: 'Reports',
  files: [
    { id: 'f1', href: '/api/media/file/annual-report-2025.pdf', label: 'Annual report 2025', bytes: 1_200_000, mimeType: 'application/pdf', language: 'tr' },
    { id: 'f2', href: '/api/media/file/figures.xlsx', label: 'Figures', bytes: 48_000, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  ],
}

describe('<DownloadsBlock>', () => {
  it.each<[Locale, string, string]>([
    ['en', 'Annual report 2025 (PDF, 1.2 MB, Turkish)', 'Figures (XLSX, 48 kB)'],
    ['tr', 'Annual report 2025 (PDF, 1,2 MB, Türkçe)', 'Figures (XLSX, 48 kB)'],
    ['az', 'Annual report 2025 (PDF, 1,2 MB, türk)', 'Figures (XLSX, 48 kB)'],
  ])('names each link with its format, size and language in %s', (locale, first, second) => {
    render(<DownloadsBlock block={block} locale={locale} downloadsLabel="Downloads" />)
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([first, second])
  })

  it('links each file with its type and language', () => {
    render(<DownloadsBlock block={block} locale="en" downloadsLabel="Downloads" />)
    const link = screen.getByRole('link', { name: /Annual report 2025/ })
    expect(link).toHaveAttribute('href', '/api/media/file/annual-report-2025.pdf')
    expect(link).toHaveAttribute('type', 'application/pdf')
    expect(link).toHaveAttribute('hreflang', 'tr')
    expect(screen.getByRole('link', { name: /Figures/ })).not.toHaveAttribute('hreflang')
  })

  it('is a region named by its h2, or by the label when it has no heading', () => {
    const { rerender, container } = render(<DownloadsBlock block={block} locale="en" downloadsLabel="Downloads" />)
    expect(screen.getByRole('region', { name: 'Reports' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Reports' })).toBeInTheDocument()
    rerender(<DownloadsBlock block={{ ...block, heading: null }} locale="tr" downloadsLabel="İndirilebilir dosyalar" />)
    expect(screen.getByRole('region', { name: 'İndirilebilir dosyalar' })).toBeInTheDocument()
    expect(screen.queryByRole('heading')).toBeNull()
    expect(container.querySelector('script')).toBeNull()
  })

  it('renders nothing without files', () => {
    const { container } = render(<DownloadsBlock block={{ ...block, files: [] }} locale="en" downloadsLabel="Downloads" />)
    expect(container).toBeEmptyDOMElement()
  })
})
