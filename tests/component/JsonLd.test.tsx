import { render } from '@testing-library/react'

import { JsonLd } from '@/components/JsonLd'

describe('<JsonLd>', () => {
  it('writes the data as JSON that no title can break out of', () => {
    const headline = '</script><script>alert(1)</script>'
    const { container } = render(<JsonLd data={{ '@type': 'NewsArticle', headline }} />)
    const script = container.querySelector('script[type="application/ld+json"]')
    expect(script?.innerHTML).not.toContain('</script>')
    expect(JSON.parse(script?.textContent ?? '')).toEqual({ '@type': 'NewsArticle', headline })
  })
})
