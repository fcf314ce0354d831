import type { Client } from '@libsql/client'

/**
 * SQLite plans queries better with statistics (sqlite_stat1), and without them it guessed
 * wrong on one shape that every save runs: the slug check over the latest versions
 * (`latest = 1 AND version_slug = ?`, ordered by date) walked all 50,000 latest versions by the
 * date index instead of looking the slug up, 410-440 ms for each of its 4 queries: a save took
 * 1.8 s at 50,000 news. With statistics the same save took 70-120 ms (docs/scaling.md).
 *
 * `PRAGMA optimize` analyses only the tables that need it (never analysed, or grown or shrunk
 * a lot), each from at most `analysis_limit` rows of each index: 17 ms for the versions of
 * 50,000 news. It runs when the server connects and every hour after, as SQLite advises for
 * long-running processes. Imported by the SQLite adapter's wrapper only (lib/db/sqliteFullText.ts).
 */
export const statisticsEveryMs = 60 * 60 * 1000

export async function refreshStatistics(client: Client): Promise<void> {
  await client.execute('PRAGMA analysis_limit = 400')
  // libsql's SQLite (3.45) optimises only tables analysed before or queried in this connection:
  // on a database that never had statistics (a bulk import, a copy), run at connect it did
  // nothing, and every save took ~1 s at 50,000 news until the hourly run. Such a database is
  // analysed at once: 174 ms for 62,000 documents (1.8 GB), within the same row limit.
  const analysed = (await client.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")).rows.length > 0
  if (!analysed) {
    await client.execute('ANALYZE')
    return
  }
  // An index added since (a migration) has no statistics, and `optimize` leaves it so until its
  // table changes a lot: the planner then preferred an older index, and the admin's search by title
  // kept reading every version's row (460 ms at 50,000 news) past the index made for it. Each such
  // index is analysed on its own (an empty table's index stays without: it has nothing to count).
  const unanalysed = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name NOT IN (SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL)",
  )
  for (const row of unanalysed.rows) await client.execute(`ANALYZE "${String(row.name).replace(/"/g, '""')}"`)
  await client.execute('PRAGMA optimize = 0x10002')
}

export function keepStatistics(client: Client, log: (message: string) => void): void {
  const timer = setInterval(() => {
    refreshStatistics(client).catch((error: unknown) => log(`SQLite statistics not refreshed: ${String(error)}`))
  }, statisticsEveryMs)
  timer.unref()
}
