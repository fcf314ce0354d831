#!/usr/bin/env node
// @ts-check
/**
 * After `next build` (and the Latin-1 rewrite): a server chunk that Turbopack emitted more than
 * once, byte for byte the same but for its `sourceMappingURL` comment, is kept once; each other
 * copy becomes `module.exports = require('./<the kept copy>')`.
 *
 * Why: Turbopack writes the same ~4.2 MB chunk (Payload and our config) once per group of route
 * handlers, six times in `chunks/` and twice in `chunks/ssr/`, and several 1.4 MB ones two or
 * three times. Node loads each file a group needs, and V8 keeps each one's source for as long as
 * the server runs, though the copies' modules are never used: Turbopack's runtime installs a
 * module's factory from the first chunk that holds it and skips the same ids in every later one
 * (`installCompressedModuleFactories`). A copy that is a `require` of the kept file hands the
 * runtime the very same array, which it skips just the same.
 *
 * Only copies in the same directory (the chunks reach their workers through `__dirname`), only
 * chunk files (`module.exports=[`), and never one that names `__filename`.
 *
 *   node scripts/dedupe-server-chunks.mjs [dir ...]   (default: .next/server and, when built, .next/standalone/.next/server)
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const sourceMapComment = /\n\/\/# sourceMappingURL=[^\n]*\n?$/

/**
 * Replaces the later copies of each chunk in `dir` (and below it, directory by directory) with a
 * require of the first, by name.
 * @param {string} dir
 * @returns {{ kept: string, copies: string[], bytes: number }[]}
 */
export function dedupeChunks(dir) {
  if (!fs.existsSync(dir)) return []
  /** @type {Map<string, string[]>} same directory and content → files, by name */
  const groups = new Map()
  const files = fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((entry) => (entry.isFile() && entry.name.endsWith('.js') ? [path.join(entry.parentPath, entry.name)] : []))
    .sort()
  for (const file of files) {
    const code = fs.readFileSync(file, 'utf8')
    if (!code.startsWith('module.exports=[') || code.includes('__filename')) continue
    const body = code.replace(sourceMapComment, '')
    const key = `${path.dirname(file)}\0${crypto.createHash('sha256').update(body).digest('hex')}`
    groups.set(key, [...(groups.get(key) ?? []), file])
  }
  const deduped = []
  for (const [kept, ...copies] of groups.values()) {
    if (copies.length === 0) continue
    for (const copy of copies) fs.writeFileSync(copy, `module.exports = require(${JSON.stringify(`./${path.basename(kept)}`)})\n`)
    deduped.push({ kept, copies, bytes: fs.statSync(kept).size * copies.length })
  }
  return deduped
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['.next/server', '.next/standalone/.next/server']
  const deduped = dirs.flatMap(dedupeChunks)
  const copies = deduped.reduce((sum, group) => sum + group.copies.length, 0)
  const megabytes = deduped.reduce((sum, group) => sum + group.bytes, 0) / 1048576
  console.log(`Server chunks: ${copies} copies of ${deduped.length} chunks now require the first (${megabytes.toFixed(1)} MB of source no longer loaded twice).`)
}
