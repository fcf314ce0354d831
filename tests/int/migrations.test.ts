import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'

import { startPayload } from '../helpers/payload'

const run = promisify(execFile)

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

describe('committed migrations', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startPayload()
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('match the collections in payload.config.ts (no schema change without a migration)', async () => {
    const db = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const latest = fs.readdirSync('migrations').filter((file) => file.endsWith('.json')).sort().at(-1)
    expect(latest).toBeDefined()
    const snapshot = JSON.parse(fs.readFileSync(path.join('migrations', latest!), 'utf8'))
    const pending = await generateMigration(snapshot, await generateDrizzleJson(db.schema))
    // If this fails: run `npm run migrate:create <what-changed>` and commit the new files.
    expect(pending).toEqual([])
  })
})

describe('a production start on an empty SQLite file', () => {
  it('creates every table from the migrations, then takes the seed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-migrate-'))
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      KOPRU_DEMO: '1',
      DATA_DIR: dir,
      DATABASE_URI: `file:${path.join(dir, 'fresh.db')}`,
      NODE_OPTIONS: '',
      PAYLOAD_LOG_LEVEL: 'info',
    } as NodeJS.ProcessEnv
    const migrate = await run('node_modules/.bin/tsx', ['scripts/migrate.ts'], { env })
    expect(`${migrate.stdout}${migrate.stderr}`).toMatch(/Migrated:\s+\d{8}_\d{6}_initial/)
    expect(`${migrate.stdout}${migrate.stderr}`).toMatch(/Migrated:\s+\d{8}_\d{6}_search_navigation_footer/)
    const seed = await run('node_modules/.bin/tsx', ['scripts/seed.ts'], { env })
    expect(seed.stdout).toMatch(/Seed: created countries 2, programmes 2, facts 5, media 1, news 5, statements 3, navigation 1, footer 1, users 6/)
    expect(seed.stdout).toContain('admin@kopru.example')
  })
})
