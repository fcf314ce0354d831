import http from 'node:http'

import { base } from '@/tests/helpers/e2e'

/**
 * Issue 14's edges against the production server (server.mjs): who may say who the client is
 * (finding 11), and one script policy for every public page response (finding 10).
 */

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

/** A request from a given local address: 127.0.0.1 is a trusted proxy by default, 127.0.0.2 is not. */
function request(from: string, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Answer> {
  const url = new URL(path, base())
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: url.port, path: url.pathname + url.search, method, headers, localAddress: from }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('X-Forwarded-For, -Proto and -Host only from trusted proxies (finding 11)', () => {
  it('a client that is not a proxy cannot make up addresses to get more rate-limit budget', async () => {
    const first = await request('127.0.0.2', '/api/v1/facts?limit=1', { 'X-Forwarded-For': '198.51.100.1' })
    const second = await request('127.0.0.2', '/api/v1/facts?limit=1', { 'X-Forwarded-For': '198.51.100.2' })
    expect(first.status).toBe(200)
    expect(Number(second.headers['ratelimit-remaining'])).toBe(Number(first.headers['ratelimit-remaining']) - 1)
  })

  it('a trusted proxy (loopback by default) still reports the client address', async () => {
    const first = await request('127.0.0.1', '/api/v1/facts?limit=1', { 'X-Forwarded-For': '198.51.100.3' })
    const second = await request('127.0.0.1', '/api/v1/facts?limit=1', { 'X-Forwarded-For': '198.51.100.4' })
    expect(second.headers['ratelimit-remaining']).toBe(first.headers['ratelimit-remaining'])
  })

  it('believes X-Forwarded-Proto (HSTS) only from a trusted proxy', async () => {
    expect((await request('127.0.0.2', '/en', { 'X-Forwarded-Proto': 'https' })).headers['strict-transport-security']).toBeUndefined()
    expect((await request('127.0.0.1', '/en', { 'X-Forwarded-Proto': 'https' })).headers['strict-transport-security']).toMatch(/max-age=/)
  })

  it('counts failed sign-ins by the connection, whatever X-Forwarded-For says', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt++) {
      const answer = await request(
        '127.0.0.2',
        '/api/users/login',
        { 'Content-Type': 'application/json', 'X-Forwarded-For': `198.51.100.${10 + attempt}` },
        'POST',
        JSON.stringify({ email: 'nobody-edges@kopru.example', password: 'not-the-password' }),
      )
      statuses.push(answer.status)
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
  })
})

describe('one script policy for every public page response (finding 10)', () => {
  const nextRuntime = /<script[^>]+src="\/_next\/|self\.__next_f/

  it.each([
    ['?_rsc=abc', {}],
    ['?_rsc=1&x=2', {}],
    ['?__nextDataReq=1', {}],
    ['', { RSC: '1' }],
    ['', { 'Next-Router-Prefetch': '1' }],
    ['', { 'Next-Router-State-Tree': '%5B%22%22%5D' }],
    ['', { 'Next-Router-Segment-Prefetch': '/_tree', RSC: '1' }],
    ['', { 'Next-Url': '/en' }],
  ] as [string, Record<string, string>][])('/en/news%s %j is the plain page with its script policy', async (query, headers) => {
    const answer = await request('127.0.0.1', `/en/news${query}`, headers)
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toMatch(/^text\/html/)
    expect(answer.headers['content-security-policy']).toMatch(/^script-src 'self'/)
    expect(answer.body).not.toMatch(nextRuntime)
  })

  it.each(['/en/news.rsc', '/en.rsc', '/en/news.segments/_tree.segment.rsc', '/en/news.prefetch.rsc'])('%s (flight data) is not there', async (path) => {
    const answer = await request('127.0.0.1', path)
    expect(answer.status).toBe(404)
    expect(answer.headers['content-type']).not.toMatch(/x-component|text\/html/)
  })

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s on a page is a 405, never the page', async (method) => {
    const answer = await request('127.0.0.1', '/en/search', { 'Content-Type': 'application/x-www-form-urlencoded', 'Next-Action': 'x' }, method, 'q=x')
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD')
    expect(answer.body).not.toMatch(nextRuntime)
  })
})
