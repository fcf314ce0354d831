import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`language\` text DEFAULT 'en';`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notify_review_requested\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notify_changes_requested\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notify_schedule_failed\` integer DEFAULT true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notify_review_requested\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notify_changes_requested\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notify_schedule_failed\`;`)
}
