#!/usr/bin/env node
// @ts-check
/**
 * `npm run demo`: build the site, create and migrate the embedded SQLite database, seed the
 * demo content (with one user per role) and serve site and admin on http://localhost:3000.
 * Flags: --no-build reuses an existing build; --no-serve stops after seeding (used by tests).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { serverArgs } from '../lib/http/serverCommand.mjs'

const args = new Set(process.argv.slice(2))
const bin = (/** @type {string} */ name) => path.resolve('node_modules', '.bin', name)

/** @type {NodeJS.ProcessEnv} */
const env = {
  ...process.env,
  NODE_ENV: 'production',
  KOPRU_DEMO: '1',
  DATABASE_URI: process.env.DATABASE_URI ?? 'file:./data/demo.db',
  PORT: process.env.PORT ?? '3000',
  NEXT_TELEMETRY_DISABLED: '1',
}

/** @param {string} command @param {string[]} commandArgs @param {string} step @returns {Promise<void>} */
function run(command, commandArgs, step) {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    console.log(`\n▶ ${step}`)
    // No stdin: nothing here prompts.
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'inherit', 'inherit'], env })
    child.on('exit', (code, signal) => {
      if (code === 0) {
        console.log(`✔ ${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
        resolve()
      } else reject(new Error(`${step} failed (${signal ?? `exit code ${code}`})`))
    })
    child.on('error', reject)
  })
}

try {
  fs.mkdirSync('data', { recursive: true })
  if (!args.has('--no-build') || !fs.existsSync('.next/BUILD_ID')) {
    await run(bin('next'), ['build'], 'Building the site (next build)')
  }
  await run(bin('tsx'), ['scripts/migrate.ts'], `Applying migrations to ${env.DATABASE_URI}`)
  await run(bin('tsx'), ['scripts/seed.ts'], 'Seeding demo content')
  if (!args.has('--no-serve')) {
    console.log(`\nKöprü is starting on http://localhost:${env.PORT} — site: /en and /tr, admin: /admin (demo users above).`)
    // server.mjs: Next's server plus the pages' script policy (what the Docker image runs).
    await run(process.execPath, serverArgs, 'Serving')
  }
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
