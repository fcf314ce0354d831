import { createClient, type Client, type Config as ClientConfig } from '@libsql/client'
import type { Payload } from 'payload'

import { locales } from '@/i18n/locales'
import type { FullTextIndex } from '@/lib/search/fullText'
import type { SqliteClients } from './sqlite'
import { foldedTextField, officeTokens, searchedCollections } from '@/lib/search/types'

/**
 * Site search on SQLite's FTS5 (imported by payload.config.ts only: the rest of the app reaches
 * it through lib/search/fullText.ts). Hand-written because neither Payload nor its search
 * plugin has a full-text index for SQLite.
 *
 * `search_fts` indexes each `search` entry's folded text per locale (the plugin's entries hold
 * it: lib/search/plugin.ts) in two columns, its title (the folded text's first line) and all of
 * it, so a title match ranks first (bm25, weights 10 and 1). It stores no copy of the text
 * (contentless) and triggers on `search` keep it in step with every write, whoever makes it:
 * the plugin's sync, a reindex, seed:bulk. Folded text and folded query words meet in FTS5's
 * unicode61 tokenizer, which then only splits words; a query word matches word starts
 * ("gocmen" finds "göçmenlere"), every word must match.
 *
 * Payload's schema push (development and tests) would drop tables it does not know, so the
 * index is dropped before a push and built again after it (lib/db/sqlite.ts); in production
 * it is built once, on the first start that lacks it or whose locales changed.
 */
export const table = 'search_fts'
const triggers = ['insert', 'update', 'delete'].map((event) => `${table}_${event}`)
const titleColumn = (locale: string) => `title_${locale}`
/** The `search` table's column for a locale's folded text (Payload writes `text_en` for `text_en`). */
const textColumn = (locale: string) => foldedTextField(locale as never)
const columns = locales.flatMap((locale) => [titleColumn(locale), textColumn(locale)])

const firstLine = (column: string) => `CASE WHEN instr(${column}, char(10)) > 0 THEN substr(${column}, 1, instr(${column}, char(10)) - 1) ELSE ${column} END`
const valuesOf = (row: string) => locales.flatMap((locale) => [firstLine(`${row}.${textColumn(locale)}`), `${row}.${textColumn(locale)}`]).join(', ')
/** What ranking needs besides the text, in rows of a few bytes: reading it from `search` itself (rows of kilobytes) was 130 of 190 ms for 58,000 matches. */
const rankTable = `${table}_rank`
const insertRow = (row: string) =>
  `INSERT INTO ${table}(rowid, ${columns.join(', ')}) VALUES (${row}.id, ${valuesOf(row)}); INSERT INTO ${rankTable}(id, priority, date, offices) VALUES (${row}.id, ${row}.priority, ${row}.date, ${row}.offices);`
const deleteRow = (row: string) => `DELETE FROM ${table} WHERE rowid = ${row}.id; DELETE FROM ${rankTable} WHERE id = ${row}.id;`

export const dropStatements = [...triggers.map((name) => `DROP TRIGGER IF EXISTS ${name}`), `DROP TABLE IF EXISTS ${table}`, `DROP TABLE IF EXISTS ${rankTable}`]

const rankColumns = ['id', 'priority', 'date', 'offices']

const createStatements = [
  `CREATE VIRTUAL TABLE ${table} USING fts5(${columns.join(', ')}, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='2 3')`,
  `CREATE TABLE ${rankTable} (id INTEGER PRIMARY KEY, priority REAL, date TEXT, offices TEXT)`,
  `CREATE TRIGGER ${table}_insert AFTER INSERT ON search BEGIN ${insertRow('new')} END`,
  `CREATE TRIGGER ${table}_update AFTER UPDATE ON search BEGIN ${deleteRow('old')} ${insertRow('new')} END`,
  `CREATE TRIGGER ${table}_delete AFTER DELETE ON search BEGIN ${deleteRow('old')} END`,
  `INSERT INTO ${table}(rowid, ${columns.join(', ')}) SELECT id, ${valuesOf('search')} FROM search`,
  `INSERT INTO ${rankTable}(id, priority, date, offices) SELECT id, priority, date, offices FROM search`,
]

