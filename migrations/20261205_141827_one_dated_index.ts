import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_publishedDate_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedDate_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_date_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_date_version_createdAt_idx\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_publishedDate_createdAt_idx\` ON \`news\` (\`_status\`,\`published_date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedDate_version_createdAt_idx\` ON \`_news_v\` (\`version__status\`,\`version_published_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_date_createdAt_idx\` ON \`statements\` (\`_status\`,\`date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_date_version_createdAt_idx\` ON \`_statements_v\` (\`version__status\`,\`version_date\`,\`version_created_at\`);`)
}
