import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`kind_itemStamp_idx\` ON \`partner_changes\` (\`kind\`,\`item_stamp\`);`)
  // An upsert still without its item is now stamped '' (lib/sync/changes.ts), which the start-up check finds by the index.
  await db.run(sql`UPDATE \`partner_changes\` SET \`item_stamp\` = '' WHERE \`kind\` = 'upsert' AND \`item_stamp\` IS NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`UPDATE \`partner_changes\` SET \`item_stamp\` = NULL WHERE \`item_stamp\` = '';`)
  await db.run(sql`DROP INDEX \`kind_itemStamp_idx\`;`)
}
