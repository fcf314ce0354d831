import { render, screen } from '@testing-library/react'

import { CallToActionBlock } from '@/components/blocks/CallToActionBlock'
import type { BlockOf } from '@/lib/content/blocks-types'

const block: BlockOf<'callToAction'> = {
  blockType: 'callToAction',
  id: 'cta1',
  heading: 'Gönüllü olun',
  text: 'Ekibimize katılın.',
  link: { href: 'https://jobs.example.org/volunteer', label: 'Başvurun', external: true },
}

describe('<CallToActionBlock>', () => {
  it('is a region named by its h2, with its link in the same tab', () => {
    const { container } = render(<CallToActionBlock block={block} />)
    expect(screen.getByRole('region', { name: 'Gönüllü olun' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Gönüllü olun' })).toBeInTheDocument()
    const link = screen.getByRole('link', { name: 'Başvurun' })
    expect(link).toHaveAttribute('href', 'https://jobs.example.org/volunteer')
    expect(link).not.toHaveAttribute('target')
    expect(container.querySelector('script')).toBeNull()
  })

  it('marks text shown in another language', () => {
    render(<CallToActionBlock block={{ ...block, lang: 'tr' }} />)
    expect(screen.getByRole('region', { name: 'Gönüllü olun' })).toHaveAttribute('lang', 'tr')
  })

  it('has no paragraph of text when none is set', () => {
    render(<CallToActionBlock block={{ ...block, text: null }} />)
    expect(screen.queryByText('Ekibimize katılın.')).toBeNull()
  })
})
