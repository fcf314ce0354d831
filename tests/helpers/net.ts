import { type ChildProcess, spawn } from 'node:child_process'
import http from 'node:http'
import net from 'node:net'

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export async function waitForPort(target: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(target, '127.0.0.1', () => resolve(socket.end() && true)).on('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`nothing listens on ${target}`)
}

/** Debian's redis-server (installed by .ci/run) on a free port, without persistence. */
export async function startRedis(): Promise<{ process: ChildProcess; url: string; port: number }> {
  const port = await freePort()
  const child = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  await waitForPort(port)
  return { process: child, url: `redis://127.0.0.1:${port}`, port }
}

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number }

/**
 * One GET on a connection of its own, as sent: no decompression (Content-Encoding stays
 * visible) and no keep-alive pool (a request never waits on, or is reset with, an idle socket
 * of an earlier one). A `Host` in `headers` is sent as given (a site's host name on the test
 * server's address, as a browser or a crafted client would send it); `localAddress` is the
 * address the request comes from (127.0.0.2: a client on this machine that is not a trusted
 * proxy, lib/http/trustedProxies.mjs; use a URL with 127.0.0.1 with it).
 */
export function rawGet(url: string, headers: Record<string, string> = {}, { localAddress }: { localAddress?: string } = {}): Promise<RawResponse> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers, localAddress }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), ms: Date.now() - started }))
      })
      .on('error', reject)
  })
}
