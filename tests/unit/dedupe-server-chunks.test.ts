/** scripts/dedupe-server-chunks.mjs: a server chunk emitted twice is loaded once, and means the same. */
import { createRequire } from 'node:module'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { dedupeChunks } from '@/scripts/dedupe-server-chunks.mjs'

const chunk = (id: number, marker: string) => `module.exports=[${id},i=>{"use strict";i.v(${JSON.stringify(marker)}+__dirname.length)}];\n`

function build() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chunks-'))
  fs.mkdirSync(path.join(dir, 'ssr'))
  const write = (name: string, code: string) => fs.writeFileSync(path.join(dir, name), code)
  // The same chunk three times, each with its own source map comment, and once in ssr/.
  write('a.js', `${chunk(1, 'payload')}\n//# sourceMappingURL=a.js.map`)
  write('b.js', `${chunk(1, 'payload')}\n//# sourceMappingURL=b.js.map`)
  write('c.js', `${chunk(1, 'payload')}\n//# sourceMappingURL=c.js.map`)
  write('ssr/d.js', `${chunk(1, 'payload')}\n//# sourceMappingURL=d.js.map`)
  // Another chunk, a file that is no chunk, and a chunk that names its own file.
  write('e.js', chunk(2, 'site'))
  write('f.js', `module.exports = 'not a chunk'\n`)
  write('g.js', `module.exports=[3,i=>{i.v(__filename)}];`)
  write('h.js', `module.exports=[3,i=>{i.v(__filename)}];`)
  return dir
}

describe('dedupe server chunks', () => {
  it('makes the later copies in one directory a require of the first, which hands the runtime the very same array', () => {
    const dir = build()
    // Node's module cache is shared: what the runtime loaded before the rewrite is the kept file.
    const before = createRequire(import.meta.url)(path.join(dir, 'a.js')) as unknown[]
    const result = dedupeChunks(dir)
    expect(result.map(({ kept, copies }) => [path.relative(dir, kept), copies.map((copy) => path.relative(dir, copy))])).toEqual([['a.js', ['b.js', 'c.js']]])
    expect(fs.readFileSync(path.join(dir, 'b.js'), 'utf8')).toBe('module.exports = require("./a.js")\n')
    // A fresh require: the copies are the kept file's exports, the same ids and factories as before.
    const fresh = createRequire(path.join(dir, 'x.js'))
    const [a, b, c] = ['a.js', 'b.js', 'c.js'].map((name) => fresh(path.join(dir, name)) as unknown[])
    expect(b).toBe(a)
    expect(c).toBe(a)
    expect(a).toBe(before)
    expect(a[0]).toBe(1)
  })

  it('leaves a copy in another directory, a file that is no chunk, and a chunk that names its own file', () => {
    const dir = build()
    dedupeChunks(dir)
    expect(fs.readFileSync(path.join(dir, 'ssr/d.js'), 'utf8')).toContain('module.exports=[1,')
    expect(fs.readFileSync(path.join(dir, 'e.js'), 'utf8')).toBe(chunk(2, 'site'))
    expect(fs.readFileSync(path.join(dir, 'f.js'), 'utf8')).toBe(`module.exports = 'not a chunk'\n`)
    expect(fs.readFileSync(path.join(dir, 'h.js'), 'utf8')).toBe(`module.exports=[3,i=>{i.v(__filename)}];`)
  })
})
