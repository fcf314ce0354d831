import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`redirects_from_idx\`;`)
  await db.run(sql`ALTER TABLE \`redirects\` ADD \`site\` text;`)
  await db.run(sql`CREATE INDEX \`redirects_site_idx\` ON \`redirects\` (\`site\`);`)
  await db.run(sql`CREATE INDEX \`from_site_idx\` ON \`redirects\` (\`from\`,\`site\`);`)
  await db.run(sql`CREATE INDEX \`redirects_from_idx\` ON \`redirects\` (\`from\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`redirects_site_idx\`;`)
  await db.run(sql`DROP INDEX \`from_site_idx\`;`)
  await db.run(sql`DROP INDEX \`redirects_from_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`redirects_from_idx\` ON \`redirects\` (\`from\`);`)
  await db.run(sql`ALTER TABLE \`redirects\` DROP COLUMN \`site\`;`)
}
