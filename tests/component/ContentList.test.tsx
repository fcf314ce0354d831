import { render, screen, within } from '@testing-library/react'

import { ContentList } from '@/components/ContentList'

const items = [
  {
    id: 1,
    title: 'Bakü’de yuvarlak masa toplantısı',
    href: '/tr/haberler/bakude-yuvarlak-masa-toplantisi',
    excerpt: 'Ortaklar Bakü’de bir araya geldi.',
    date: '2022-07-28T12:00:00.000Z',
    dateline: 'Bakü',
  },
  { id: 2, title: 'Second item', href: '/tr/haberler/second', date: '2023-01-20T12:00:00.000Z' },
]

describe('<ContentList>', () => {
  it('links each headline and writes the date in the page language', () => {
    render(<ContentList items={items} locale="tr" emptyText="Henüz haber yok." />)
    const link = screen.getByRole('link', { name: 'Bakü’de yuvarlak masa toplantısı' })
    expect(link).toHaveAttribute('href', '/tr/haberler/bakude-yuvarlak-masa-toplantisi')
    const first = screen.getAllByRole('listitem')[0]
    expect(within(first).getByText('28 Temmuz 2022')).toHaveAttribute('datetime', '2022-07-28T12:00:00.000Z')
    expect(within(first).getByText(/Bakü/, { selector: '.content-list__dateline' })).toBeInTheDocument()
  })

  it('shows an item’s image lazily beside its headline, with its alt text, srcset and intrinsic size', () => {
    const image = { src: '/api/media/file/baku.jpg', width: 1200, height: 800, alt: 'Ortaklar masa başında' }
    render(<ContentList items={[{ ...items[0], image }, items[1]]} locale="tr" emptyText="" />)
    const [first, second] = screen.getAllByRole('listitem')
    const thumbnail = within(first).getByRole('img', { name: 'Ortaklar masa başında' })
    expect(thumbnail).toHaveAttribute('loading', 'lazy')
    expect(thumbnail.getAttribute('srcset')).toContain('/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fbaku.jpg')
    expect(thumbnail).toHaveAttribute('sizes', '(min-width: 40rem) 10rem, 6rem')
    expect([thumbnail.getAttribute('width'), thumbnail.getAttribute('height')]).toEqual(['1200', '800'])
    expect(within(second).queryByRole('img')).toBeNull()
  })

  it('shows the empty message instead of an empty list', () => {
    render(<ContentList items={[]} locale="en" emptyText="No news has been published yet." />)
    expect(screen.getByText('No news has been published yet.')).toBeInTheDocument()
    expect(screen.queryByRole('list')).not.toBeInTheDocument()
  })
})
