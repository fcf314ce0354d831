import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sites_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_languages_order_idx\` ON \`sites_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sites_languages_parent_idx\` ON \`sites_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites_sections_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text DEFAULT 'route' NOT NULL,
  	\`route\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sites_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_sections_links_order_idx\` ON \`sites_sections_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sites_sections_links_parent_id_idx\` ON \`sites_sections_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites_sections_links_locales\` (
  	\`label\` text NOT NULL,
  	\`url\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sites_sections_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sites_sections_links_locales_locale_parent_id_unique\` ON \`sites_sections_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_sections_links_locales_parent_idx\` ON \`sites_sections_links_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text DEFAULT 'route' NOT NULL,
  	\`route\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_sections_order_idx\` ON \`sites_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sites_sections_parent_id_idx\` ON \`sites_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites_sections_locales\` (
  	\`label\` text NOT NULL,
  	\`url\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sites_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sites_sections_locales_locale_parent_id_unique\` ON \`sites_sections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_sections_locales_parent_idx\` ON \`sites_sections_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites_columns_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text DEFAULT 'route' NOT NULL,
  	\`route\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sites_columns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_columns_links_order_idx\` ON \`sites_columns_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sites_columns_links_parent_id_idx\` ON \`sites_columns_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites_columns_links_locales\` (
  	\`label\` text NOT NULL,
  	\`url\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sites_columns_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sites_columns_links_locales_locale_parent_id_unique\` ON \`sites_columns_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_columns_links_locales_parent_idx\` ON \`sites_columns_links_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites_columns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_columns_order_idx\` ON \`sites_columns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sites_columns_parent_id_idx\` ON \`sites_columns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites_columns_locales\` (
  	\`heading\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sites_columns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sites_columns_locales_locale_parent_id_unique\` ON \`sites_columns_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_columns_locales_parent_idx\` ON \`sites_columns_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`default_language\` text DEFAULT 'en' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sites_key_idx\` ON \`sites\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`sites_updated_at_idx\` ON \`sites\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sites_created_at_idx\` ON \`sites\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sites_locales\` (
  	\`name\` text NOT NULL,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sites_locales_locale_parent_id_unique\` ON \`sites_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_locales_parent_idx\` ON \`sites_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_texts_order_parent\` ON \`sites_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`countries_id\` integer,
  	\`news_id\` integer,
  	\`statements_id\` integer,
  	\`programmes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`statements_id\`) REFERENCES \`statements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programmes_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_rels_order_idx\` ON \`sites_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sites_rels_parent_idx\` ON \`sites_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_rels_path_idx\` ON \`sites_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`sites_rels_countries_id_idx\` ON \`sites_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_rels_news_id_idx\` ON \`sites_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_rels_statements_id_idx\` ON \`sites_rels\` (\`statements_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_rels_programmes_id_idx\` ON \`sites_rels\` (\`programmes_id\`);`)
  await db.run(sql`ALTER TABLE \`search\` ADD \`offices\` text;`)
  await db.run(sql`ALTER TABLE \`search\` ADD \`text_az\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sites_id\` integer REFERENCES sites(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`)
  await db.run(fillSearchOffices)
  await db.run(defaultSite)
  await db.run(defaultSiteName)
  await db.run(defaultSiteLanguages)
  await db.run(defaultSiteOffices)
}

/**
 * Index entries written before get their document's offices (lib/search/types.ts, officesText:
 * " 12 ", " 12 15 " for a programme, " global " for a global fact): a site's search asks for its
 * own. Their Azerbaijani text and the folding of ə come with the next save of each document, or
 * at once with the admin's Reindex (Search index): docs/scaling.md.
 */
