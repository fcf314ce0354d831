import { createNavigation } from 'next-intl/navigation'

import { locales } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { routing, type AppPathname } from '@/i18n/routing'

const reference = createNavigation(routing).getPathname

describe('getPathname (i18n/navigation.ts)', () => {
  const pathnames = Object.keys(routing.pathnames) as AppPathname[]

  it.each(locales)('matches next-intl’s getPathname for every route in %s', (locale) => {
    for (const pathname of pathnames) {
      const slugs = pathname.includes('[slug]') ? ['bakude-yuvarlak-masa', 'a b', 'göç'] : [undefined]
      for (const slug of slugs) {
        const href = slug === undefined ? pathname : { pathname, params: { slug } }
        expect([pathname, slug, getPathname({ locale, href: href as never })]).toEqual([pathname, slug, reference({ locale, href: href as never })])
      }
    }
  })

  it('gives the translated segments', () => {
    expect(getPathname({ locale: 'tr', href: { pathname: '/news/[slug]', params: { slug: 'x' } } })).toBe('/tr/haberler/x')
    expect(getPathname({ locale: 'tr', href: '/' })).toBe('/tr')
    expect(getPathname({ locale: 'en', href: '/search' })).toBe('/en/search')
  })
})
