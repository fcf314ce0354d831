import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`news_locales_title_idx\` ON \`news_locales\` (\`_locale\`,\`_parent_id\`,\`title\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_locales_title_idx\` ON \`_news_v_locales\` (\`_locale\`,\`_parent_id\`,\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`statements_locales_title_idx\` ON \`statements_locales\` (\`_locale\`,\`_parent_id\`,\`title\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_locales_title_idx\` ON \`_statements_v_locales\` (\`_locale\`,\`_parent_id\`,\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`programmes_locales_title_idx\` ON \`programmes_locales\` (\`_locale\`,\`_parent_id\`,\`title\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_locales_title_idx\` ON \`_programmes_v_locales\` (\`_locale\`,\`_parent_id\`,\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`facts_locales_title_idx\` ON \`facts_locales\` (\`_locale\`,\`_parent_id\`,\`label\`);`)
  await db.run(sql`CREATE INDEX \`countries_locales_title_idx\` ON \`countries_locales\` (\`_locale\`,\`_parent_id\`,\`name\`);`)
  await db.run(sql`CREATE INDEX \`pages_locales_title_idx\` ON \`pages_locales\` (\`_locale\`,\`_parent_id\`,\`title\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_locales_title_idx\` ON \`_pages_v_locales\` (\`_locale\`,\`_parent_id\`,\`version_title\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`news_locales_title_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_v_locales_title_idx\`;`)
  await db.run(sql`DROP INDEX \`statements_locales_title_idx\`;`)
  await db.run(sql`DROP INDEX \`_statements_v_locales_title_idx\`;`)
  await db.run(sql`DROP INDEX \`programmes_locales_title_idx\`;`)
  await db.run(sql`DROP INDEX \`_programmes_v_locales_title_idx\`;`)
  await db.run(sql`DROP INDEX \`facts_locales_title_idx\`;`)
  await db.run(sql`DROP INDEX \`countries_locales_title_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_locales_title_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_locales_title_idx\`;`)
}
