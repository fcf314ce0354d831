import { type CollectionBeforeOperationHook, type FlattenedField, type PayloadRequest, type SanitizedCollectionConfig, type SanitizedConfig, type Where } from 'payload'

import { hasRole, isStaff } from '@/access/roles'
import { readByOfficeOf, workflowOfficeWhere } from '@/access/workflowFields'
import { locales } from '@/i18n/locales'
import { getEnv } from '@/lib/env'
import { publicError } from '@/lib/refuse'
import { storedIdPattern } from './ids'
import { slugBranchesAsIds } from './slugLookups'

/**
 * Every query Payload runs for a request (REST, the admin's list views, the local API with a
 * user), checked before the database sees it (a beforeOperation hook on every collection,
 * Payload's own included: see `checkQueriesEverywhere`):
 *
 * - Values that cannot match the field's type are a 400 saying what the field takes: the
 *   database adapters throw on them, and Payload answered 500 ("An unknown error occurred.")
 *   for a relation compared with a non-id, a date with a non-date, a number list holding a
 *   word, `near` on a text field.
 * - Where and sort paths through a relation to users (`lastEditedBy.email`, a lock's
 *   `user.email`) are for admins only: other staff could otherwise learn other accounts'
 *   e-mail addresses and roles one guess at a time (`where[lastEditedBy.email][like]=a…`),
 *   although they may not read those accounts. Trusted server code (overrideAccess) is not
 *   refused: it builds its queries itself.
 * - Workflow fields (review status and comment, last editor, missing translations) are read by
 *   the staff of the document's own offices only (access/workflowFields.ts), but Payload checks
 *   a where, a sort or a distinct on a field without the document, so any staff member could
 *   filter or order another office's published documents by them (`where[reviewComment][like]=…`
 *   one guess at a time). For anyone but an admin, a condition on such a field only matches
 *   documents of one's own offices, and a sort on one lists those only; through a relation
 *   (`programmes.reviewStatus`) they are refused. A `select` of one brings the document's office
 *   along, which the field's read access needs.
 */

const listOperators = new Set(['in', 'not_in', 'all'])
const geoOperators = new Set(['near', 'within', 'intersects'])
const textOperators = new Set(['like', 'not_like', 'contains'])
const relationOperators = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'exists'])

type Problem = string

const bad = (message: string): never => {
  throw publicError(message, 400)
}

function valuesOf(operator: string, value: unknown): unknown[] {
  if (listOperators.has(operator)) {
    if (Array.isArray(value)) return value
    if (typeof value === 'string') return value.split(',')
    return [value]
  }
  return Array.isArray(value) ? value : [value]
}

const isId = (value: unknown) =>
  typeof value === 'number' ? Number.isSafeInteger(value) && getEnv().databaseKind === 'sqlite' : typeof value === 'string' && storedIdPattern(getEnv().databaseKind).test(value)
const isNumber = (value: unknown) => (typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
const isDate = (value: unknown) =>
  value instanceof Date
    ? !Number.isNaN(value.getTime())
    : (typeof value === 'string' || typeof value === 'number') &&
      String(value).trim() !== '' &&
      !Number.isNaN(new Date(value).getTime()) &&
      Math.abs(new Date(value).getFullYear()) < 10_000
const isBoolean = (value: unknown) => typeof value === 'boolean' || value === 'true' || value === 'false' || value === '1' || value === '0'

type Resolved = { field?: FlattenedField; id?: boolean; throughUsers: boolean; related?: boolean }

/** The field a dotted path ends at, and whether it went through a relation to users. */
function resolve(path: string, fields: FlattenedField[], config: SanitizedConfig): Resolved {
  const segments = path.split('.')
  let current: FlattenedField[] | undefined = fields
  let throughUsers = false
  let related = false
  let field: FlattenedField | undefined
  for (let index = 0; index < segments.length; index++) {
    const name = segments[index]
    if (!current) return { throughUsers }
    if (name === 'id' && index === segments.length - 1 && !current.some((candidate) => candidate.name === 'id')) return { id: true, throughUsers }
    field = current.find((candidate) => candidate.name === name)
    // Versions: where[version.title], where[parent]; anything unknown is Payload's to refuse.
    if (!field && index === 0 && name === 'version') continue
    if (!field) return { throughUsers }
    if (index === segments.length - 1) return { field, throughUsers, related }
    if (field.type === 'relationship' || field.type === 'upload') {
      const targets: string[] = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      // A polymorphic relation's own parts (document.relationTo, user.value) are no traversal.
      if (Array.isArray(field.relationTo)) {
        const part = segments[index + 1]
        if (part === 'relationTo') return { throughUsers }
        if (part === 'value') index += 1
        if (index === segments.length - 1) return { throughUsers }
        if (targets.length !== 1) return { throughUsers: throughUsers || targets.includes('users') }
      }
      // Into the linked documents' fields.
      if (targets.includes('users')) throughUsers = true
      related = true
      const target: FlattenedField[] | undefined = config.collections.find((collection) => collection.slug === targets[0])?.flattenedFields
      current = target
      continue
    }
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      current = field.flattenedFields
      continue
    }
    return { throughUsers }
  }
  return { field, throughUsers, related }
}

