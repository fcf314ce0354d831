import { render, screen } from '@testing-library/react'

import { RichTextBody } from '@/components/RichTextBody'
import { body as lexical, internalLink, text } from '@/tests/helpers/richtext'

const body = (...children: object[]) => lexical(...children) as never

describe('<RichTextBody>', () => {
  it('links an internal link to the target’s page in the page’s language', () => {
    render(<RichTextBody locale="tr" data={body(text('Bkz. '), internalLink('programmes', { id: 3, slug: 'goc-yonetimi' }, 'programımız'))} />)
    expect(screen.getByRole('link', { name: 'programımız' }).getAttribute('href')).toBe('/tr/programlar/goc-yonetimi')
  })

  it('shows a link to something unpublished as its text, with no link and no "#"', () => {
    const { container } = render(<RichTextBody locale="en" data={body(text('See '), internalLink('programmes', 4, 'a programme in preparation'))} />)
    expect(container.textContent).toBe('See a programme in preparation')
    expect(container.querySelector('a')).toBeNull()
  })

  it('on a site, shows a link to another office’s document as its text (it is not on this site), and links its own office’s and shared ones', () => {
    const data = body(
      text('See '),
      internalLink('news', { id: 5, slug: 'baku-round-table', country: 2 }, 'the Baku round table'),
      text(', '),
      internalLink('news', { id: 6, slug: 'ankara-workshop', country: { id: 1 } }, 'the Ankara workshop'),
      text(' and '),
      internalLink('programmes', { id: 3, slug: 'counter-trafficking', countries: [1, 2] }, 'our programme'),
    )
    const { container } = render(<RichTextBody locale="en" offices={[1]} data={data} />)
    expect(container.textContent).toBe('See the Baku round table, the Ankara workshop and our programme')
    expect([...container.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['the Ankara workshop', '/en/news/ankara-workshop'],
      ['our programme', '/en/programmes/counter-trafficking'],
    ])
  })
})
