import { execFileSync } from 'node:child_process'

/**
 * patches/@libsql+client+0.14.0.patch: libSQL never frees a prepared statement, so the client
 * keeps one per SQL text and reuses it. Payload's SQL adapter names every join's alias with a
 * new random UUID, so a query with a join had a new text, and a new statement kept for good,
 * at every execution (1,759 texts in 1,000 generated documents, 75 once renamed). The patched
 * client renames such aliases in order before preparing.
 *
 * Run in a plain Node process: the count is of libSQL's own prepare calls, on the module the
 * client loads (jest's module registry would give the test another copy).
 */
const script = String.raw`
const Database = require('libsql')
let prepared = 0
const prepare = Database.prototype.prepare
Database.prototype.prepare = function (sql) { prepared++; return prepare.call(this, sql) }
const { createClient } = require('@libsql/client')
const { randomUUID } = require('node:crypto')
;(async () => {
  const client = createClient({ url: ':memory:' })
  await client.batch(['CREATE TABLE news (id INTEGER PRIMARY KEY, title TEXT)', 'CREATE TABLE news_rels (parent_id INTEGER, path TEXT, countries_id INTEGER)', "INSERT INTO news VALUES (1, 'göç'), (2, 'uyum')", "INSERT INTO news_rels VALUES (1, 'countries', 7), (2, 'countries', 8)"], 'write')
  const before = prepared
  const answers = []
  for (let i = 0; i < 50; i++) {
    const a = '"' + randomUUID().replaceAll('-', '_') + '"'
    const b = '"' + randomUUID().replaceAll('-', '_') + '"'
    const { rows } = await client.execute({ sql: 'select distinct "news"."id", "news"."title" from "news" left join "news_rels" ' + a + ' on ("news"."id" = ' + a + '."parent_id" and ' + a + '."path" like ?) left join "news_rels" ' + b + ' on ("news"."id" = ' + b + '."parent_id") where ' + a + '."countries_id" = ? and ' + b + '."countries_id" = ? order by "news"."id"', args: ['countries', 7 + (i % 2), 7 + (i % 2)] })
    answers.push(rows.map((row) => row.title).join())
  }
  console.log(JSON.stringify({ prepared: prepared - before, answers: [...new Set(answers)] }))
})()
`

describe('the libSQL client as patched', () => {
  it('prepares one statement for a query whose join aliases are new random UUIDs at every execution, and answers it right', () => {
    const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })
    expect(JSON.parse(out)).toEqual({ prepared: 1, answers: ['göç', 'uyum'] })
  })
})
