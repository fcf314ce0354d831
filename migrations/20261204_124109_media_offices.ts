import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`countries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_rels_order_idx\` ON \`media_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_parent_idx\` ON \`media_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_path_idx\` ON \`media_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_countries_id_idx\` ON \`media_rels\` (\`countries_id\`);`)
  await db.run(fillMediaOffices)
}

/**
 * Records from before the field get the offices of the documents that use them now (as
 * collections/Media/hooks/guards.ts reads them: the published document or its latest draft; upload fields
 * and upload nodes of rich texts in every language; a country page is its own office), so
 * another office's private file is hidden from the first day. A file nothing uses keeps none:
 * all staff see it until a document's save names its offices (access/media.ts).
 */
const richTextImages = (locales: string, column: string) => `
  SELECT l._parent_id AS doc_id, COALESCE(json_extract(j.value, '$.value.id'), json_extract(j.value, '$.value')) AS media_id
  FROM ${locales} l, json_tree(l.${column}) j
  WHERE l.${column} IS NOT NULL AND json_valid(l.${column}) AND j.type = 'object'
    AND json_extract(j.value, '$.type') = 'upload' AND json_extract(j.value, '$.relationTo') = 'media'`

export const fillMediaOffices = sql.raw(`
INSERT INTO media_rels (\`order\`, parent_id, path, countries_id)
SELECT ROW_NUMBER() OVER (PARTITION BY u.media_id ORDER BY u.office_id), u.media_id, 'offices', u.office_id
FROM (
  SELECT hero_image_id AS media_id, country_id AS office_id FROM news WHERE hero_image_id IS NOT NULL
  UNION SELECT version_hero_image_id, version_country_id FROM _news_v WHERE latest = 1 AND version_hero_image_id IS NOT NULL
  UNION SELECT pdf_id, country_id FROM statements WHERE pdf_id IS NOT NULL
  UNION SELECT version_pdf_id, version_country_id FROM _statements_v WHERE latest = 1 AND version_pdf_id IS NOT NULL
  UNION SELECT hero_image_id, id FROM countries WHERE hero_image_id IS NOT NULL
  UNION SELECT i.media_id, d.country_id FROM (${richTextImages('news_locales', 'body')}) i JOIN news d ON d.id = i.doc_id
  UNION SELECT i.media_id, d.version_country_id FROM (${richTextImages('_news_v_locales', 'version_body')}) i JOIN _news_v d ON d.id = i.doc_id AND d.latest = 1
  UNION SELECT i.media_id, d.country_id FROM (${richTextImages('statements_locales', 'body')}) i JOIN statements d ON d.id = i.doc_id
  UNION SELECT i.media_id, d.version_country_id FROM (${richTextImages('_statements_v_locales', 'version_body')}) i JOIN _statements_v d ON d.id = i.doc_id AND d.latest = 1
  UNION SELECT i.media_id, r.countries_id FROM (${richTextImages('programmes_locales', 'body')}) i JOIN programmes_rels r ON r.parent_id = i.doc_id AND r.path = 'countries'
  UNION SELECT i.media_id, r.countries_id FROM (${richTextImages('_programmes_v_locales', 'version_body')}) i JOIN _programmes_v v ON v.id = i.doc_id AND v.latest = 1
    JOIN _programmes_v_rels r ON r.parent_id = v.id AND r.path = 'version.countries'
  UNION SELECT i.media_id, i.doc_id FROM (${richTextImages('countries_locales', 'body')}) i
) u
JOIN media m ON m.id = u.media_id
WHERE u.office_id IS NOT NULL AND u.office_id IN (SELECT id FROM countries);
`)

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_rels\`;`)
}
