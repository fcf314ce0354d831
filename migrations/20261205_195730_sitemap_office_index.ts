import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_country_idx\` ON \`news\` (\`_status\`,\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_country_idx\` ON \`_news_v\` (\`version__status\`,\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_status_country_1_idx\` ON \`statements\` (\`_status\`,\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_country_1_idx\` ON \`_statements_v\` (\`version__status\`,\`version_country_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_country_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_country_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_country_1_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_country_1_idx\`;`)
}
