import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`news_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_missing_translations_order_idx\` ON \`news_missing_translations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_missing_translations_parent_idx\` ON \`news_missing_translations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_missing_translations_value_idx\` ON \`news_missing_translations\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_missing_translations_order_idx\` ON \`_news_v_version_missing_translations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_missing_translations_parent_idx\` ON \`_news_v_version_missing_translations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_missing_translations_value_idx\` ON \`_news_v_version_missing_translations\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`statements_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`statements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`statements_missing_translations_order_idx\` ON \`statements_missing_translations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`statements_missing_translations_parent_idx\` ON \`statements_missing_translations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`statements_missing_translations_value_idx\` ON \`statements_missing_translations\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_statements_v_version_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_statements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_statements_v_version_missing_translations_order_idx\` ON \`_statements_v_version_missing_translations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_missing_translations_parent_idx\` ON \`_statements_v_version_missing_translations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_missing_translations_value_idx\` ON \`_statements_v_version_missing_translations\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`programmes_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programmes_missing_translations_order_idx\` ON \`programmes_missing_translations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`programmes_missing_translations_parent_idx\` ON \`programmes_missing_translations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programmes_missing_translations_value_idx\` ON \`programmes_missing_translations\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_programmes_v_version_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_missing_translations_order_idx\` ON \`_programmes_v_version_missing_translations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_missing_translations_parent_idx\` ON \`_programmes_v_version_missing_translations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_missing_translations_value_idx\` ON \`_programmes_v_version_missing_translations\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`facts_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`facts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`facts_missing_translations_order_idx\` ON \`facts_missing_translations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`facts_missing_translations_parent_idx\` ON \`facts_missing_translations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`facts_missing_translations_value_idx\` ON \`facts_missing_translations\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`countries_missing_translations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`countries_missing_translations_order_idx\` ON \`countries_missing_translations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`countries_missing_translations_parent_idx\` ON \`countries_missing_translations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_missing_translations_value_idx\` ON \`countries_missing_translations\` (\`value\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`news_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`statements_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`_statements_v_version_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`programmes_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_version_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`facts_missing_translations\`;`)
  await db.run(sql`DROP TABLE \`countries_missing_translations\`;`)
}
