import { normalizePath } from '@/lib/redirects/plugin'

describe('a redirect’s old address, kept in one form', () => {
  it('keeps the path only: a leading slash, no trailing slash, no query or fragment, one encoding', () => {
    expect(normalizePath('/en/news/old-title/')).toBe('/en/news/old-title')
    expect(normalizePath('en/news/old-title?utm_source=x#top')).toBe('/en/news/old-title')
    expect(normalizePath('https://www.example.org/tr/haberler/eski//baslik')).toBe('/tr/haberler/eski/baslik')
    expect(normalizePath('/tr/biz-kimiz/tarihçe')).toBe('/tr/biz-kimiz/tarih%C3%A7e')
    expect(normalizePath('/tr/biz-kimiz/tarih%C3%A7e')).toBe('/tr/biz-kimiz/tarih%C3%A7e')
  })

  it('refuses what is not a path on a site', () => {
    for (const value of ['', '/', '?x=1', '/%E0%A4%A', `/${'a'.repeat(600)}`, 42, null]) expect([value, normalizePath(value)]).toEqual([value, null])
  })
})