/** What a value of this field has to look like under this operator, or undefined if any will do. */
function problemWith(path: string, operator: string, value: unknown, resolved: Resolved): Problem | undefined {
  const { field } = resolved
  const type = resolved.id ? 'id' : field?.type
  if (geoOperators.has(operator) && type !== 'point') return `${path}: "${operator}" works on map points only; this field is not one`
  if (operator === 'exists') return isBoolean(value) ? undefined : `${path}: "exists" takes true or false`
  if (operator === 'all' && !(field && 'hasMany' in field && field.hasMany)) return `${path}: "all" works on fields holding several values; use equals or in`
  // The SQL adapters have no "all" for a list of options (a 500, found by the REST fuzzing).
  if (operator === 'all' && field?.type === 'select') return `${path}: "all" is not available on a list of options; use in (any of them), or several equals joined with and`
  if (value === null || value === undefined) return undefined
  if (textOperators.has(operator) && typeof value === 'object') return `${path}: "${operator}" takes a piece of text`
  if (textOperators.has(operator) && type && ['date', 'number', 'checkbox', 'point', 'id'].includes(type)) {
    return `${path}: "${operator}" searches text; for this field use equals, in, greater_than or less_than`
  }
  const values = valuesOf(operator, value)
  const relation = type === 'relationship' || type === 'upload'
  if (relation && !relationOperators.has(operator)) return `${path}: a link to another document takes equals, not_equals, in, not_in, all or exists, not "${operator}"`
  const polymorphic = field && (field.type === 'relationship' || field.type === 'upload') && Array.isArray(field.relationTo)
  const check = (test: (item: unknown) => boolean, what: string) =>
    values.every((item) => item === null || item === 'null' || test(item)) ? undefined : `${path}: ${listOperators.has(operator) ? 'every value' : 'the value'} must be ${what}`
  const anId = `a document id (${getEnv().databaseKind === 'sqlite' ? 'a whole number' : '24 hexadecimal digits'})`
  if (type === 'id' || (relation && !polymorphic)) return check(isId, anId)
  // A link to one of several collections: Payload's SQL adapters take it whole only as equals or
  // not_equals {relationTo, value}; a bare id or a list was a 500 ("Not supported", found by the REST fuzzing).
  if (relation && polymorphic) {
    const { relationTo, value: id } = (typeof value === 'object' && !Array.isArray(value) ? value : {}) as { relationTo?: unknown; value?: unknown }
    const targets = field.relationTo as string[]
    if ((operator === 'equals' || operator === 'not_equals') && typeof relationTo === 'string' && targets.includes(relationTo) && isId(id)) return undefined
    return `${path}: a link to one of several collections (${targets.join(', ')}) is queried by its parts, ${path}.relationTo and ${path}.value, or with equals {"relationTo": "${targets[0]}", "value": ${anId}}`
  }
  if (type === 'number' && !textOperators.has(operator)) return check(isNumber, 'a number, e.g. 42 or 1.5')
  if (type === 'date' && !textOperators.has(operator)) return check(isDate, 'a date, e.g. 2026-01-31 or 2026-01-31T09:00:00Z')
  if (type === 'checkbox' && !textOperators.has(operator)) return check(isBoolean, 'true or false')
  return undefined
}

/** Each condition of a where (a field's path and what it asks), through nested and/or groups. */
function forEachCondition(where: unknown, visit: (path: string, condition: unknown) => void, depth = 0): void {
  if (typeof where !== 'object' || where === null || depth > 20) return
  for (const [key, condition] of Object.entries(where as Where)) {
    if (key === 'and' || key === 'or') {
      for (const part of Array.isArray(condition) ? condition : Object.values(condition ?? {})) forEachCondition(part, visit, depth + 1)
      continue
    }
    visit(key, condition)
  }
}

