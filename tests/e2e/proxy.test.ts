/**
 * The production cache in front of the app: Debian's Varnish with deploy/varnish/default.vcl
 * (the file docker-compose.yml mounts), pointed at the end-to-end server. Pages and API
 * answers are served from the cache; signed-in, API-key, preview and admin requests never
 * are; a publish bans the cache so readers see it at once.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { demoUsers } from '../../lib/seed/data'
import { base } from '../helpers/e2e'

const port = Number(process.env.E2E_PROXY_PORT ?? '3102')
const proxy = `http://127.0.0.1:${port}`
let varnish: ChildProcess
let workdir: string
let log = ''

async function listening(target: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(target, '127.0.0.1', () => resolve(socket.end() && true)).on('error', () => resolve(false))
  })
}

beforeAll(async () => {
  const backend = new URL(base())
  workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-varnish-'))
  fs.chmodSync(workdir, 0o755)
  const vcl = fs
    .readFileSync('deploy/varnish/default.vcl', 'utf8')
    .replace('.host = "app";', `.host = "${backend.hostname === 'localhost' ? '127.0.0.1' : backend.hostname}";`)
    .replace('.port = "3000";', `.port = "${backend.port}";`)
  const vclFile = path.join(workdir, 'default.vcl')
  fs.writeFileSync(vclFile, vcl)
  fs.chmodSync(vclFile, 0o644)
  varnish = spawn('varnishd', ['-F', '-a', `127.0.0.1:${port}`, '-f', vclFile, '-n', workdir, '-s', 'malloc,64m'], { stdio: ['ignore', 'pipe', 'pipe'] })
  varnish.stdout?.on('data', (chunk) => (log += chunk))
  varnish.stderr?.on('data', (chunk) => (log += chunk))
  const deadline = Date.now() + 20_000
  while (!(await listening(port))) {
    if (varnish.exitCode !== null || Date.now() > deadline) throw new Error(`varnishd did not start (apt-get install varnish; .ci/run does):\n${log}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  // Earlier test files wrote content: let their follow-up bans (1.5 s after a change) pass.
  await new Promise((resolve) => setTimeout(resolve, 2500))
})

afterAll(async () => {
  varnish?.kill()
  await new Promise((resolve) => setTimeout(resolve, 200))
})

const through = (pathname: string, headers: Record<string, string> = {}) => fetch(`${proxy}${pathname}`, { headers, redirect: 'manual' })

async function login(role: string): Promise<string> {
  const user = demoUsers.find((candidate) => candidate.roles.includes(role as never))!
  const response = await fetch(`${base()}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: user.email, password: user.password }) })
  return ((await response.json()) as { token: string }).token
}

describe('the caching proxy (Varnish)', () => {
  it.each(['/en', '/tr', '/en/news/baku-round-table-on-the-day-against-trafficking', '/en/countries/azerbaijan', '/api/v1/news', '/en/news/rss'])(
    'serves %s from its cache after the first request',
    async (pathname) => {
      const first = await through(pathname)
      expect(first.status).toBe(200)
      const body = await first.text()
      const second = await through(pathname)
      expect([pathname, second.headers.get('x-cache')]).toEqual([pathname, 'HIT'])
      expect(await second.text()).toBe(body)
      // A cached copy does not pretend to carry this request's rate-limit counters.
      expect(second.headers.get('ratelimit-remaining')).toBeNull()
    },
  )

  it('never caches signed-in, API-key, preview or admin requests', async () => {
    const token = await login('editor')
    const cases: [string, Record<string, string>][] = [
      ['/en', { Cookie: `payload-token=${token}` }],
      ['/en', { Cookie: '__prerender_bypass=1' }],
      ['/api/v1/news', { Authorization: 'users API-Key some-key' }],
      ['/api/news?draft=true', { Authorization: `JWT ${token}` }],
      ['/admin/login', {}],
    ]
    for (const [pathname, headers] of cases) {
      await through(pathname, headers)
      const again = await through(pathname, headers)
      expect([pathname, Object.keys(headers)[0] ?? '', again.headers.get('x-cache')]).toEqual([pathname, Object.keys(headers)[0] ?? '', 'PASS'])
    }
  })

  it('does not keep errors (a missing page may be published a minute later)', async () => {
    await through('/en/news/not-yet-published')
    expect((await through('/en/news/not-yet-published')).headers.get('x-cache')).not.toBe('HIT')
  })

  it('shows a publish through the proxy at once: the app bans its cache', async () => {
    const token = await login('editor')
    const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    // Warm the cache: the home page and the news feed are cached hits before the change.
    for (const pathname of ['/en', '/api/v1/news?limit=5']) {
      await through(pathname)
      expect((await through(pathname)).headers.get('x-cache')).toBe('HIT')
    }
    const { docs } = (await (await fetch(`${base()}/api/countries?where[isoCode][equals]=TR&depth=0`)).json()) as { docs: { id: number }[] }
    const title = `Proxy freshness check ${Date.now()}`
    const started = Date.now()
    const created = await fetch(`${base()}/api/news`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title, excerpt: 'Through the cache.', publishedDate: new Date().toISOString(), country: docs[0].id, _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const seen: Record<string, number> = {}
    for (const pathname of ['/en', '/api/v1/news?limit=5']) {
      for (;;) {
        if ((await (await through(pathname)).text()).includes(title)) break
        if (Date.now() - started > 10_000) throw new Error(`${pathname} still shows the cached version after 10 s`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      seen[pathname] = Date.now() - started
    }
    console.log(`publish to live through Varnish (ms after the POST was sent): ${JSON.stringify(seen)}`)
    // Cached again once the follow-up expiry and ban (1.5 s after the change) have passed.
    await new Promise((resolve) => setTimeout(resolve, 2500))
    await through('/en')
    expect((await through('/en')).headers.get('x-cache')).toBe('HIT')
  })
})
