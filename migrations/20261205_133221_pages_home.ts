import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pages\` ADD \`home\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`pages_home_idx\` ON \`pages\` (\`home\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_home\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_home_idx\` ON \`_pages_v\` (\`version_home\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`pages_home_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`home\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_home_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_home\`;`)
}
