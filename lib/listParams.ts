import { z } from 'zod'

import { statementKinds } from '@/collections/Statements/kinds'
import { searchedCollections } from './search/types'
import { slugPattern } from './slugify'

/**
 * Query parameters of the public lists (?page=2&country=TR&year=2022&kind=speech&programme=…).
 * Anything malformed makes the page answer 404 with the localized not-found page, never a 500.
 * Unknown parameters (utm_*, fbclid…) are ignored.
 */
const single = z.string().trim().max(120)

export const listParamsSchema = z.object({
  page: single
    .regex(/^\d{1,4}$/)
    .transform(Number)
    .pipe(z.number().int().min(1))
    .default(1),
  country: single
    .regex(/^[A-Za-z]{2}$/)
    .transform((code) => code.toUpperCase())
    .optional(),
  year: single
    .regex(/^\d{4}$/)
    .transform(Number)
    .pipe(z.number().int().min(1951).max(2100))
    .optional(),
  kind: z.enum(statementKinds).optional(),
  programme: single.regex(slugPattern).optional(),
})

export type ListParams = z.output<typeof listParamsSchema>

type SearchParams = Record<string, string | string[] | undefined>

/** The validated parameters, or null when one is malformed (repeated, wrong type, out of range). */
export function parseListParams(searchParams: SearchParams, allowed: (keyof ListParams)[]): ListParams | null {
  const picked: Record<string, unknown> = {}
  for (const key of allowed) {
    const value = searchParams[key]
    if (value === undefined || value === '') continue
    if (Array.isArray(value)) return null
    picked[key] = value
  }
  const result = listParamsSchema.safeParse(picked)
  return result.success ? result.data : null
}

/** The query string of a list page with these parameters (defaults left out). */
export function listQuery(params: Partial<ListParams>): string {
  const entries = Object.entries(params).filter(([key, value]) => value !== undefined && !(key === 'page' && value === 1))
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`
}

/** Query parameters of the search page (?q=göçmen&type=news&page=2). */
export const searchParamsSchema = z.object({
  q: z.string().trim().max(200).default(''),
  page: single
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .pipe(z.number().int().min(1))
    .default(1),
  type: z.enum(searchedCollections).optional(),
})

export type SearchQuery = z.output<typeof searchParamsSchema>

/** The validated search parameters, or null when one is malformed (repeated, too long, unknown type). */
export function parseSearchParams(searchParams: SearchParams): SearchQuery | null {
  const picked: Record<string, unknown> = {}
  for (const key of ['q', 'page', 'type'] as const) {
    const value = searchParams[key]
    if (value === undefined || value === '') continue
    if (Array.isArray(value)) return null
    picked[key] = value
  }
  const result = searchParamsSchema.safeParse(picked)
  return result.success ? result.data : null
}
