import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

import { appliedOrdinal, atomic } from '@/migrations/atomic'
import { startPayload } from '@/tests/helpers/payload'

const run = promisify(execFile)

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

// One Payload for the file: getPayload keeps one instance per process.
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

describe('committed migrations', () => {
  it('match the collections in payload.config.ts (no schema change without a migration)', async () => {
    const db = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const latest = fs
      .readdirSync('migrations')
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest).toBeDefined()
    const snapshot = JSON.parse(fs.readFileSync(path.join('migrations', latest!), 'utf8'))
    const pending = await generateMigration(snapshot, await generateDrizzleJson(db.schema))
    // If this fails: run `npm run migrate:create <what-changed>` and commit the new files.
    expect(pending).toEqual([])
  })
})

describe('atomic migrations (migrations/atomic/index.ts)', () => {
  type Args = Parameters<ReturnType<typeof atomic>['up']>[0]
  const args = (): Args => ({ db: (payload.db as unknown as { drizzle: Args['db'] }).drizzle, payload, req: {} as Args['req'] })
  const tables = async () =>
    ((await args().db.all(sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'atomic_probe%'`)) as Array<{ name: string }>).map((row) => row.name)
  const down = async () => undefined
  /** A generated-style migration: its statements, one db.run each. */
  const migration = (name: string, ordinal: number, statements: ReturnType<typeof sql>[]) =>
    atomic({ name, down, up: async ({ db }) => void (await Promise.all(statements.map((statement) => db.run(statement)))) }, ordinal)

  it('applies nothing of a migration whose later statement fails', async () => {
    const failing = migration('failing', 1000, [
      sql`CREATE TABLE atomic_probe_a (id integer)`,
      sql`ALTER TABLE atomic_probe_a ADD id integer`, // duplicate column: fails
    ])
    await expect(failing.up(args())).rejects.toThrow(/duplicate column/)
    expect(await tables()).toEqual([])
    expect(await appliedOrdinal(args().db)).toBe(0)
  })

  it('applies a migration once: a rerun after a crash before Payload recorded it only records it', async () => {
    const creating = migration('creating', 1001, [sql`CREATE TABLE atomic_probe_b (id integer)`, sql`ALTER TABLE atomic_probe_b ADD title text`])
    await creating.up(args())
    expect(await tables()).toEqual(['atomic_probe_b'])
    expect(await appliedOrdinal(args().db)).toBe(1001)
    // Run again, as the next `migrate` does when the payload-migrations row is missing:
    // without the mark this would fail on "table atomic_probe_b already exists".
    await expect(creating.up(args())).resolves.toBeUndefined()
  })

  it('refuses a migration that does more than db.run, saying why', async () => {
    const reading = atomic({ name: 'reading', down, up: async ({ db }) => void (await db.select()) }, 1002)
    await expect(reading.up(args())).rejects.toThrow(/reading uses db.select; only db.run/)
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
    expect(seed.stdout).toMatch(/Seed: created countries 2, sites 2, programmes 2, facts 5, media 3, news 5, statements 3, pages 6, navigation 1, footer 1, siteMenus 2, users 6/)
    expect(seed.stdout).toContain('admin@kopru.example')
    // A deleted page takes the links to it along (menus, redirects, locks): every relation
    // column of a _rels table cascades. A column added by ALTER TABLE would not (drizzle writes
    // it without ON DELETE), and deleting a page a menu links to would fail.
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: `file:${path.join(dir, 'fresh.db')}` })
    try {
      const tables = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_rels' ESCAPE '\\'")).rows.map((row) => String(row.name))
      expect(tables).toEqual(expect.arrayContaining(['sites_rels', 'navigation_rels', 'footer_rels', 'redirects_rels', 'payload_locked_documents_rels']))
      const loose: string[] = []
      for (const table of tables) {
        for (const fk of (await client.execute(`PRAGMA foreign_key_list(\`${table}\`)`)).rows) {
          if (String(fk.table) === 'pages' && String(fk.on_delete).toUpperCase() !== 'CASCADE') loose.push(`${table}.${String(fk.from)}`)
        }
      }
      expect(loose).toEqual([])
    } finally {
      client.close()
    }
  })
})
