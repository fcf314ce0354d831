/**
 * SQLite's migrations, each applied all-or-nothing.
 *
 * Payload runs a migration's `up` and then records it in payload-migrations, inside
 * initTransaction/commitTransaction; but db-sqlite has transactions off (Payload's advice for
 * SQLite), so every statement commits by itself. A process killed half-way (a deploy, the OOM
 * killer) left a half-applied schema and a migration the next run tried again and failed on
 * ("duplicate column name"). Found by tests/resilience/crash.test.ts.
 *
 * Here each generated `up` is recorded instead of run, and its statements go to SQLite in one
 * batch (one BEGIN IMMEDIATE ... COMMIT), together with `PRAGMA user_version = <its ordinal>`.
 * A migration whose batch committed but whose payload-migrations row was never written (the
 * kill landed between the two) is recognised by user_version on the next run and only recorded.
 * user_version lives in the database header: no extra table for Payload's dev push to drop.
 *
 * Generated migrations only call `db.run(sql...)`; a migration that needs anything else (data
 * migrations through the local API) fails loudly here and must be written to be re-runnable.
 *
 * This lives in a folder because Payload takes every top-level .ts file of migrations/ for a
 * migration; `npm run migrate` and a production start use this list (payload.config.ts).
 */
import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { migrations } from '@/migrations/index'

type Db = MigrateUpArgs['db']
type Statement = Parameters<Db['run']>[0]

type Migration = {
  name: string
  up: (args: MigrateUpArgs) => Promise<void>
  down: (args: MigrateDownArgs) => Promise<void>
}

/** The statements `up` would run, without running them. */
async function record(migration: Migration, args: MigrateUpArgs): Promise<Statement[]> {
  const statements: Statement[] = []
  const recorder = new Proxy(args.db, {
    get(target, property) {
      if (property === 'run') {
        return async (statement: Statement) => {
          statements.push(statement)
          return { rows: [], rowsAffected: 0 }
        }
      }
      throw new Error(`Migration ${migration.name} uses db.${String(property)}; only db.run(sql...) can be applied atomically (see migrations/atomic/index.ts).`)
    },
  })
  await migration.up({ ...args, db: recorder })
  return statements
}

export async function appliedOrdinal(db: Db): Promise<number> {
  const rows = (await db.all(sql`PRAGMA user_version`)) as Array<Record<string, unknown> | unknown[]>
  const first = rows[0]
  const value = Array.isArray(first) ? first[0] : first?.user_version
  return Number(value ?? 0)
}

export function atomic(migration: Migration, ordinal: number): Migration {
  return {
    ...migration,
    async up(args) {
      const { db } = args
      if ((await appliedOrdinal(db)) >= ordinal) {
        args.payload.logger.info({ msg: `${migration.name} was applied by an interrupted run; recording it.` })
        return
      }
      const statements = await record(migration, args)
      // PRAGMA takes no bound parameters; the ordinal is our own integer.
      const mark = db.run(sql.raw(`PRAGMA user_version = ${Math.trunc(ordinal)}`))
      const batch: [typeof mark, ...(typeof mark)[]] = [mark]
      batch.unshift(...statements.map((statement) => db.run(statement)))
      await db.batch(batch)
    },
  }
}

/** Ordinals start at 1: user_version 0 is a database no atomic migration has touched. */
export const atomicMigrations: Migration[] = migrations.map((migration, index) => atomic(migration, index + 1))
