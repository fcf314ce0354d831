import type { Payload } from 'payload'

/**
 * SQLite query plans of what the code issues: every statement run while `work` runs is
 * recorded with its arguments, then explained (EXPLAIN QUERY PLAN). SQLite-only, for tests
 * and the bench (the app itself never depends on the database).
 */
export type Statement = { sql: string; args: unknown[]; ms: number }

type Client = { execute: (statement: unknown, args?: unknown) => Promise<{ rows: unknown[] }> }

const clientOf = (payload: Payload) => (payload.db as unknown as { client: Client }).client

export async function recordStatements(payload: Payload, work: () => Promise<unknown>): Promise<Statement[]> {
  const client = clientOf(payload)
  const original = client.execute
  const statements: Statement[] = []
  client.execute = async function (this: Client, statement: unknown, args?: unknown) {
    const started = performance.now()
    try {
      return await original.call(this, statement, args)
    } finally {
      const { sql, args: bound } = typeof statement === 'string' ? { sql: statement, args: (args as unknown[]) ?? [] } : (statement as { sql: string; args?: unknown[] })
      statements.push({ sql, args: Array.isArray(bound) ? bound : [], ms: performance.now() - started })
    }
  }
  try {
    await work()
  } finally {
    client.execute = original
  }
  return statements
}

type PlanRow = { id: number; parent: number; detail: string }

async function planRows(payload: Payload, { sql, args }: Pick<Statement, 'sql' | 'args'>): Promise<PlanRow[]> {
  const { rows } = await clientOf(payload).execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args })
  return rows.map((row) => {
    const r = row as unknown as { id: unknown; parent: unknown; detail: unknown }
    return { id: Number(r.id), parent: Number(r.parent), detail: String(r.detail) }
  })
}

/** The plan's lines ("SCAN news", "SEARCH news USING INDEX …", "USE TEMP B-TREE FOR ORDER BY"). */
export async function planOf(payload: Payload, statement: Pick<Statement, 'sql' | 'args'>): Promise<string[]> {
  return (await planRows(payload, statement)).map((row) => row.detail)
}

/**
 * A sort of the statement's own rows (not of a per-row subquery's few), when the statement
 * reads a large table: every match is read, with its locales and relations, before the first
 * is returned. What indexes in the sort's order avoid.
 */
export async function sortsItsRows(payload: Payload, statement: Pick<Statement, 'sql' | 'args'>, largeTables: string[]): Promise<string | null> {
  const rows = await planRows(payload, statement)
  const readsLarge = rows.some((row) => row.parent === 0 && largeTables.some((t) => new RegExp(`^(SCAN|SEARCH) ${t}\\b`).test(row.detail)))
  const sort = rows.find((row) => row.parent === 0 && /^USE TEMP B-TREE FOR (ORDER BY|RIGHT PART OF ORDER BY|LAST TERM OF ORDER BY)/.test(row.detail))
  return readsLarge && sort ? sort.detail : null
}

const normal = (name: string) => name.toLowerCase().replaceAll('_', '')

/**
 * Full scans of large tables in a plan: the shape that made a deep list page take 30-80 s
 * (every row's locales and relations computed before the sort), and a per-row subquery that
 * scans is as bad. Plans name tables by their alias (`news__locales` for news_locales); a scan
 * of a co-routine (a subquery's few rows) is not a table scan. The caller names the large tables.
 */
export function fullScans(plan: string[], largeTables: string[]): string[] {
  const coroutines = new Set(plan.flatMap((line) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(line.trim())?.slice(1) ?? []).map(normal))
  const large = new Set(largeTables.map(normal))
  return plan.filter((line) => {
    const match = /^SCAN (\S+)/.exec(line.trim())
    if (!match || coroutines.has(normal(match[1]))) return false
    return large.has(normal(match[1])) && !/USING (COVERING )?INDEX/.test(line)
  })
}

/** A full scan of a large table whose rows are then sorted in a temporary tree. */
export function fullScanThenSort(plan: string[], largeTables: string[]): string | null {
  const sorted = plan.some((line) => /USE TEMP B-TREE FOR (ORDER BY|RIGHT PART OF ORDER BY|LAST TERM OF ORDER BY)/.test(line))
  return sorted ? (fullScans(plan, largeTables)[0] ?? null) : null
}
