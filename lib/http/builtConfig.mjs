// @ts-check
/**
 * The build's own config (next.config.ts as built), as Next's standalone server.js passes it:
 * nothing is compiled at start, and the Docker image (standalone output, no next.config.ts)
 * runs server.mjs the same way.
 */
import fs from 'node:fs'
import path from 'node:path'

/** @param {string} dir  The app's folder (the one holding .next). @returns {import('next').NextConfig} */
export function builtConfig(dir) {
  const file = path.join(dir, '.next', 'required-server-files.json')
  if (!fs.existsSync(file)) throw new Error('No production build: run `npm run build` first.')
  const { config } = JSON.parse(fs.readFileSync(file, 'utf8'))
  // Next's own channel for a built config (read by its server code); not a setting of ours.
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(config)
  return config
}
