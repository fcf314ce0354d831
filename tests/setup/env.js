// Every test file gets its own empty SQLite database and data folder (media, secret).
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-test-'))
process.env.DATA_DIR = dir
process.env.DATABASE_URI = `file:${path.join(dir, `test-${crypto.randomUUID()}.db`)}`
process.env.PAYLOAD_LOG_LEVEL = 'warn'
delete process.env.KOPRU_DEMO
delete process.env.PAYLOAD_SECRET
