// @ts-check
/**
 * The whole environment's schema, validated once at start-up: the one definition of every
 * variable and its default. Plain Node (zod and JSDoc) so that both worlds read it: the app
 * through lib/env.ts (getEnv, payload.config.ts imports it, so the server, the CLI, the seed and
 * the tests all stop here with a message naming the variable), and server.mjs, which runs
 * without a TypeScript loader, through `serverEnv()`. Named envSchema.mjs, not env.mjs, so that
 * `@/lib/env` means lib/env.ts in every tool (Jest and webpack try .mjs before .ts).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { defaultTrustedProxies, parseTrustedProxies } from './http/trustedProxies.mjs'

const pageCacheSize = 'must be a number of megabytes (0 turns the page cache off)'

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === '1' || value === 'true' || value === 'yes')

/** Every variable, with its default. */
const fields = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URI: z
    .string()
    .trim()
    .regex(/^(file:.+|mongodb(\+srv)?:\/\/.+)$/, 'must start with "file:" (SQLite, e.g. file:./data/kopru.db) or "mongodb://" / "mongodb+srv://"')
    .default('file:./data/kopru.db'),
  PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
  SERVER_URL: z
    .url({ message: 'must be an absolute http(s) URL, e.g. http://localhost:3000' })
    .refine((value) => /^https?:\/\//.test(value), 'must use http or https')
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
  KOPRU_DEMO: flag,
  DATA_DIR: z.string().trim().min(1).default('data'),
  PAYLOAD_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Outgoing mail (password resets): an SMTP URL such as smtps://user:password@smtp.example.org:465.
   * Without it, e-mails are written to the server log (development, demo).
   */
  SMTP_URL: z
    .url({ message: 'must be an SMTP URL, e.g. smtps://user:password@smtp.example.org:465' })
    .refine((value) => /^smtps?:\/\//.test(value), 'must start with smtp:// or smtps://')
    .optional(),
  EMAIL_FROM: z.email({ message: 'must be an e-mail address, e.g. no-reply@example.org' }).default('no-reply@kopru.example'),
  EMAIL_FROM_NAME: z.string().trim().min(1).max(100).default('Köprü'),
  /** How often the server runs due jobs (scheduled publishing), in seconds. */
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Days the partner changes feed keeps its deletion entries; an older cursor gets a 410 (start over). At least 90. */
  CHANGES_RETENTION_DAYS: z.coerce.number().int().min(90).max(3650).default(90),
  /**
   * Webhooks (lib/sync/webhooks.ts): how long a partner's endpoint has to answer a delivery,
   * and, for tests only, whether endpoints may be private, loopback or link-local addresses
   * (refused otherwise, their DNS answers included).
   */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOKS_ALLOW_PRIVATE: flag,
  /**
   * URLs per child sitemap (/sitemaps/*.xml, listed by /sitemap.xml); the protocol allows 50,000.
   * 5,000 by default: a child is read through Payload document by document, and one of 10,000 URLs
   * (5,000 bilingual documents) took 0.7-1.3 s cold at 50,000 news on the bench (docs/scaling.md).
   */
  SITEMAP_MAX_URLS: z.coerce.number().int().min(10).max(50_000).default(5_000),
  /**
   * Partner API rate limits: requests per window per client. Anonymous clients are counted by
   * IP, API-key clients by key. The window is RATE_LIMIT_WINDOW_SECONDS long.
   */
  RATE_LIMIT_ANONYMOUS: z.coerce.number().int().min(1).max(1_000_000).default(60),
  RATE_LIMIT_KEYED: z.coerce.number().int().min(1).max(1_000_000).default(1200),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /**
   * Shared state for several app instances (rate-limit counters): redis://host:6379.
   * Unset: counters live in the process's memory.
   */
  REDIS_URL: z
    .url({ message: 'must be a Redis URL, e.g. redis://redis:6379' })
    .refine((value) => /^rediss?:\/\//.test(value), 'must start with redis:// or rediss://')
    .optional(),
  /**
   * Caching proxies in front of the app (comma-separated base URLs of their purge ports, e.g.
   * http://proxy:8081): each content change sends each a POST to /_cache/purge
   * (deploy/nginx/kopru.conf). Unset: no proxy to tell.
   */
  CACHE_PURGE_URLS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ message: 'must be comma-separated http(s) URLs, e.g. http://proxy:8081' }))),
  /**
   * How long a public read (the APIs, /api/health) waits for the database before answering
   * 503 "unavailable, retry": an unreachable database otherwise holds readers 10–30 s.
   */
  DATABASE_DEADLINE_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /**
   * SQLite only: worker threads that run the statements off the event loop (one for writes,
   * the others for reads: lib/db/libsqlThreads.ts). Unset or 0: the calling thread. Off by
   * default until the memory growth they showed is found (docs/scaling.md).
   */
  SQLITE_THREADS: z.coerce.number().int().min(0).max(8).optional(),
  /**
   * SQLite only, without threads: in a read of the APIs or the admin (GET or HEAD under /api/ or
   * /admin: REST, the partner API, the admin's pages), once the read's own statements in this turn have held the
   * event loop this many ms, its next statement lets it take a turn (lib/db/turns.ts). 10 by default; 0: never. At 50,000
   * documents it took REST's page of 100 at depth 2 from 89 ms of event-loop delay to 35-38 ms.
   * Public pages and saves are never cut: cutting those pages too cost the load test 30-60% of its reads
   * (docs/scaling.md).
   */
  SQLITE_TURN_MS: z.coerce.number().int().min(0).max(1000).optional(),
  /**
   * SQLite only, without threads: the full-text search's statements in a worker thread of their
   * own (lib/db/sqlite.ts). On unless `0`: one FTS5 query ranks every match, one synchronous
   * statement of ~90-150 ms for a common word at 50,000 documents (docs/scaling.md).
   */
  SQLITE_SEARCH_THREAD: z.enum(['1', '0', 'true', 'false', 'yes', 'no', '']).optional(),
  /** After a read found the database unavailable, reads fail at once (503) for this long. */
  DATABASE_RETRY_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /**
   * Media in S3-compatible storage (AWS S3, MinIO, Ceph, R2…), needed as soon as more than one
   * app instance runs: all files and image sizes go to the bucket, none to DATA_DIR. Unset:
   * media on the local disk. Credentials may be left out on AWS (the SDK's default chain,
   * e.g. an instance role).
   */
  S3_BUCKET: z.string().trim().min(3).max(63).optional(),
  S3_ENDPOINT: z.url({ message: 'must be the storage URL, e.g. https://s3.eu-central-1.amazonaws.com or http://minio:9000' }).optional(),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().trim().min(1).optional(),
  /** Path-style addresses (http://host/bucket/key): what most S3-compatible servers need. */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  /** A folder inside the bucket, e.g. "turkiye/" when offices share one bucket. */
  S3_PREFIX: z.string().trim().max(200).default(''),
  /**
   * The proxies in front of the app whose X-Forwarded-For / -Proto / -Host are believed
   * (comma-separated addresses or CIDR ranges); from anyone else they are ignored
   * (lib/http/trustedProxies.mjs, applied by server.mjs). Default: loopback and the caching
   * proxy's address on the compose network.
   */
  TRUSTED_PROXIES: z
    .string()
    .default(defaultTrustedProxies)
    .superRefine((value, ctx) => {
      const parsed = parseTrustedProxies(value)
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `${parsed.problem}; list the caching proxies' addresses, comma-separated` })
    }),
  /** The port the server listens on (server.mjs), and the default SERVER_URL's. */
  PORT: z.coerce.number({ message: 'must be a port number, e.g. 3000' }).int().min(0).max(65_535).default(3000),
  /**
   * Size of each instance's page cache in megabytes (finished public pages, answered without
   * Next: server.mjs, lib/cache/pageCache.mjs). 0 turns it off.
   */
  PAGE_CACHE_MB: z.coerce.number({ message: pageCacheSize }).min(0, pageCacheSize).default(64),
  /** Set by Next while it builds; the secret is a run-time requirement, not a build-time one. */
  NEXT_PHASE: z.string().optional(),
}

