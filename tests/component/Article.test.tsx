import { render, screen } from '@testing-library/react'

import { Article } from '@/components/Article'

const hero = { src: '/api/media/file/story-hero.jpg', width: 1600, height: 900, alt: 'Volunteers at the border crossing', caption: 'Van, 2026' }

const article = (image: typeof hero & { unoptimized?: boolean }) => (
  <Article locale="en" back={{ href: '/en/news', label: 'All news' }} langOf={() => undefined} title="A story" hero={image} />
)

describe('<Article> hero', () => {
  it('goes through the image optimizer for readers', () => {
    render(article(hero))
    const image = screen.getByRole('img', { name: hero.alt })
    expect(image.getAttribute('src')).toMatch(/^\/_next\/image\?url=%2Fapi%2Fmedia%2Ffile%2Fstory-hero\.jpg/)
    expect(image.getAttribute('srcset')).toContain('/_next/image')
  })

  it('is fetched by the browser itself in a preview (a draft’s image is not public; the optimizer has no session)', () => {
    render(article({ ...hero, unoptimized: true }))
    const image = screen.getByRole('img', { name: hero.alt })
    expect(image.getAttribute('src')).toBe(hero.src)
    expect(image.getAttribute('srcset')).toBeNull()
  })
})
