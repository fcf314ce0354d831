import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { sqliteAdapter, type SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import { s3Storage } from '@payloadcms/storage-s3'
import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { translations } from '@payloadcms/translations/all'
import type { DatabaseAdapterObj } from 'payload'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Countries } from '@/collections/Countries'
import { Facts } from '@/collections/Facts'
import { Media } from '@/collections/Media'
import { Pages } from '@/collections/Pages'
import { News } from '@/collections/News'
import { Programmes } from '@/collections/Programmes'
import { Sites } from '@/collections/Sites'
import { Statements } from '@/collections/Statements'
import { Users } from '@/collections/Users'
import { describeFields } from '@/fields/descriptions'
import { linkableCollections } from '@/fields/richTextLinks'
import { Footer } from '@/globals/Footer'
import { Navigation } from '@/globals/Navigation'
import { defaultLocale, localeLabel, locales } from '@/i18n/locales'
import { refusalNamespace, refusals } from '@/i18n/refusals'
import { officerLocales } from '@/lib/admin/locales'
import { sourceText } from '@/lib/admin/sourceText'
import { partnerChanges } from '@/lib/sync/changes'
import { partnerWebhooks } from '@/lib/sync/webhooks'
import { messages } from '@/i18n/messages'
import { getEnv } from '@/lib/env'
import { mayRunJobs } from '@/lib/jobs'
import { guardScheduleCancel } from '@/lib/schedule'
import { sitesearch } from '@/lib/search/plugin'
import { seo } from '@/lib/seo/plugin'
import { redirects } from '@/lib/redirects/plugin'
import { atomicMigrations } from '@/migrations/atomic'
import { checkQueriesEverywhere } from '@/lib/api/queryGuard'
import { inOneSqliteTransaction, withSqliteUpkeep } from '@/lib/db/sqlite'
import { ensureMongoFullText, mongoFullText } from '@/lib/db/mongoFullText'
import { sqliteFullText } from '@/lib/db/sqliteFullText'
import { guardEditLocks } from '@/collections/LockedDocuments'
import { notifyScheduleFailure } from '@/collections/hooks/notifyReview'
import { sentInBackground } from '@/lib/mail'

const env = getEnv()
const root = process.cwd()

/**
 * SQLite keeps each document's localized fields in a `<table>_locales` table whose only index
 * is UNIQUE(_locale, _parent_id): reading a document's locales by `_parent_id` (every read,
 * once per row) scanned the whole table, 19 ms per row at 2,600 news (issue 15). An index on
 * `_parent_id` for every such table (MongoDB keeps locales inside the document).
 */
const indexLocalesByParent: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({ table, extraConfig: (t) => ({ [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(t._parentID) }) })
  }
  return schema
}

/**
 * The admin's lists read the latest version of each document (`latest = 1`) in the
 * collection's default order; with only an index on `latest`, SQLite computed every version's
 * locales and relations, then sorted (78 ms at 2,600 news, growing with the archive). An index
 * on (latest, the default sort's column, created_at: Payload's tie-break) and (latest, version_updated_at,
 * created_at)
 * per versioned collection.
 * MongoDB: the collections' compound indexes are mirrored on the versions (`version.*`).
 */
const indexLatestVersions: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const collection of [News, Statements, Programmes]) {
    const name = `_${collection.slug}_v`
    const table = schema.tables[name]
    const sortField = typeof collection.defaultSort === 'string' ? collection.defaultSort.replace(/^-/, '') : undefined
    const sortColumn = sortField ? `version_${sortField}` : undefined
    if (!table || !('latest' in table)) continue
    extendTable({
      table,
      extraConfig: (t) => ({
        [`${name}_latest_updated_idx`]: index(`${name}_latest_updated_idx`).on(t.latest, t.version_updatedAt, t.createdAt),
        ...(sortColumn && sortColumn in t ? { [`${name}_latest_sort_idx`]: index(`${name}_latest_sort_idx`).on(t.latest, t[sortColumn], t.createdAt) } : {}),
      }),
    })
  }
  return schema
}

/**
 * The admin's search box (and REST's `like`) filters on a collection's title, a localized field:
 * SQLite joins `<table>_locales` by (_locale, _parent_id) for every row and reads the title from
 * the row, whose bodies fill pages. At 50,000 news a search through the latest versions held the
 * event loop 170-370 ms per statement (its count walks every version). With the title in the
 * index the join never leaves the index: 23-28 ms (docs/scaling.md). For the title field
 * (`useAsTitle`) of each collection, on its documents' and versions' locales tables. MongoDB keeps
 * locales inside the document and needs nothing of the kind.
 */
