import { render, screen, within } from '@testing-library/react'

import { AccordionBlock } from '@/components/blocks/AccordionBlock'
import type { BlockOf } from '@/lib/content/blocks-types'
import { paragraphs } from '@/lib/richtext'

const block: BlockOf<'accordion'> = {
  blockType: 'accordion',
  id: 'faq',
  heading: 'Sıkça sorulan sorular',
  items: [
    { id: 'q1', question: 'Kimler başvurabilir?', answer: paragraphs('Türkiye’de yaşayan herkes.') },
    { id: 'q2', question: 'Ücretli mi?', answer: paragraphs('Hayır, ücretsizdir.') },
  ],
}

describe('<AccordionBlock>', () => {
  it('is a region named by its h2, each question a closed <details> whose summary is the question', () => {
    const { container } = render(<AccordionBlock block={block} locale="tr" />)
    const region = screen.getByRole('region', { name: 'Sıkça sorulan sorular' })
    const details = region.querySelectorAll('details')
    expect(details).toHaveLength(2)
    expect([...details].map((item) => [item.querySelector('summary')?.textContent, item.open])).toEqual([
      ['Kimler başvurabilir?', false],
      ['Ücretli mi?', false],
    ])
    expect(within(details[1] as HTMLElement).getByText('Hayır, ücretsizdir.')).toBeInTheDocument()
    expect(container.querySelector('script, button')).toBeNull()
  })

  it('marks questions and answers shown in another language', () => {
    render(<AccordionBlock block={{ ...block, lang: 'tr' }} locale="en" />)
    expect(screen.getByRole('region', { name: 'Sıkça sorulan sorular' })).toHaveAttribute('lang', 'tr')
  })

  it('renders nothing without questions', () => {
    const { container } = render(<AccordionBlock block={{ ...block, items: [] }} locale="tr" />)
    expect(container).toBeEmptyDOMElement()
  })
})