export const envSchema = z.object(fields).superRefine((env, ctx) => {
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    ctx.addIssue({
      code: 'custom',
      path: ['S3_SECRET_ACCESS_KEY'],
      message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither (AWS default credentials)',
    })
  }
  const building = env.NEXT_PHASE === 'phase-production-build'
  if (!env.PAYLOAD_SECRET && env.NODE_ENV === 'production' && !env.KOPRU_DEMO && !building) {
    ctx.addIssue({
      code: 'custom',
      path: ['PAYLOAD_SECRET'],
      message: 'is required when NODE_ENV=production (set a random string of 32+ characters, or KOPRU_DEMO=1 for a local demo)',
    })
  }
  // Payload trusts this origin for cookie logins (CSRF): a silent localhost default in
  // production would lock editors out of the admin on the real domain.
  if (!env.SERVER_URL && env.NODE_ENV === 'production' && !env.KOPRU_DEMO && !building) {
    ctx.addIssue({
      code: 'custom',
      path: ['SERVER_URL'],
      message: 'is required when NODE_ENV=production: the public base URL, e.g. https://www.example.org',
    })
  }
})

/**
 * The validated environment.
 * @typedef {z.output<typeof envSchema> & {
 *   PAYLOAD_SECRET: string
 *   SERVER_URL: string
 *   databaseKind: 'sqlite' | 'mongodb'
 *   server: boolean
 *   sqliteThreads: number
 *   sqliteTurnMs: number
 *   sqliteSearchThread: boolean
 * }} Env
 * `server`: this process is the Next server (not a script, a test or the build).
 */

