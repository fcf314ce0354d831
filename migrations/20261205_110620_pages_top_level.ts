import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pages\` ADD \`top_level\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_top_level\` integer DEFAULT true;`)
  // Pages written before: top-level exactly when they have no parent (collections/Pages/hooks/keepPagePlace.ts sets it on every save).
  await db.run(sql`UPDATE \`pages\` SET \`top_level\` = (\`parent_id\` IS NULL);`)
  await db.run(sql`UPDATE \`_pages_v\` SET \`version_top_level\` = (\`version_parent_id\` IS NULL);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`top_level\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_top_level\`;`)
}
