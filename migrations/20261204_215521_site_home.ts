import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`sites\` ADD \`home_news\` numeric DEFAULT 6;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`home_statements\` numeric DEFAULT 4;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`home_facts\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`home_programmes\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`home_offices\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`sites_locales\` ADD \`home_intro\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`home_news\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`home_statements\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`home_facts\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`home_programmes\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`home_offices\`;`)
  await db.run(sql`ALTER TABLE \`sites_locales\` DROP COLUMN \`home_intro\`;`)
}
