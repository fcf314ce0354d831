/**
 * Loaded with `node --import` by tests/resilience/crash.test.ts into a script it means to crash:
 * counts the statements that write (INSERT, UPDATE, DELETE, REPLACE) sent through libSQL's
 * client and, with KOPRU_CRASH_AFTER_WRITES=N, kills the process (SIGKILL: no cleanup) just
 * before the Nth is run (or, with KOPRU_CRASH_AT, before the kth write into a given table). A kill at a chosen write lands at the same point of the run on every
 * machine, where a timer lands wherever that machine happens to be. With KOPRU_COUNT_WRITES_FILE,
 * a run that ends writes how many there were there.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'

import { createClient } from '@libsql/client'

const limit = Number(process.env.KOPRU_CRASH_AFTER_WRITES ?? 0)
// Or "text#k": just before the kth write whose SQL contains the text (a table's name: a point inside one document's save).
const [matching, nth] = (process.env.KOPRU_CRASH_AT ?? '').split('#')
const countFile = process.env.KOPRU_COUNT_WRITES_FILE
let writes = 0
let matches = 0
const sqlOf = (statement) => (typeof statement === 'string' ? statement : (statement?.sql ?? ''))
const counted = (statements) => {
  for (const statement of statements) {
    const sql = sqlOf(statement)
    if (!/^\s*(insert|update|delete|replace)\b/i.test(sql)) continue
    writes++
    if (limit > 0 && writes >= limit) process.kill(process.pid, 'SIGKILL')
    if (matching && sql.includes(matching) && ++matches >= Number(nth || 1)) process.kill(process.pid, 'SIGKILL')
  }
}

// Both module formats of the client, in case a dependency loads the other one.
const clients = [createClient, createRequire(import.meta.url)('@libsql/client').createClient]
for (const prototype of new Set(clients.map((create) => Object.getPrototypeOf(create({ url: ':memory:' }))))) {
  const { execute, batch } = prototype
  prototype.execute = function (statement, args) {
    counted([statement])
    return execute.call(this, statement, args)
  }
  prototype.batch = function (statements, mode) {
    counted(statements)
    return batch.call(this, statements, mode)
  }
}

if (countFile) process.on('exit', () => writes > 0 && fs.writeFileSync(countFile, String(writes)))
