import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news\` ADD \`review_status\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`news_review_status_idx\` ON \`news\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`news_last_edited_by_idx\` ON \`news\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_review_status\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_review_status_idx\` ON \`_news_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_last_edited_by_idx\` ON \`_news_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`statements\` ADD \`review_status\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`statements\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`statements\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`statements_review_status_idx\` ON \`statements\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`statements_last_edited_by_idx\` ON \`statements\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_statements_v\` ADD \`version_review_status\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`_statements_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_statements_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version_review_status_idx\` ON \`_statements_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version_last_edited_by_idx\` ON \`_statements_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`review_status\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`programmes_review_status_idx\` ON \`programmes\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`programmes_last_edited_by_idx\` ON \`programmes\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` ADD \`version_review_status\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_review_status_idx\` ON \`_programmes_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_last_edited_by_idx\` ON \`_programmes_v\` (\`version_last_edited_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`published_date\` text,
  	\`country_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news\`("id", "hero_image_id", "published_date", "country_id", "updated_at", "created_at", "_status") SELECT "id", "hero_image_id", "published_date", "country_id", "updated_at", "created_at", "_status" FROM \`news\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`news_hero_hero_image_idx\` ON \`news\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_date_idx\` ON \`news\` (\`published_date\`);`)
  await db.run(sql`CREATE INDEX \`news_country_idx\` ON \`news\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_published_date\` text,
  	\`version_country_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_hero_image_id", "version_published_date", "version_country_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_hero_image_id", "version_published_date", "version_country_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_hero_version_hero_image_idx\` ON \`_news_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_date_idx\` ON \`_news_v\` (\`version_published_date\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_country_idx\` ON \`_news_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_statements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'statement',
  	\`speaker_name\` text,
  	\`date\` text,
  	\`country_id\` integer,
  	\`pdf_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_statements\`("id", "kind", "speaker_name", "date", "country_id", "pdf_id", "updated_at", "created_at", "_status") SELECT "id", "kind", "speaker_name", "date", "country_id", "pdf_id", "updated_at", "created_at", "_status" FROM \`statements\`;`)
  await db.run(sql`DROP TABLE \`statements\`;`)
  await db.run(sql`ALTER TABLE \`__new_statements\` RENAME TO \`statements\`;`)
  await db.run(sql`CREATE INDEX \`statements_date_idx\` ON \`statements\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`statements_country_idx\` ON \`statements\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`statements_pdf_idx\` ON \`statements\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`statements_updated_at_idx\` ON \`statements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`statements_created_at_idx\` ON \`statements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`statements__status_idx\` ON \`statements\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__statements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'statement',
  	\`version_speaker_name\` text,
  	\`version_date\` text,
  	\`version_country_id\` integer,
  	\`version_pdf_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`statements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__statements_v\`("id", "parent_id", "version_kind", "version_speaker_name", "version_date", "version_country_id", "version_pdf_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_speaker_name", "version_date", "version_country_id", "version_pdf_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_statements_v\`;`)
  await db.run(sql`DROP TABLE \`_statements_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__statements_v\` RENAME TO \`_statements_v\`;`)
  await db.run(sql`CREATE INDEX \`_statements_v_parent_idx\` ON \`_statements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version_date_idx\` ON \`_statements_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version_country_idx\` ON \`_statements_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version_pdf_idx\` ON \`_statements_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version_updated_at_idx\` ON \`_statements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version_created_at_idx\` ON \`_statements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version__status_idx\` ON \`_statements_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_created_at_idx\` ON \`_statements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_updated_at_idx\` ON \`_statements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_snapshot_idx\` ON \`_statements_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_published_locale_idx\` ON \`_statements_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_latest_idx\` ON \`_statements_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_programmes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`since\` numeric,
  	\`status\` text DEFAULT 'active',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_programmes\`("id", "since", "status", "updated_at", "created_at", "_status") SELECT "id", "since", "status", "updated_at", "created_at", "_status" FROM \`programmes\`;`)
  await db.run(sql`DROP TABLE \`programmes\`;`)
  await db.run(sql`ALTER TABLE \`__new_programmes\` RENAME TO \`programmes\`;`)
  await db.run(sql`CREATE INDEX \`programmes_updated_at_idx\` ON \`programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes_created_at_idx\` ON \`programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes__status_idx\` ON \`programmes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__programmes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_since\` numeric,
  	\`version_status\` text DEFAULT 'active',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__programmes_v\`("id", "parent_id", "version_since", "version_status", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_since", "version_status", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_programmes_v\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__programmes_v\` RENAME TO \`_programmes_v\`;`)
  await db.run(sql`CREATE INDEX \`_programmes_v_parent_idx\` ON \`_programmes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_updated_at_idx\` ON \`_programmes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_created_at_idx\` ON \`_programmes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version__status_idx\` ON \`_programmes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_created_at_idx\` ON \`_programmes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_updated_at_idx\` ON \`_programmes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_snapshot_idx\` ON \`_programmes_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_published_locale_idx\` ON \`_programmes_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_latest_idx\` ON \`_programmes_v\` (\`latest\`);`)
}
