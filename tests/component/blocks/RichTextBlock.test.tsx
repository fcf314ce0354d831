import { render, screen } from '@testing-library/react'

import { RichTextBlock } from '@/components/blocks/RichTextBlock'
import { paragraphs } from '@/lib/richtext'
import { body, internalLink, text } from '@/tests/helpers/richtext'

describe('<RichTextBlock>', () => {
  it('renders the editor’s text through RichTextBody (links in the page’s language, other offices’ documents unlinked)', () => {
    const content = body(
      text('See '),
      internalLink('programmes', { id: 3, slug: 'goc-yonetimi', countries: [1] }, 'our programme'),
      text(' and '),
      internalLink('news', { id: 5, slug: 'baku', country: 2 }, 'Baku'),
    ) as never
    const { container } = render(<RichTextBlock block={{ blockType: 'richText', id: 'rt1', content }} locale="tr" offices={[1]} />)
    expect(screen.getByRole('link', { name: 'our programme' })).toHaveAttribute('href', '/tr/programlar/goc-yonetimi')
    expect(screen.queryByRole('link', { name: 'Baku' })).toBeNull()
    expect(container.querySelector('script')).toBeNull()
  })

  it('marks text shown in another language', () => {
    const { container } = render(<RichTextBlock block={{ blockType: 'richText', id: 'rt1', content: paragraphs('Only in English.'), lang: 'en' }} locale="az" />)
    expect(screen.getByText('Only in English.')).toBeInTheDocument()
    expect(container.firstElementChild).toHaveAttribute('lang', 'en')
  })
})
