import { render, screen, within } from '@testing-library/react'

import { SearchResults } from '@/components/SearchResults'

describe('<SearchResults>', () => {
  const items = [
    {
      id: '1',
      href: '/tr/haberler/istanbulda-gocmenlere-destek',
      kind: 'Haber',
      title: 'İstanbul’da göçmenlere destek',
      summary: 'Göçmen ailelere danışmanlık.',
      text: '',
      date: '2024-03-01T12:00:00.000Z',
    },
    {
      id: '2',
      href: '/tr/haberler/round-table-in-baku',
      kind: 'Haber',
      title: 'Round table on migrants in Baku',
      summary: '',
      text: 'Only in English.',
      date: null,
      lang: 'en' as const,
    },
  ]

  it('marks the matches in titles and passages, whatever the case and diacritics', () => {
    render(<SearchResults items={items} terms={['gocmen', 'istanbul']} locale="tr" start={1} />)
    const [first] = screen.getAllByRole('listitem')
    const marks = within(first)
      .getAllByText((_, element) => element?.tagName === 'MARK')
      .map((mark) => mark.textContent)
    expect(marks).toEqual(['İstanbul', 'göçmen', 'Göçmen'])
    expect(within(first).getByRole('link')).toHaveAttribute('href', '/tr/haberler/istanbulda-gocmenlere-destek')
    expect(within(first).getByText('1 Mart 2024')).toBeInTheDocument()
  })

  it('says visibly, in the page language, that an untranslated hit is in English, and marks its lang', () => {
    render(<SearchResults items={items} terms={['migrants']} locale="tr" start={11} />)
    expect(screen.getByRole('list')).toHaveAttribute('start', '11')
    const second = screen.getAllByRole('listitem')[1]
    expect(within(second).getByText('İngilizce')).toHaveAttribute('lang', 'tr')
    expect(within(second).getByRole('heading')).toHaveAttribute('lang', 'en')
  })
})