const indexTitlesByParent: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const collection of [News, Statements, Programmes, Pages, Facts, Countries]) {
    const title = collection.admin?.useAsTitle
    if (!title) continue
    for (const [name, column] of [
      [`${collection.slug}_locales`, title],
      [`_${collection.slug}_v_locales`, `version_${title}`],
    ]) {
      const table = schema.tables[name]
      if (!table || !(column in table) || !('_parentID' in table) || !('_locale' in table)) continue
      const indexName = `${name}_title_idx`
      extendTable({ table, extraConfig: (t) => ({ [indexName]: index(indexName).on(t._locale, t._parentID, t[column]) }) })
    }
  }
  return schema
}

/**
 * The only place that knows which database runs. SQLite (the embedded default) pushes its
 * schema in development and tests, and applies the committed migrations on start in
 * production. MongoDB needs no schema migrations.
 */
function databaseAdapter(): DatabaseAdapterObj {
  if (env.databaseKind === 'mongodb') {
    // The SQL migrations in migrations/ are SQLite's; MongoDB keeps its own (none needed yet).
    return mongooseAdapter({
      url: env.DATABASE_URI,
      migrationDir: path.resolve(root, 'migrations', 'mongodb'),
      // Fail within the readers' deadline rather than the driver's 30 s when no server answers
      // (lib/db/availability.ts turns it into a 503).
      connectOptions: { serverSelectionTimeoutMS: env.DATABASE_DEADLINE_MS },
    })
  }
  return withSqliteUpkeep(
    sqliteAdapter({
      client: { url: env.DATABASE_URI },
      migrationDir: path.resolve(root, 'migrations'),
      // Each applied all-or-nothing: a crash mid-migration leaves nothing half-done.
      prodMigrations: atomicMigrations,
      busyTimeout: 5000,
      wal: true,
      afterSchemaInit: [indexLocalesByParent, indexLatestVersions, indexTitlesByParent],
    }),
    // With SQLITE_THREADS, statements run in worker threads: libSQL's are synchronous, and one
    // slow statement on the event loop held every request (lib/db/libsqlThreads.ts).
    {
      threads: env.sqliteThreads,
      turnMs: env.sqliteTurnMs,
      deadlineMs: env.DATABASE_DEADLINE_MS,
      retryMs: env.DATABASE_RETRY_MS,
      server: env.server,
      searchThread: env.sqliteSearchThread,
    },
  )
}

/**
 * Media files: in an S3-compatible bucket when S3_BUCKET is set (several instances share it;
 * Payload still serves the files at /api/media/file/…, checking access), else under DATA_DIR.
 */
