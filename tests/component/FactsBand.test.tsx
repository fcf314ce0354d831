import { render, screen } from '@testing-library/react'

import { FactsBand } from '@/components/FactsBand'

const facts = [
  { id: 1, value: 1_700_000, notation: 'compact' as const, label: 'Gönüllü dönüş' },
  { id: 2, value: 100_000, notation: 'plain' as const, label: 'Mağdurlara yardım' },
  { id: 3, value: 122, notation: 'plain' as const, label: 'Development fund countries', labelLang: 'en' as const },
]

describe('<FactsBand>', () => {
  it('formats each number in the page language next to its label', () => {
    render(<FactsBand title="Gerçekler ve rakamlar" facts={facts} locale="tr" />)
    expect(screen.getByRole('region', { name: 'Gerçekler ve rakamlar' })).toBeInTheDocument()
    expect(screen.getByText('1,7 milyon')).toBeInTheDocument()
    expect(screen.getByText('100.000')).toBeInTheDocument()
    expect(screen.getByText('Development fund countries')).toHaveAttribute('lang', 'en')
  })

  it('renders nothing without facts', () => {
    const { container } = render(<FactsBand title="Facts" facts={[]} locale="en" />)
    expect(container).toBeEmptyDOMElement()
  })
})
