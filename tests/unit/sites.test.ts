import { buildDirectory, expireSiteDirectory, registerSiteLoader, siteByKey, siteDirectory, siteForHost, type Site } from '@/lib/sites/directory'
import { normalizeHost, requestHost } from '@/lib/sites/hosts.mjs'

const site = (key: string, hosts: string[], offices: number[] = [1]): Site => ({
  id: key,
  key,
  name: { en: key },
  origin: `https://${hosts[0]}`,
  hosts,
  languages: ['en', 'tr'],
  defaultLanguage: 'en',
  offices,
})

describe('the host a request names', () => {
  it('matches case-insensitively, without the port or a trailing dot', () => {
    expect(normalizeHost('Turkiye.IOM.int:443')).toBe('turkiye.iom.int')
    expect(normalizeHost('az.localhost:3000')).toBe('az.localhost')
    expect(normalizeHost('turkiye.iom.int.')).toBe('turkiye.iom.int')
    expect(normalizeHost('[::1]:3000')).toBe('[::1]')
    expect(normalizeHost('a.example, b.example')).toBe('a.example')
  })

  it('names no site for nonsense', () => {
    for (const value of ['', undefined, null, 'evil.example/path', 'a b', 'x@y', '..', 'exa mple.org', '<script>']) expect([value, normalizeHost(value)]).toEqual([value, ''])
  })

  it('takes X-Forwarded-Host first (server.mjs keeps it only from trusted proxies), else Host', () => {
    expect(requestHost({ host: 'localhost:3000', 'x-forwarded-host': 'AZ.localhost' })).toBe('az.localhost')
    expect(requestHost({ host: 'localhost:3000' })).toBe('localhost')
    expect(requestHost(new Headers({ host: 'Turkiye.iom.int' }))).toBe('turkiye.iom.int')
  })
})

describe('the site directory', () => {
  afterEach(() => expireSiteDirectory())

  it('finds a site by any of its hosts and by its key; an unknown host finds none', async () => {
    const sites = [site('turkiye', ['turkiye.iom.int', 'www.turkiye.iom.int']), site('azerbaijan', ['azerbaijan.iom.int'], [2])]
    registerSiteLoader(async () => sites)
    expect((await siteForHost('WWW.Turkiye.iom.int:8443'))?.key).toBe('turkiye')
    expect((await siteForHost('azerbaijan.iom.int'))?.key).toBe('azerbaijan')
    expect(await siteForHost('lebanon.iom.int')).toBeUndefined()
    expect(await siteForHost('')).toBeUndefined()
    expect((await siteByKey('azerbaijan'))?.offices).toEqual([2])
  })

  it('gives a host to the first site that claims it', () => {
    const { byHost } = buildDirectory([site('a', ['shared.example']), site('b', ['shared.example', 'b.example'])])
    expect([byHost.get('shared.example')?.key, byHost.get('b.example')?.key]).toEqual(['a', 'b'])
  })

  it('reads the sites once, and again after an expiry (a save in Sites)', async () => {
    let loads = 0
    registerSiteLoader(async () => {
      loads++
      return [site(`s${loads}`, ['one.example'])]
    })
    await siteDirectory()
    await siteDirectory()
    expect((await siteForHost('one.example'))?.key).toBe('s1')
    expireSiteDirectory()
    expect((await siteForHost('one.example'))?.key).toBe('s2')
    expect(loads).toBe(2)
  })
})
