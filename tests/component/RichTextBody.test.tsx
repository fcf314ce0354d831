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
})
