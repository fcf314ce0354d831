import { parse } from 'csv-parse/sync'
import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { isAdmin } from '@/access/offices'
import { refusalMessage } from '@/lib/refuse'

/** At most this many rows per import (an office's old site has hundreds of addresses; more: split the file). */
export const maxImportRows = 5000

export type ImportResult = { created: number; errors: { line: number; message: string }[] }

type Row = Record<string, string | undefined>

/**
 * Redirects for the addresses of the agency's old sites, from a CSV file with a header row:
 * `from,to[,site]`, e.g. `/en/who-we-are,/en/who-we-are,turkiye` or `/old/page,https://…`
 * (lib/redirects/plugin.ts). Each row is created on its own through the collection, so every
 * rule applies (one form of path, no loop, one record per address and site, the site known):
 * a refused row is reported by its line in the file and the others are kept. Parsed with
 * csv-parse (quoted fields, a byte-order mark, CRLF). `user` null: trusted server code (the script).
 */
export async function importRedirects(
  payload: Payload,
  csv: string,
  user: PayloadRequest['user'] | null,
  req?: Pick<PayloadRequest, 'i18n'>,
): Promise<ImportResult | { problem: string }> {
  let rows: Row[]
  try {
    rows = parse(csv, {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
    }) as Row[]
  } catch (error) {
    return { problem: refusalMessage(req, 'redirectImportFormat', { reason: error instanceof Error ? error.message : String(error) }) }
  }
  if (rows.length > maxImportRows) return { problem: refusalMessage(req, 'redirectImportSize', { max: maxImportRows }) }
  if (rows.length > 0 && (!('from' in rows[0]) || !('to' in rows[0])))
    return { problem: refusalMessage(req, 'redirectImportFormat', { reason: 'the header row must name the columns from and to' }) }
  const result: ImportResult = { created: 0, errors: [] }
  for (const [index, row] of rows.entries()) {
    const line = index + 2
    try {
      await payload.create({
        collection: 'redirects' as never,
        data: { from: row.from ?? '', to: { type: 'custom', url: row.to ?? '' }, ...(row.site ? { site: row.site } : {}) } as never,
        ...(user ? { user, overrideAccess: false } : { overrideAccess: true }),
      })
      result.created++
    } catch (error) {
      const data = (error as { data?: { errors?: { message: string }[] } }).data
      result.errors.push({ line, message: data?.errors?.map((e) => e.message).join('; ') || (error instanceof Error ? error.message : String(error)) })
    }
  }
  return result
}

/** POST /api/redirects/import with `{ "csv": "from,to,site\n…" }` (JSON, as every write of the REST API): admins only. */
export const importRedirectsEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!isAdmin(req.user)) return Response.json({ errors: [{ message: refusalMessage(req, 'redirectImportAdmin') }] }, { status: 403 })
    const body = (await req.json?.().catch(() => null)) as { csv?: unknown } | null
    if (typeof body?.csv !== 'string')
      return Response.json({ errors: [{ message: refusalMessage(req, 'redirectImportFormat', { reason: 'send {"csv": "<the file>"}' }) }] }, { status: 400 })
    const result = await importRedirects(req.payload, body.csv, req.user, req)
    if ('problem' in result) return Response.json({ errors: [{ message: result.problem }] }, { status: 400 })
    return Response.json(result, { status: result.created === 0 && result.errors.length > 0 ? 400 : 200 })
  },
}
