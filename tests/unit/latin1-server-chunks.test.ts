/** scripts/latin1-server-chunks.mjs: the server's JavaScript without a character above U+00FF, meaning the same. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'

import { escapeWide, rewriteFile } from '@/scripts/latin1-server-chunks.mjs'

const run = (code: string) => vm.runInNewContext(code, {}) as unknown

const program = String.raw`
// Çalışma: a comment with ş and ə
const ı = 'İstanbul’da göç \ş'
const regex = /[ğ-ş]+/u
const plain = /ə|ö/
const emoji = '😀'
const wideEmoji = /😀/u
const cooked = ${'`'}Bakı ${'$'}{ı.length} ’${'`'}
const raw = String.raw${'`'}ş’${'`'}
JSON.stringify([ı, regex.test('ğüş'), regex.exec('aşb')[0], plain.test('ə'), emoji.length, wideEmoji.test('x😀'), cooked, raw])
`

describe('Latin-1 server chunks', () => {
  it('escapes every wide character outside tagged templates, and the program means the same', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'latin1-')), 'chunk.js')
    fs.writeFileSync(file, program)
    const result = rewriteFile(file)
    const rewritten = fs.readFileSync(file, 'utf8')
    expect(result).toEqual({ file, changed: true, wideLeft: true, reason: 'a tagged template holds a wide character' })
    // Only the tagged template keeps its characters (its raw text is what String.raw returns).
    expect(rewritten.replace(/String\.raw`[^`]*`/, '')).not.toMatch(/[^\x00-\xff]/)
    expect(rewritten).toContain('String.raw`ş’`')
    expect(run(rewritten)).toBe(run(program))
    expect(JSON.parse(run(rewritten) as string)).toEqual(['İstanbul’da göç ş', true, 'ş', true, 2, true, 'Bakı 17 ’', 'ş’'])
  })

  it('writes an identity escape of a wide character as its escape, and leaves an escaped backslash before one', () => {
    expect(escapeWide(String.raw`'\ş'`)).toBe(String.raw`'\u015f'`)
    expect(escapeWide(String.raw`'\\ş'`)).toBe(String.raw`'\\\u015f'`)
    expect(run(escapeWide(String.raw`'\\ş'`))).toBe(String.raw`\ş`)
  })

  it('leaves a file without wide characters untouched', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'latin1-')), 'plain.js')
    fs.writeFileSync(file, "module.exports = 'ç ö ü: Latin-1 already'\n")
    expect(rewriteFile(file)).toEqual({ file, changed: false, wideLeft: false })
  })
})