/** A sort's parts (sort=a,-b or sort[0]=a), each as written and as a path ("__" is "." to the SQL adapters). */
function sortParts(sort: unknown): { part: string; path: string }[] {
  return (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .filter((part): part is string => typeof part === 'string')
    .map((part) => ({ part: part.trim(), path: part.trim().replace(/^-/, '').replace(/__/g, '.') }))
}

function checkWhere(where: unknown, fields: FlattenedField[], config: SanitizedConfig, admin: boolean, problems: Problem[]): void {
  forEachCondition(where, (key, condition) => {
    const resolved = resolve(key, fields, config)
    if (resolved.throughUsers && !admin) {
      problems.push(`${key}: queries through user accounts are for administrators; filter on the account itself (e.g. where[lastEditedBy][equals]=<id>)`)
      return
    }
    if (typeof condition !== 'object' || condition === null) return
    for (const [operator, value] of Object.entries(condition)) {
      const problem = problemWith(key, operator, value, resolved)
      if (problem) problems.push(problem)
    }
  })
}

function checkSort(sort: unknown, fields: FlattenedField[], config: SanitizedConfig, admin: boolean, problems: Problem[]): void {
  for (const { part, path } of sortParts(sort)) {
    if (!admin && resolve(path, fields, config).throughUsers) problems.push(`sort=${part}: sorting by user accounts' fields is for administrators`)
  }
}

type QueryArgs = { where?: unknown; sort?: unknown; select?: unknown; field?: unknown }

/**
 * The collections whose documents number in the tens of thousands (an office's archive, and its
 * search entries), each row with its bodies in every language: a condition or a sort on a field without an index reads every row whole, in
 * one statement that holds the server (a `like` or an `equals` on the excerpt: ~320 ms at 50,000
 * news, 35 ms at 5,000).
 */
const largeCollections = new Set(['news', 'statements', 'search'])

/**
 * Whether a path of a query is served by an index, as the collection config declares them (so on
 * both databases): the id, a link (its column or link table is indexed), a field with `index` or
 * `unique`, one of the collection's compound `indexes`, and the title, whose index
 * payload.config.ts adds (indexTitlesByParent) for the content collections with a title.
 */
function indexedPath(path: string, collection: SanitizedCollectionConfig, config: SanitizedConfig): { indexed: boolean; title: boolean } {
  // A localized field named with its language (slug.en) is that field.
  const segments = path.split('.')
  const bare = segments.length > 1 && (locales as readonly string[]).includes(segments[segments.length - 1]) ? segments.slice(0, -1).join('.') : path
  const resolved = resolve(bare, collection.flattenedFields, config)
  if (resolved.id) return { indexed: true, title: false }
  const field = resolved.field
  if (!field) return { indexed: false, title: false }
  // Through a link (country.isoCode), the linked collection's own indexed fields.
  const own = !resolved.related
  const title = own && collection.slug !== 'search' && bare === collection.admin?.useAsTitle
  const compound = own && (collection.indexes ?? []).some((index) => index.fields.includes(bare))
  const link = field.type === 'relationship' || field.type === 'upload'
  return { indexed: title || link || compound || Boolean('index' in field && field.index) || Boolean('unique' in field && field.unique), title }
}

/**
 * For a reader of Payload's REST API who is not staff (anonymous, or a partner's key), on a large
 * collection: conditions and sorts on indexed fields only, and text searches (like, contains) on
 * the title only. What it refuses says what to use instead; words are searched with q on /api/v1.
 */
function unindexedProblems(args: QueryArgs, collection: SanitizedCollectionConfig, config: SanitizedConfig): Problem[] {
  const problems: Problem[] = []
  const hint = `use a field with an index (the id, slug, title, dates, office, programme${collection.slug === 'statements' ? ', kind' : ''}), or search words with q on /api/v1 (see /api/v1/docs)`
  forEachCondition(args.where, (key, condition) => {
    const { indexed, title } = indexedPath(key, collection, config)
    const operators = typeof condition === 'object' && condition !== null ? Object.keys(condition) : []
    if (!indexed) problems.push(`where[${key}]: ${collection.slug} cannot be filtered by this field here (it has no index, so every document would be read); ${hint}`)
    else if (!title && operators.some((operator) => textOperators.has(operator))) problems.push(`where[${key}]: like and contains search the title only here; ${hint}`)
  })
  for (const { part, path } of sortParts(args.sort)) {
    if (path && !indexedPath(path, collection, config).indexed) {
      problems.push(
        `sort=${part}: ${collection.slug} cannot be sorted by this field here (it has no index); sort by a date, the title or the id, or search words with q on /api/v1 (see /api/v1/docs)`,
      )
    }
  }
  return problems
}

/** Where a path ends at a workflow field (access/workflowFields.ts): the Where limiting it to one's own offices. */
function workflowLimit(path: string, fields: FlattenedField[], req: PayloadRequest, problems: Problem[], what: string): Where | true {
  const resolved = resolve(path, fields, req.payload.config)
  const offices = readByOfficeOf(resolved.field?.custom)
  if (!offices) return true
  if (resolved.related) {
    problems.push(`${what}: review and translation fields of linked documents cannot be queried; filter that collection's own list instead`)
    return true
  }
  return workflowOfficeWhere(req.user as never, offices, path.startsWith('version.') ? 'version.' : '')
}

/** The where with every condition on a workflow field matching documents of one's own offices only. */
function scopeWhere(where: unknown, fields: FlattenedField[], req: PayloadRequest, problems: Problem[], depth = 0): unknown {
  if (typeof where !== 'object' || where === null || depth > 20) return where
  const kept: Record<string, unknown> = {}
  const limited: Where[] = []
  for (const [key, condition] of Object.entries(where as Where)) {
    if (key === 'and' || key === 'or') {
      const parts = Array.isArray(condition) ? condition : Object.values(condition ?? {})
      kept[key] = parts.map((part) => scopeWhere(part, fields, req, problems, depth + 1))
      continue
    }
    const limit = workflowLimit(key, fields, req, problems, key)
    if (limit === true) kept[key] = condition
    else limited.push({ [key]: condition } as Where, limit)
  }
  return limited.length === 0 ? kept : { and: [...(Object.keys(kept).length > 0 ? [kept as Where] : []), ...limited] }
}

/**
 * For anyone but an admin: conditions on workflow fields limited to one's own offices; a sort
 * or distinct on one lists one's own offices' documents only (their order would tell other
 * offices' review states); a select of one keeps the document's office.
 */
function scopeWorkflowQuery(args: QueryArgs, fields: FlattenedField[], req: PayloadRequest): QueryArgs {
  const problems: Problem[] = []
  let where = args.where === undefined ? undefined : scopeWhere(args.where, fields, req, problems)
  const paths = [...sortParts(args.sort).map(({ path }) => path), ...(typeof args.field === 'string' ? [args.field] : [])]
  const limits = [...new Map(paths.map((path) => [path, workflowLimit(path, fields, req, problems, path)])).values()].filter((limit): limit is Where => limit !== true)
  if (problems.length > 0) bad(`This query cannot be run: ${[...new Set(problems)].slice(0, 10).join('; ')}.`)
  if (limits.length > 0) where = { and: [...(where ? [where as Where] : []), ...limits] }
  let select = args.select
  if (select && typeof select === 'object') {
    const picked = select as Record<string, unknown>
    const inclusive = Object.values(picked).some((value) => value === true)
    const officesWanted = inclusive
      ? Object.keys(picked)
          .map((key) => readByOfficeOf(fields.find((field) => field.name === key)?.custom))
          .filter((offices) => offices && offices !== 'self')
      : []
    if (officesWanted.length > 0) select = { ...picked, ...Object.fromEntries(officesWanted.map((offices) => [offices as string, true])) }
  }
  return { ...args, ...(where === undefined ? {} : { where }), ...(select === undefined ? {} : { select }) }
}

/** Checks one operation's where and sort for the request's user; throws a 400 naming every problem. */
export function checkQuery(args: { where?: unknown; sort?: unknown }, fields: FlattenedField[], req: PayloadRequest, overrideAccess: boolean): void {
  const admin = overrideAccess || hasRole(req.user as never, 'admin')
  const problems: Problem[] = []
  checkWhere(args.where, fields, req.payload.config, admin, problems)
  checkSort(args.sort, fields, req.payload.config, admin, problems)
  if (problems.length > 0) bad(`This query cannot be run: ${[...new Set(problems)].slice(0, 10).join('; ')}.`)
}

const queryHook: CollectionBeforeOperationHook = async ({ args, collection, overrideAccess, req }) => {
  let operationArgs = args as QueryArgs & { overrideAccess?: boolean; draft?: unknown }
  const trusted = Boolean(overrideAccess ?? operationArgs.overrideAccess)
  if (operationArgs.where !== undefined || operationArgs.sort !== undefined) checkQuery(operationArgs, collection.flattenedFields, req, trusted)
  // Readers of the REST API who are not staff: only what an index serves, on the large collections.
  if (!trusted && req.payloadAPI === 'REST' && !isStaff(req.user as never) && largeCollections.has(collection.slug)) {
    const problems = unindexedProblems(operationArgs, collection, req.payload.config)
    if (problems.length > 0) bad(`This query cannot be run: ${[...new Set(problems)].slice(0, 10).join('; ')}.`)
  }
  // A look-up by slug in several languages, one language at a time (lib/api/slugLookups.ts).
  const byIds = await slugBranchesAsIds(operationArgs, collection, req)
  if (byIds) {
    operationArgs = { ...operationArgs, where: byIds }
    args = operationArgs as typeof args
  }
  if (trusted || hasRole(req.user as never, 'admin')) return args
  if (operationArgs.where === undefined && operationArgs.sort === undefined && operationArgs.select === undefined && operationArgs.field === undefined) return args
  return { ...args, ...scopeWorkflowQuery(operationArgs, collection.flattenedFields, req) } as typeof args
}

/**
 * Adds the check to every collection of the built config, Payload's own (edit locks,
 * preferences, jobs) included, which plugins never see: they are added while the config is
 * sanitized.
 */
export function checkQueriesEverywhere(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [queryHook, ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}
