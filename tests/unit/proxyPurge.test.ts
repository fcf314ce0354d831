/**
 * The caching proxy's purges per site (deploy/nginx/kopru.conf, /_cache/purge): a purge naming
 * hosts drops those hosts' pages and the API's answers and leaves every other site's copies; `*`
 * drops everything. Debian's nginx and Lua module in front of a small upstream that counts what
 * reaches it, so a copy served from the cache is told from a fresh one.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { startProxy } from '@/deploy/nginx/local.mjs'

const port = 3991
const purgePort = 3992
let upstream: http.Server
let nginx: ChildProcess
let dir: string
let served = 0

/** A page through the proxy under a Host header: which render it got, and whether it was a copy. */
function get(host: string, address: string): Promise<{ render: string; cache: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: address, headers: { host } }, (res) => {
        let body = ''
        res.on('data', (chunk) => (body += chunk))
        res.on('end', () => resolve({ render: body, cache: String(res.headers['x-cache']) }))
      })
      .on('error', reject)
  })
}

async function purge(body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`http://127.0.0.1:${purgePort}/_cache/purge`, { method: 'POST', body })
  return { status: response.status, text: await response.text() }
}

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    served++
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'public, s-maxage=600' })
    res.end(`${req.headers.host} ${req.url} #${served}`)
  })
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-proxy-purge-'))
  nginx = startProxy({ port, purgePort, upstream: `127.0.0.1:${(upstream.address() as AddressInfo).port}`, dir, workers: 1 })
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${purgePort}/_cache/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (up) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`nginx did not start: ${fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : 'no log'}`)
})

afterAll(async () => {
  nginx?.kill()
  await new Promise((resolve) => upstream?.close(resolve))
})

/** Fills the cache for both sites and the API, and checks each is now served as a copy. */
async function warm() {
  const pages = [
    ['turkiye.example', '/en/news'],
    ['azerbaijan.example', '/en/news'],
    ['turkiye.example', '/api/v1/news'],
  ] as const
  const first = await Promise.all(pages.map(([host, address]) => get(host, address)))
  const again = await Promise.all(pages.map(([host, address]) => get(host, address)))
  expect(again.map((page) => page.cache)).toEqual(['HIT', 'HIT', 'HIT'])
  return first
}

describe('the proxy purged per site', () => {
  it('drops the named hosts’ pages and the API’s answers, and leaves the other site’s copies', async () => {
    await purge('*')
    const [turkiye, azerbaijan, api] = await warm()
    expect(await purge('/api/\nazerbaijan.example')).toEqual({ status: 200, text: 'purged api, host:azerbaijan.example\n' })
    const after = {
      turkiye: await get('turkiye.example', '/en/news'),
      azerbaijan: await get('azerbaijan.example', '/en/news'),
      api: await get('turkiye.example', '/api/v1/news'),
    }
    expect(after.turkiye).toEqual({ render: turkiye.render, cache: 'HIT' })
    expect(after.azerbaijan.cache).toBe('MISS')
    expect(after.azerbaijan.render).not.toBe(azerbaijan.render)
    expect(after.api.cache).toBe('MISS')
    expect(after.api.render).not.toBe(api.render)
  })

  it('keeps one copy per site whatever the case or port of the Host header', async () => {
    await purge('*')
    const first = await get('turkiye.example', '/en')
    expect(first.cache).toBe('MISS')
    expect(await get('TURKIYE.Example:8080', '/en')).toEqual({ render: first.render, cache: 'HIT' })
    // And a purge names the host as the app matches it (lowercase, no port).
    await purge('/api/\nturkiye.example')
    expect((await get('Turkiye.example:80', '/en')).cache).toBe('MISS')
  })

  it('drops everything on `*` or an empty body, and refuses what is not a host name', async () => {
    await warm()
    expect(await purge('*')).toEqual({ status: 200, text: expect.stringMatching(/^purged: cache generation \d+\n$/) })
    expect((await get('turkiye.example', '/en/news')).cache).toBe('MISS')
    await warm()
    expect((await purge('')).status).toBe(200)
    expect((await get('azerbaijan.example', '/en/news')).cache).toBe('MISS')
    const refused = await purge('turkiye.example\n<script>')
    expect(refused.status).toBe(400)
    expect(refused.text).toMatch(/not a host name: <script> \(send host names and \/api\/, one per line, or \* for everything\)/)
  })
})