async function isCurrent(client: Client): Promise<boolean> {
  const present = (await client.execute(`SELECT name FROM pragma_table_info('${table}')`)).rows.map((row) => String(row.name))
  if (present.join(',') !== columns.join(',')) return false
  const ranked = (await client.execute(`SELECT name FROM pragma_table_info('${rankTable}')`)).rows.map((row) => String(row.name))
  if (ranked.join(',') !== rankColumns.join(',')) return false
  const { rows } = await client.execute({
    sql: `SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name IN (${triggers.map(() => '?').join(', ')})`,
    args: triggers,
  })
  return Number(rows[0].n) === triggers.length
}

/** Builds the index (in one transaction) unless it is there with the platform's locales. */
export async function ensureSqliteFullText(client: Client): Promise<'kept' | 'built'> {
  if (await isCurrent(client)) return 'kept'
  await client.batch([...dropStatements, ...createStatements], 'write')
  return 'built'
}

/** Drops the index (before Payload's schema push, which would otherwise offer to drop it). */
export async function dropSqliteFullText(clientConfig: ClientConfig): Promise<void> {
  const client = createClient(clientConfig)
  try {
    await client.batch(dropStatements, 'write')
  } finally {
    client.close()
  }
}

/** The search's own thread when the server has one (lib/db/sqlite.ts), else the adapter's client. */
const clientOf = (payload: Payload) => {
  const adapter = payload.db as unknown as SqliteClients
  return adapter.searchClient ?? adapter.client
}

/** A query word as an FTS5 prefix phrase; words are letters and digits only (queryTerms). */
const phrase = (term: string) => `"${term.replaceAll('"', '')}"*`

export const sqliteFullText: FullTextIndex = {
  name: 'sqlite-fts5',
  async search(payload, { locale, terms, collection, offices, limit, offset }) {
    if (terms.length === 0) return { ids: [], total: 0 }
    const match = `{${titleColumn(locale)} ${textColumn(locale)}} : (${terms.map(phrase).join(' AND ')})`
    const weights = locales.flatMap((l) => (l === locale ? [10, 1] : [0, 0])).join(', ')
    if (collection && !searchedCollections.includes(collection)) return { ids: [], total: 0 }
    const byCollection = collection ? `JOIN search_rels r ON r.parent_id = s.id AND r.path = 'doc' AND r.${collection}_id IS NOT NULL` : ''
    // bm25() is only allowed in the full-text query itself: rank there, join and count outside.
    const matches = `WITH m AS MATERIALIZED (SELECT rowid AS id, bm25(${table}, ${weights}) AS rank FROM ${table} WHERE ${table} MATCH ?)`
    // A site's search: its offices' entries and global facts (tokens " 12 ", " global ": lib/search/types.ts).
    const tokens = offices ? officeTokens(offices) : []
    const byOffice = offices ? `WHERE (${tokens.map(() => 'instr(s.offices, ?) > 0').join(' OR ')})` : ''
    const from = `FROM m JOIN ${rankTable} s ON s.id = m.id ${byCollection} ${byOffice}`
    const client = clientOf(payload)
    const { rows } = await client.execute({
      sql: `${matches} SELECT s.id AS id, ${collection ? `r.${collection}_id` : 'NULL'} AS doc, count(*) OVER () AS total ${from} ORDER BY m.rank - coalesce(s.priority, 0) / 10.0, s.date DESC, s.id DESC LIMIT ? OFFSET ?`,
      args: [match, ...tokens, limit, offset],
    })
    if (rows.length > 0)
      return {
        ids: rows.map((row) => Number(row.id)),
        total: Number(rows[0].total),
        ...(collection ? { docIds: rows.map((row) => Number(row.doc)) } : {}),
      }
    if (offset === 0) return { ids: [], total: 0 }
    const counted = await client.execute({
      sql: `${matches} SELECT count(*) AS total ${from}`,
      args: [match, ...tokens],
    })
    return { ids: [], total: Number(counted.rows[0].total) }
  },
}
