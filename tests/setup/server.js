// Starts the production build (`next build` must have run) on a fresh, migrated and seeded
// SQLite database for the end-to-end tests, and stops it afterwards. The pieces are exported
// for tests that run more than one server (tests/resilience/instances.test.ts).
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { serverArgs } from '../../lib/http/serverCommand.mjs'

const port = process.env.E2E_PORT ?? '3101'

/** A fresh data folder and the environment of a production server on it. */
export function serverEnvironment(serverPort, extra = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-e2e-'))
  return {
    dir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      KOPRU_DEMO: '1',
      DATA_DIR: dir,
      DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
      SERVER_URL: `http://localhost:${serverPort}`,
      PAYLOAD_LOG_LEVEL: 'warn',
      NODE_OPTIONS: '',
      PORT: String(serverPort),
      ...extra,
    },
  }
}

/** Applies the migrations and the demo seed to the environment's database. */
export function migrateAndSeed(env) {
  for (const script of ['scripts/migrate.ts', 'scripts/seed.ts']) {
    try {
      execFileSync('node_modules/.bin/tsx', [script], { env, stdio: 'pipe' })
    } catch (error) {
      // What the script printed: the error alone says only "Command failed".
      const output = (stream) => (error[stream] ? String(error[stream]).slice(-4000) : '')
      throw new Error(`${script} failed (exit ${error.status}):\n${output('stderr')}\n${output('stdout')}`)
    }
  }
}

/** The production server (server.mjs, as `npm start`) on the port, resolved once /api/health answers 200. */
export async function startServer(serverPort, env) {
  if (!fs.existsSync('.next/BUILD_ID')) {
    throw new Error('No production build: run `npm run build` before the end-to-end tests.')
  }
  const server = spawn('node', serverArgs, { env: { ...env, PORT: String(serverPort) }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let log = ''
  server.stdout.on('data', (chunk) => (log += chunk))
  server.stderr.on('data', (chunk) => (log += chunk))
  const base = `http://localhost:${serverPort}`
  const deadline = Date.now() + 60_000
  for (;;) {
    try {
      const response = await fetch(`${base}/api/health`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null || Date.now() > deadline) {
      throw new Error(`The server did not become healthy on ${base}:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { server, base, log: () => log }
}

export function stopServer(server) {
  if (!server || server.exitCode !== null || server.signalCode !== null) return
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch (error) {
    // The group is already gone (the server died on its own): nothing left to stop.
    if (error.code !== 'ESRCH') throw error
  }
}

export async function setup() {
  if (!fs.existsSync('.next/BUILD_ID')) {
    throw new Error('No production build: run `npm run build` before the end-to-end tests.')
  }
  const { dir, env } = serverEnvironment(port, {
    // Scheduled publishing is tested at second resolution.
    JOBS_INTERVAL_SECONDS: '1',
    // The partner API's tests send their own X-Forwarded-For per request; its limit test meets
    // the anonymous limit from one address (tests/e2e/partner-api.test.ts).
    RATE_LIMIT_ANONYMOUS: '400',
    RATE_LIMIT_KEYED: '100000',
    // Webhook receivers of the tests listen on 127.0.0.1 (tests/e2e/webhooks.test.ts).
    WEBHOOKS_ALLOW_PRIVATE: '1',
    // The caching proxy of tests/e2e/proxy.test.ts listens there while that file runs.
    // The caching proxy's purge port (tests/e2e/proxy.test.ts starts it).
    CACHE_PURGE_URLS: `http://127.0.0.1:${process.env.E2E_PROXY_PURGE_PORT ?? '3103'}`,
  })
  migrateAndSeed(env)
  const { server, base, log } = await startServer(port, env)
  globalThis.__kopruServer = server
  // A server that dies during the run takes every later test with it: say why, once, where CI shows it.
  server.on('exit', (code, signal) => {
    if (globalThis.__kopruStopping) return
    process.stderr.write(`\nThe e2e server (pid ${server.pid}) exited during the run (code ${code}, signal ${signal}). Its last output:\n${log().slice(-8000)}\n`)
  })
  process.env.E2E_BASE_URL = base
  process.env.E2E_DATA_DIR = dir
}

export async function teardown() {
  globalThis.__kopruStopping = true
  stopServer(globalThis.__kopruServer)
}
