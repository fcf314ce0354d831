#!/usr/bin/env node
// @ts-check
/**
 * After `next build`: rewrites the server's JavaScript so that its source holds no character above
 * U+00FF, each written as its `\uXXXX` escape instead. Why: V8 keeps a script's source in memory
 * as Latin-1 (a byte a character) only when every character fits; one `’`, `ş` or `ə` (our
 * messages, refusals and labels are bundled into the server chunks) makes it UTF-16, twice the
 * size. Turbopack emits the same ~4.6 MB server chunk once per group of route handlers and
 * Node keeps each one loaded, so a server that has answered every kind of request held ten
 * copies at 8.2-8.6 MB each (docs/scaling.md, "Raised to 384 MB"). No bundler option does this:
 * esbuild's `charset: 'ascii'` leaves regular expressions and template literals alone.
 *
 * Safe by construction, checked anyway: an escape means the same character in a string, a
 * template literal's value, a regular expression (with or without the u flag) and an
 * identifier; a comment is only text. Left alone: tagged templates (their raw text is
 * observable). Each rewritten file is parsed again (acorn) and its syntax tree compared with the
 * original's, values and names included; a file that differs or does not parse is left as it
 * was and named. Source maps are not rewritten: a column after an escape is off by up to five.
 *
 *   node scripts/latin1-server-chunks.mjs [dir ...]   (default: .next/server and, when built, .next/standalone/.next/server)
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import * as acorn from 'acorn'

const wide = /[^\x00-\xff]/

/** @param {string} code */
function parse(code) {
  /** @type {acorn.Options} */
  const options = { ecmaVersion: 'latest', allowHashBang: true, allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true, allowImportExportEverywhere: true }
  try {
    return acorn.parse(code, { ...options, sourceType: 'script' })
  } catch {
    return acorn.parse(code, { ...options, sourceType: 'module' })
  }
}

/**
 * Every node of the tree, depth first.
 * @param {any} node
 * @param {(node: any) => void} visit
 */
function walk(node, visit) {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit)
    return
  }
  if (typeof node.type !== 'string') return
  visit(node)
  for (const key of Object.keys(node)) if (key !== 'loc') walk(node[key], visit)
}

/** A regular expression's pattern with `\uXXXX` escapes above U+00FF (and identity escapes of such characters) read as the characters. @param {string} pattern */
const plainPattern = (pattern) =>
  pattern.replace(/\\u([0-9a-fA-F]{4})/g, (all, hex) => (parseInt(hex, 16) > 0xff ? String.fromCharCode(parseInt(hex, 16)) : all)).replace(/\\([^\x00-\xff])/g, '$1')

/** The tree as text, without positions and raw spellings: what the program means. @param {any} tree */
function meaning(tree) {
  const parts = /** @type {string[]} */ ([])
  walk(tree, (node) => {
    parts.push(node.type)
    if (node.type === 'Identifier' || node.type === 'PrivateIdentifier') parts.push(node.name)
    else if (node.type === 'Literal') parts.push(node.regex ? `/${plainPattern(node.regex.pattern)}/${node.regex.flags}` : `${typeof node.value}:${String(node.value)}`)
    else if (node.type === 'TemplateElement') parts.push(`${node.value.cooked}`)
    else if (node.operator) parts.push(node.operator)
  })
  return parts.join('\u0000')
}

/**
 * The code with every character above U+00FF escaped, except inside tagged templates.
 * @param {string} code
 * @param {[number, number][]} keep ranges left as they are
 */
export function escapeWide(code, keep = []) {
  let out = ''
  let last = 0
  let k = 0
  for (let i = 0; i < code.length; i++) {
    const unit = code.charCodeAt(i)
    if (unit <= 0xff) continue
    while (k < keep.length && keep[k][1] <= i) k++
    if (k < keep.length && keep[k][0] <= i) continue
    // An identity escape (`\ş`, the character itself): its escape replaces both.
    let slashes = 0
    for (let j = i - 1; j >= last && code.charCodeAt(j) === 92; j--) slashes++
    const start = slashes % 2 === 1 ? i - 1 : i
    out += `${code.slice(last, start)}\\u${unit.toString(16).padStart(4, '0')}`
    last = i + 1
  }
  return out + code.slice(last)
}

/**
 * One file: rewritten when it holds a wide character and the rewrite means the same.
 * @param {string} file
 * @returns {{ file: string, changed: boolean, wideLeft: boolean, reason?: string }}
 */
export function rewriteFile(file) {
  const code = fs.readFileSync(file, 'utf8')
  if (!wide.test(code)) return { file, changed: false, wideLeft: false }
  let tree
  try {
    tree = parse(code)
  } catch (error) {
    return { file, changed: false, wideLeft: true, reason: `not parsed: ${/** @type {Error} */ (error).message}` }
  }
  /** @type {[number, number][]} */
  const keep = []
  walk(tree, (node) => {
    if (node.type === 'TaggedTemplateExpression') keep.push([node.quasi.start, node.quasi.end])
  })
  keep.sort((a, b) => a[0] - b[0])
  const rewritten = escapeWide(code, keep)
  let same = false
  try {
    same = meaning(parse(rewritten)) === meaning(tree)
  } catch {
    same = false
  }
  if (!same) return { file, changed: false, wideLeft: true, reason: 'the rewrite would not mean the same' }
  fs.writeFileSync(file, rewritten)
  return { file, changed: true, wideLeft: wide.test(rewritten), reason: wide.test(rewritten) ? 'a tagged template holds a wide character' : undefined }
}

/** @param {string} dir @returns {string[]} */
function scripts(dir) {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((entry) => (entry.isFile() && /\.(c|m)?js$/.test(entry.name) ? [path.join(entry.parentPath, entry.name)] : []))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['.next/server', '.next/standalone/.next/server']
  const started = Date.now()
  const results = dirs.flatMap(scripts).map(rewriteFile)
  const changed = results.filter((result) => result.changed)
  const left = results.filter((result) => result.wideLeft)
  console.log(
    `Latin-1 server chunks: ${changed.length} of ${results.length} files rewritten in ${((Date.now() - started) / 1000).toFixed(1)} s; ${left.length} still hold a wide character.`,
  )
  for (const { file, reason } of left) console.log(`  ${file}: ${reason}`)
}