const fillSearchOffices = sql`UPDATE search SET offices = (
  SELECT CASE
    WHEN r.news_id IS NOT NULL THEN (SELECT ' ' || n.country_id || ' ' FROM news n WHERE n.id = r.news_id)
    WHEN r.statements_id IS NOT NULL THEN (SELECT ' ' || s.country_id || ' ' FROM statements s WHERE s.id = r.statements_id)
    WHEN r.countries_id IS NOT NULL THEN ' ' || r.countries_id || ' '
    WHEN r.facts_id IS NOT NULL THEN (SELECT CASE WHEN f.scope = 'global' THEN ' global ' ELSE ' ' || f.country_id || ' ' END FROM facts f WHERE f.id = r.facts_id)
    WHEN r.programmes_id IS NOT NULL THEN (SELECT ' ' || group_concat(pr.countries_id, ' ') || ' ' FROM programmes_rels pr WHERE pr.parent_id = r.programmes_id AND pr.path = 'countries')
  END
  FROM search_rels r WHERE r.parent_id = search.id AND r.path = 'doc' LIMIT 1)`

/**
 * An installation with content keeps serving it: one site, "main", at SERVER_URL with every
 * office, in English and Turkish, as before sites existed. A fresh database (no office yet) gets
 * its sites from the seed or the admin. Plain SQL: the migration's tables are not visible to
 * Payload's API until it commits.
 */
const origin = () => new URL(process.env.SERVER_URL ?? 'http://localhost:3000').origin
const defaultSite = sql`INSERT INTO sites (key, url, default_language) SELECT 'main', ${origin()}, 'en' WHERE EXISTS (SELECT 1 FROM countries)`
const defaultSiteName = sql`INSERT INTO sites_locales (name, _locale, _parent_id) SELECT 'Köprü', 'en', id FROM sites WHERE key = 'main'`
const defaultSiteLanguages = sql`INSERT INTO sites_languages ("order", parent_id, value) SELECT l."order", s.id, l.value FROM sites s, (SELECT 1 AS "order", 'en' AS value UNION ALL SELECT 2, 'tr') l WHERE s.key = 'main'`
const defaultSiteOffices = sql`INSERT INTO sites_rels ("order", parent_id, path, countries_id) SELECT row_number() OVER (ORDER BY c.id), s.id, 'offices', c.id FROM sites s, countries c WHERE s.key = 'main'`

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sites_languages\`;`)
  await db.run(sql`DROP TABLE \`sites_sections_links\`;`)
  await db.run(sql`DROP TABLE \`sites_sections_links_locales\`;`)
  await db.run(sql`DROP TABLE \`sites_sections\`;`)
  await db.run(sql`DROP TABLE \`sites_sections_locales\`;`)
  await db.run(sql`DROP TABLE \`sites_columns_links\`;`)
  await db.run(sql`DROP TABLE \`sites_columns_links_locales\`;`)
  await db.run(sql`DROP TABLE \`sites_columns\`;`)
  await db.run(sql`DROP TABLE \`sites_columns_locales\`;`)
  await db.run(sql`DROP TABLE \`sites\`;`)
  await db.run(sql`DROP TABLE \`sites_locales\`;`)
  await db.run(sql`DROP TABLE \`sites_texts\`;`)
  await db.run(sql`DROP TABLE \`sites_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`statements_id\` integer,
  	\`programmes_id\` integer,
  	\`facts_id\` integer,
  	\`countries_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`search_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`statements_id\`) REFERENCES \`statements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programmes_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`facts_id\`) REFERENCES \`facts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "statements_id", "programmes_id", "facts_id", "countries_id", "media_id", "users_id", "search_id") SELECT "id", "order", "parent_id", "path", "news_id", "statements_id", "programmes_id", "facts_id", "countries_id", "media_id", "users_id", "search_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_statements_id_idx\` ON \`payload_locked_documents_rels\` (\`statements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_facts_id_idx\` ON \`payload_locked_documents_rels\` (\`facts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_countries_id_idx\` ON \`payload_locked_documents_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
  await db.run(sql`ALTER TABLE \`search\` DROP COLUMN \`offices\`;`)
  await db.run(sql`ALTER TABLE \`search\` DROP COLUMN \`text_az\`;`)
}
