// Every test file gets its own empty SQLite database and data folder (media, secret).
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-test-'))
process.env.DATA_DIR = dir
process.env.DATABASE_URI = `file:${path.join(dir, `test-${crypto.randomUUID()}.db`)}`
process.env.PAYLOAD_LOG_LEVEL = 'warn'
// After a read finds the database unavailable, reads fail fast this long (lib/db/availability.ts).
process.env.DATABASE_RETRY_MS = '300'
delete process.env.KOPRU_DEMO
delete process.env.PAYLOAD_SECRET
