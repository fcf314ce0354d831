import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`partner_changes\` ADD \`item\` text;`)
  await db.run(sql`ALTER TABLE \`partner_changes\` ADD \`item_stamp\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`partner_changes\` DROP COLUMN \`item\`;`)
  await db.run(sql`ALTER TABLE \`partner_changes\` DROP COLUMN \`item_stamp\`;`)
}
