import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`news_meta_meta_image_idx\` ON \`news_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_meta_version_meta_image_idx\` ON \`_news_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`statements_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`statements_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`statements_locales\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`statements_meta_meta_image_idx\` ON \`statements_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_statements_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_statements_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_statements_v_locales\` ADD \`version_meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_meta_version_meta_image_idx\` ON \`_statements_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`programmes_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`programmes_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`programmes_locales\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`programmes_meta_meta_image_idx\` ON \`programmes_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_programmes_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_programmes_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_programmes_v_locales\` ADD \`version_meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_meta_version_meta_image_idx\` ON \`_programmes_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`countries_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`countries_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`countries_locales\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`countries_meta_meta_image_idx\` ON \`countries_locales\` (\`meta_image_id\`,\`_locale\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_news_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`excerpt\` text,
  	\`body\` text,
  	\`hero_caption\` text,
  	\`dateline\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news_locales\`("title", "slug", "excerpt", "body", "hero_caption", "dateline", "id", "_locale", "_parent_id") SELECT "title", "slug", "excerpt", "body", "hero_caption", "dateline", "id", "_locale", "_parent_id" FROM \`news_locales\`;`)
  await db.run(sql`DROP TABLE \`news_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_news_locales\` RENAME TO \`news_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`news_slug_idx\` ON \`news_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_locales_locale_parent_id_unique\` ON \`news_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_locales_parent_idx\` ON \`news_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_excerpt\` text,
  	\`version_body\` text,
  	\`version_hero_caption\` text,
  	\`version_dateline\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v_locales\`("version_title", "version_slug", "version_excerpt", "version_body", "version_hero_caption", "version_dateline", "id", "_locale", "_parent_id") SELECT "version_title", "version_slug", "version_excerpt", "version_body", "version_hero_caption", "version_dateline", "id", "_locale", "_parent_id" FROM \`_news_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v_locales\` RENAME TO \`_news_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_news_v_locales_locale_parent_id_unique\` ON \`_news_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_locales_parent_idx\` ON \`_news_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_statements_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`body\` text,
  	\`speaker_role\` text,
  	\`occasion\` text,
  	\`dateline\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`statements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_statements_locales\`("title", "slug", "body", "speaker_role", "occasion", "dateline", "id", "_locale", "_parent_id") SELECT "title", "slug", "body", "speaker_role", "occasion", "dateline", "id", "_locale", "_parent_id" FROM \`statements_locales\`;`)
  await db.run(sql`DROP TABLE \`statements_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_statements_locales\` RENAME TO \`statements_locales\`;`)
  await db.run(sql`CREATE INDEX \`statements_slug_idx\` ON \`statements_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`statements_locales_locale_parent_id_unique\` ON \`statements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`statements_locales_parent_idx\` ON \`statements_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__statements_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_body\` text,
  	\`version_speaker_role\` text,
  	\`version_occasion\` text,
  	\`version_dateline\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_statements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__statements_v_locales\`("version_title", "version_slug", "version_body", "version_speaker_role", "version_occasion", "version_dateline", "id", "_locale", "_parent_id") SELECT "version_title", "version_slug", "version_body", "version_speaker_role", "version_occasion", "version_dateline", "id", "_locale", "_parent_id" FROM \`_statements_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_statements_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__statements_v_locales\` RENAME TO \`_statements_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_statements_v_version_version_slug_idx\` ON \`_statements_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_statements_v_locales_locale_parent_id_unique\` ON \`_statements_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_statements_v_locales_parent_idx\` ON \`_statements_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_programmes_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_programmes_locales\`("title", "slug", "summary", "body", "id", "_locale", "_parent_id") SELECT "title", "slug", "summary", "body", "id", "_locale", "_parent_id" FROM \`programmes_locales\`;`)
  await db.run(sql`DROP TABLE \`programmes_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_programmes_locales\` RENAME TO \`programmes_locales\`;`)
  await db.run(sql`CREATE INDEX \`programmes_slug_idx\` ON \`programmes_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`programmes_locales_locale_parent_id_unique\` ON \`programmes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programmes_locales_parent_idx\` ON \`programmes_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__programmes_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__programmes_v_locales\`("version_title", "version_slug", "version_summary", "version_body", "id", "_locale", "_parent_id") SELECT "version_title", "version_slug", "version_summary", "version_body", "id", "_locale", "_parent_id" FROM \`_programmes_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__programmes_v_locales\` RENAME TO \`_programmes_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_slug_idx\` ON \`_programmes_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_programmes_v_locales_locale_parent_id_unique\` ON \`_programmes_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_locales_parent_idx\` ON \`_programmes_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_countries_locales\` (
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`office_address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_countries_locales\`("name", "slug", "summary", "body", "office_address", "id", "_locale", "_parent_id") SELECT "name", "slug", "summary", "body", "office_address", "id", "_locale", "_parent_id" FROM \`countries_locales\`;`)
  await db.run(sql`DROP TABLE \`countries_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_countries_locales\` RENAME TO \`countries_locales\`;`)
  await db.run(sql`CREATE INDEX \`countries_slug_idx\` ON \`countries_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`countries_locales_locale_parent_id_unique\` ON \`countries_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`countries_locales_parent_idx\` ON \`countries_locales\` (\`_parent_id\`);`)
}