export class EnvError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    /** @readonly */
    this.problems = problems
    this.name = 'EnvError'
  }
}

/** @param {Record<string, string | undefined>} source */
function present(source) {
  // An empty variable (`PAYLOAD_SECRET=` in a .env file) means "not set".
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''))
}

/** @param {z.ZodError} error @returns {EnvError} */
function envError(error) {
  return new EnvError(error.issues.map((issue) => `${issue.path.join('.') || '(environment)'} ${issue.message}`))
}

/**
 * Parses an environment; throws EnvError naming every bad variable. Pure apart from demo secrets.
 * @param {Record<string, string | undefined>} source
 * @returns {Env}
 */
export function parseEnv(source) {
  const result = envSchema.safeParse(present(source))
  if (!result.success) throw envError(result.error)
  const env = result.data
  const secret =
    env.PAYLOAD_SECRET ??
    (env.NEXT_PHASE === 'phase-production-build' && !env.KOPRU_DEMO
      ? crypto.randomBytes(32).toString('hex') // never used to sign anything: the server reads its own
      : localSecret(env))
  // Set by Next in its server ('nodejs'; getEnv reads it by name: Next's bundler inlines it), absent in scripts and tests.
  const server = source.NEXT_RUNTIME === 'nodejs' && env.NEXT_PHASE !== 'phase-production-build'
  return {
    ...env,
    PAYLOAD_SECRET: secret,
    SERVER_URL: env.SERVER_URL ?? `http://localhost:${env.PORT}`,
    databaseKind: env.DATABASE_URI.startsWith('file:') ? 'sqlite' : 'mongodb',
    server,
    // Off unless asked for: with threads the server's memory grew ~140 KB a save (docs/scaling.md).
    sqliteThreads: env.SQLITE_THREADS ?? 0,
    // API reads in slices of 10 ms unless set: the event loop's delay under REST's page of 100 at depth 2, 89 → 35-38 ms (docs/scaling.md).
    sqliteTurnMs: env.SQLITE_TURN_MS ?? 10,
    // On unless turned off: the event loop's worst probe 96-103 ms with it, 113-168 without, for ~17 MB (docs/scaling.md).
    sqliteSearchThread: !['0', 'false', 'no'].includes(env.SQLITE_SEARCH_THREAD ?? ''),
  }
}

/**
 * Without PAYLOAD_SECRET (development, test, demo) a random secret is generated once and kept
 * in DATA_DIR, so sessions survive restarts and nothing secret is committed.
 */
/** @param {z.output<typeof envSchema>} env @returns {string} */
function localSecret(env) {
  const file = path.resolve(env.DATA_DIR, '.payload-secret')
  try {
    const existing = fs.readFileSync(file, 'utf8').trim()
    if (existing.length >= 32) return existing
  } catch {
    // first start: generate below
  }
  const secret = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/** What server.mjs reads itself, before Next starts: the same definitions as above. */
const serverSchema = z.object({
  PORT: fields.PORT,
  PAGE_CACHE_MB: fields.PAGE_CACHE_MB,
  TRUSTED_PROXIES: fields.TRUSTED_PROXIES,
  REDIS_URL: fields.REDIS_URL,
  SERVER_URL: fields.SERVER_URL,
})

/**
 * The variables server.mjs and its modules read (the rest is validated when Next loads
 * payload.config.ts); throws EnvError naming every bad one.
 * @param {Record<string, string | undefined>} [source]
 * @returns {z.output<typeof serverSchema>}
 */
export function serverEnv(source = process.env) {
  const result = serverSchema.safeParse(present(source))
  if (!result.success) throw envError(result.error)
  return result.data
}
