import { sameSitePath } from '@/lib/sameSitePath'

describe('sameSitePath (the preview exit redirect)', () => {
  it.each([
    ['/tr/haberler/bir-haber', '/tr/haberler/bir-haber'],
    ['/en/news?country=AZ#top', '/en/news?country=AZ#top'],
    ['/en/../admin', '/admin'],
    [null, '/'],
    ['', '/'],
  ])('keeps a path of this site: %s', (to, path) => {
    expect(sameSitePath(to)).toBe(path)
  })

  it.each(['/.//evil.example', '/%2e//evil.example', '/a/..//evil.example', '/./\\evil.example'])('keeps %j on this site (dot-segments leave two slashes behind)', (to) => {
    const path = sameSitePath(to)
    expect(path).toMatch(/^\/(?![/\\])/)
    expect(new URL(path, 'https://www.kopru.example').origin).toBe('https://www.kopru.example')
  })

  it.each(['//evil.example', '/\\evil.example', '\\\\evil.example', '/\t/evil.example', 'https://evil.example/en', 'javascript:alert(1)', ' //evil.example'])(
    'sends %j home instead of elsewhere',
    (to) => {
      expect(sameSitePath(to)).toBe('/')
      // What a browser would make of the redirect's Location on this site.
      expect(new URL(sameSitePath(to), 'https://www.kopru.example').origin).toBe('https://www.kopru.example')
    },
  )
})