function mediaStorage() {
  if (!env.S3_BUCKET) return []
  return [
    s3Storage({
      collections: { media: env.S3_PREFIX ? { prefix: env.S3_PREFIX } : true },
      bucket: env.S3_BUCKET,
      config: {
        region: env.S3_REGION,
        endpoint: env.S3_ENDPOINT,
        forcePathStyle: env.S3_FORCE_PATH_STYLE,
        credentials: env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
        // Checksums only where S3 requires them: many S3-compatible servers refuse the
        // SDK's default streamed checksum trailers.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      },
    }),
  ]
}

/**
 * Password-reset e-mails go out over SMTP when SMTP_URL is set; otherwise Payload writes them
 * to the server log (development and the demo: the reset link is in the log).
 */
function emailAdapter() {
  if (!env.SMTP_URL) return undefined
  const url = new URL(env.SMTP_URL)
  const secure = url.protocol === 'smtps:'
  return sentInBackground(
    nodemailerAdapter({
      defaultFromAddress: env.EMAIL_FROM,
      defaultFromName: env.EMAIL_FROM_NAME,
      transportOptions: {
        host: url.hostname,
        port: Number(url.port) || (secure ? 465 : 587),
        secure,
        auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      },
      // The server must start even while the mail relay is down; sending reports its own errors.
      skipVerify: true,
    }),
  )
}

// Every query is checked before the database sees it (lib/api/queryGuard.ts), on every
// collection, Payload's own included (they exist only once the config is built).
export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.SERVER_URL,
  db: databaseAdapter(),
  // Site search's full-text index (lib/search/fullText.ts): SQLite's FTS5, MongoDB's text index.
  // seed:bulk's batches as one transaction each on SQLite (lib/db/sqlite.ts); on MongoDB it uses
  // the adapter's own transactions where it has them.
  custom: env.databaseKind === 'mongodb' ? { fullText: mongoFullText } : { fullText: sqliteFullText, inOneTransaction: inOneSqliteTransaction },
  // MongoDB's text index, made at start rather than by a reader's first search (lib/db/mongoFullText.ts).
  onInit:
    env.databaseKind === 'mongodb'
      ? (payload) => {
          void ensureMongoFullText(payload)
            .then((outcome) => outcome === 'built' && payload.logger.info('Search: built the MongoDB text index'))
            .catch((error: unknown) => payload.logger.warn(`Search: the MongoDB text index could not be made (the next search tries again): ${String(error)}`))
        }
      : undefined,
  // Payload's default features, with internal links to the collections that have pages (they
  // render as links to those pages: lib/richtextHtml.ts) and without embedded relationship
  // blocks, which the site has no way to show.
  editor: lexicalEditor({
    features: ({ defaultFeatures }) =>
      defaultFeatures.flatMap((feature) => {
        if (feature.key === 'relationship') return []
        return feature.key === 'link' ? [LinkFeature({ enabledCollections: [...linkableCollections] })] : [feature]
      }),
  }),
  email: emailAdapter(),
  sharp,
  // Uploads: 20 MB at most (a larger file is refused before it is stored).
  upload: { limits: { fileSize: 20 * 1024 * 1024 } },
  collections: [News, Statements, Programmes, Facts, Countries, Pages, Sites, Media, Users],
  globals: [Navigation, Footer],
  // Scheduled publishing: Payload adds its schedulePublish task; the server runs due jobs itself
  // (instrumentation.ts, lib/jobs.ts).
  // A signed-in user cancels only the schedules of documents they may publish (lib/schedule.ts).
  jobs: {
    tasks: [],
    access: { run: ({ req }) => mayRunJobs(req) },
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      hooks: { ...defaultJobsCollection.hooks, beforeDelete: [...(defaultJobsCollection.hooks?.beforeDelete ?? []), guardScheduleCancel] },
    }),
  },
  // The source text beside every translation (lib/admin/sourceText.ts), after the descriptions;
  // the partners' changes feed's log and its hooks (lib/sync/changes.ts), and the webhooks that
  // follow it (lib/sync/webhooks.ts: endpoints, deliveries, the delivery task on queue `webhooks`).
  plugins: [seo, redirects, sitesearch(), describeFields, sourceText, partnerChanges, partnerWebhooks, ...mediaStorage()],
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabel(code) })),
    defaultLocale,
    fallback: true,
    // The admin's locale menu: the languages of the officer's offices' sites (lib/admin/locales.ts).
    filterAvailableLocales: officerLocales,
  },
  i18n: {
    fallbackLanguage: defaultLocale,
    supportedLanguages: Object.fromEntries(locales.map((code) => [code, translations[code]])),
    // The write guards' refusals (lib/refuse.ts) in the request's admin language, and the
    // source-text view's words (messages/*.json, adminSource).
    translations: Object.fromEntries(locales.map((code) => [code, { [refusalNamespace]: refusals[code], kopruSource: messages[code].adminSource }])),
  },
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Köprü' },
    // Not Gravatar: no request to an outside service from every admin page (with a hash of the
    // officer's e-mail), and no broken image offline.
    avatar: 'default',
    // The officer's chosen admin language, applied right after signing in (components/admin/AdminLanguage.tsx).
    components: { providers: ['/components/admin/AdminLanguage#AdminLanguage'] },
    // The dashboard opens on the officer's own work (components/admin/WorkQueues.tsx), then Payload's collection cards.
    dashboard: {
      widgets: [{ slug: 'work', Component: '/components/admin/WorkQueues#WorkQueues', label: { en: 'Your work', tr: 'İşleriniz', az: 'İşləriniz' }, minWidth: 'medium' }],
      defaultLayout: [
        { widgetSlug: 'work', width: 'full' },
        { widgetSlug: 'collections', width: 'full' },
      ],
    },
    importMap: { baseDir: root },
  },
  // Nothing needs GraphQL: the site reads through the local API, partners through REST.
  graphQL: { disable: true },
  typescript: {
    outputFile: path.resolve(root, 'payload-types.ts'),
    autoGenerate: env.NODE_ENV === 'development',
  },
  logger: { options: { level: env.PAYLOAD_LOG_LEVEL } },
  telemetry: false,
})
  .then(checkQueriesEverywhere)
  // Edit locks: Payload adds the collection after the plugins (collections/LockedDocuments/index.ts).
  .then(guardEditLocks)
  // A scheduled publish that fails e-mails who scheduled it (Payload adds the task; collections/hooks/notifyReview.ts).
  .then((config) => {
    const task = config.jobs.tasks?.find((candidate) => candidate.slug === 'schedulePublish')
    if (task) task.onFail = notifyScheduleFailure as NonNullable<typeof task.onFail>
    return config
  })
