import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload, Where } from 'payload'

import { changes, encodeCursor } from '@/lib/api/v1/changes'
import { listItems } from '@/lib/api/v1/query'
import { loadBlocks } from '@/lib/content/blocks'
import { latestNews, latestStatements } from '@/lib/content/news'
import { pageTree } from '@/lib/content/pages'
import { listNews, listStatements, yearsWithContent } from '@/lib/content/lists'
import { findPublicBySlug } from '@/lib/content/reader'
import { searchSite } from '@/lib/content/search'
import { relatedToArticle, relatedToCountry, relatedToProgramme } from '@/lib/content/related'
import { sitemapChild, sitemapNames } from '@/lib/content/sitemap'
import type { ListParams } from '@/lib/listParams'
import { refreshStatistics } from '@/lib/db/sqliteStatistics'
import { sliceLongFinds } from '@/lib/db/findSlices'
import { seedBulk } from '@/lib/seed/bulk'
import { anyStale, changesIdle, purgeTombstones, reconcile } from '@/lib/sync/changes'
import { attemptDelivery, immediateRunsIdle, purgeDeliveries, queueWebhookEvents, sweepDeliveries } from '@/lib/sync/webhooks'
import type { Site } from '@/lib/sites/directory'
import { siteOfEveryOffice } from '@/tests/helpers/sites'
import { createUser, startPayload } from '@/tests/helpers/payload'
import { fullScans, planOf, recordStatements, sortsItsRows } from '@/tests/helpers/queryPlans'

/**
 * Every query shape the site, /api/v1, REST and the admin issue against the collections that
 * grow with the archive, explained by SQLite: none may read a whole large table (a list's
 * page 200 took 25 s at 3,100 news when each row's locales were found by scanning, and the
 * rows sorted after computing them all). The archive here is small; SQLite plans the same
 * without statistics whatever the size, so the plans are those of 50,000 documents.
 */
let payload: Payload

const large = ['news', 'statements'].flatMap((c) => [
  c,
  `${c}_locales`,
  `${c}_rels`,
  `${c}_missing_translations`,
  `_${c}_v`,
  `_${c}_v_locales`,
  `_${c}_v_rels`,
  `_${c}_v_version_missing_translations`,
])
large.push('news_press_contacts', '_news_v_version_press_contacts', 'search', 'search_rels', 'partner_changes', 'webhook_deliveries', 'webhook_claims')

const list = (page: number, extra: Partial<ListParams> = {}) => ({ page, ...extra }) as ListParams

/** A site of the Turkish office alone, as each office's site is. */
const oneOffice = (): Site => ({ ...site, offices: [ids.country] })

let editor: Awaited<ReturnType<typeof createUser>>
let partner: Awaited<ReturnType<typeof createUser>>
let delivery: number | string
let site: Site
let ids: { country: number | string; programme: number | string; newsId: number | string; programmeSlug: string; slugTr: string; slugEn: string }

beforeAll(async () => {
  payload = await startPayload()
  await seedBulk(payload, { news: 300, statements: 80 })
  site = await siteOfEveryOffice(payload)
  const country = (await payload.find({ collection: 'countries', where: { isoCode: { equals: 'TR' } }, limit: 1, depth: 0 })).docs[0]
  const programme = (await payload.find({ collection: 'programmes', limit: 1, depth: 0, sort: 'id' })).docs[0]
  const news = (await payload.find({ collection: 'news', where: { 'slug.tr': { exists: true } }, locale: 'all', limit: 1, depth: 0, sort: '-id' })).docs[0]
  const slug = news.slug as unknown as { en: string; tr: string }
  ids = { country: country.id, programme: programme.id, newsId: news.id, programmeSlug: programme.slug as string, slugTr: slug.tr, slugEn: slug.en }
  editor = await createUser(payload, ['editor'])
  await payload.update({ collection: 'users', id: editor.id, data: { countries: [country.id] } as never, overrideAccess: true })
  editor = { ...(await payload.findByID({ collection: 'users', id: editor.id, depth: 0 })), collection: 'users' as const }
  // A partner's webhook endpoint (an address its deliveries are refused at: no request leaves) and a log of deliveries.
  partner = await createUser(payload, ['partner'])
  const endpoint = (await payload.create({
    collection: 'webhook-endpoints' as never,
    data: { url: 'http://127.0.0.1:9/', owner: partner.id } as never,
    overrideAccess: true,
  })) as unknown as { id: number }
  for (let seq = 1; seq <= 60; seq++) {
    await queueWebhookEvents(payload, [
      { collection: 'news', id: String(ids.newsId), lang: 'en', seq, event: 'updated', offices: ` ${ids.country} `, changedAt: new Date().toISOString() },
    ])
  }
  const found = await payload.find({ collection: 'webhook-deliveries' as never, where: { endpoint: { equals: endpoint.id } }, sort: 'seq', limit: 1, overrideAccess: true })
  delivery = (found.docs[0] as unknown as { id: number }).id
})

afterAll(async () => {
  // The deliveries queued behind the log's entries (an endpoint is registered above) end first.
  await changesIdle()
  await immediateRunsIdle()
  await payload?.destroy()
})

const shapes: Record<string, () => Promise<unknown>> = {
  'news list, first page': () => listNews(site, 'en', list(1)),
  'news list, deep page (tr)': () => listNews(site, 'tr', list(30)),
  'news list by office': () => listNews(site, 'en', list(2, { country: 'TR' })),
  'news list by year': () => listNews(site, 'en', list(1, { year: 2015 })),
  'news list by programme': () => listNews(site, 'en', list(1, { programme: ids.programmeSlug })),
  'statements by kind': () => listStatements(site, 'tr', list(2, { kind: 'speech' })),
  'statements by office and year': () => listStatements(site, 'en', list(1, { country: 'AZ', year: 2020 })),
  'years of the filter': () => yearsWithContent(site, 'statements', 'en'),
  'home page': () => Promise.all([latestNews(site, 'tr', 6), latestStatements(site, 'tr', 4)]),
  'a page of blocks (the home page): the site’s page tree, latest items of each kind, by office and kind': () =>
    Promise.all([
      pageTree(site),
      loadBlocks(
        [
          { id: 'a', blockType: 'latestItems', collection: 'news', count: 6 },
          { id: 'b', blockType: 'latestItems', collection: 'statements', kind: 'speech', office: ids.country, count: 4 },
          { id: 'c', blockType: 'latestItems', collection: 'programmes', count: 12 },
          { id: 'd', blockType: 'factsBand', source: 'global' },
        ] as never,
        { site, locale: 'tr', tree: new Map(), office: null, inAllLocales: {}, preview: false, t: (key) => key },
      ),
    ]),
  'related to an article': () => relatedToArticle(site, { collection: 'news', id: ids.newsId, country: ids.country, programmes: [ids.programme] }, 'tr'),
  'related to an office': () => relatedToCountry(site, ids.country, 'en'),
  'related to a programme': () => relatedToProgramme(site, ids.programme, 'en'),
  'article by its Turkish slug': () => findPublicBySlug('news', ids.slugTr, 'tr', 1, null),
  'untranslated article under the Turkish address': () => findPublicBySlug('news', ids.slugEn, 'tr', 1, null),
  'sitemap index and a child': async () => Promise.all([sitemapNames(site), sitemapChild(site, 'news-1'), sitemapChild(site, 'statements-1', 20)]),
  'a one-office site: a deep list page, a later sitemap child': () => Promise.all([listNews(oneOffice(), 'tr', list(12)), sitemapChild(oneOffice(), 'news-3', 40, 10)]),
  'partner API, first page of 100': () => listItems('news', { lang: 'en', limit: 100 } as never),
  'partner API, last page': () => listItems('news', { lang: 'tr', limit: 100, page: 3 } as never),
  'partner API, sync walk by updatedAt': () => listItems('statements', { lang: 'en', limit: 100, sort: 'updatedAt', updatedSince: '2020-01-01T00:00:00Z' } as never),
  'partner API, by office, oldest first': () => listItems('news', { lang: 'en', limit: 20, sort: 'date', country: 'AZ' } as never),
  'partner API, by programme': () => listItems('news', { lang: 'en', limit: 20, programme: ids.programmeSlug } as never),
  'partner API, one item by slug': () => listItems('news', { lang: 'tr', limit: 1, page: 1 } as never),
  'site search, a common word, page 3': () => searchSite(site, 'tr', { q: 'destek', page: 3 } as never),
  'site search, one type': () => searchSite(site, 'en', { q: 'workshop', page: 1, type: 'statements' } as never),
  'partner API, search': () => listItems('news', { lang: 'en', limit: 20, q: 'migrant health' } as never),
  'REST, anonymous deep page by date': () => payload.find({ collection: 'news', limit: 10, page: 25, sort: '-publishedDate', overrideAccess: false, depth: 1 }),
  'REST, anonymous by updatedAt': () => payload.find({ collection: 'statements', limit: 10, page: 5, sort: '-updatedAt', overrideAccess: false, depth: 0 }),
  'admin list (editor, latest versions)': () =>
    payload.find({ collection: 'news', limit: 10, page: 20, sort: '-publishedDate', draft: true, overrideAccess: false, user: editor, depth: 0 }),
  'changes feed, from the start': () => changes(new Request('http://localhost:3000/api/v1/changes?limit=100')),
  'changes feed, from a cursor, one collection, language and office': () =>
    changes(new Request(`http://localhost:3000/api/v1/changes?collection=news&lang=tr&country=TR&cursor=${encodeCursor({ s: 50, t: Date.now() })}`)),
  'changes feed, the log of one document after its save': () => reconcile(payload, 'news', ids.newsId),
  'changes feed, deletions past their time': () => purgeTombstones(payload, 90),
  'changes feed, a server start with no item to fill': () => anyStale(payload, 'today'),
  'webhooks, a change queued for an endpoint': () =>
    queueWebhookEvents(payload, [
      { collection: 'news', id: String(ids.newsId), lang: 'tr', seq: 1000, event: 'updated', offices: ` ${ids.country} `, changedAt: new Date().toISOString() },
    ]),
  'webhooks, one attempt (earlier ones of the document, the next in line)': () => attemptDelivery(payload, delivery),
  'webhooks, a partner’s delivery log': () =>
    payload.find({ collection: 'webhook-deliveries' as never, sort: '-createdAt', limit: 20, overrideAccess: false, user: partner, depth: 0 }),
  'webhooks, finished deliveries past their time': () => purgeDeliveries(payload),
  'webhooks, the sweep of lost deliveries': () => sweepDeliveries(payload),
  'admin list, recently updated': () => payload.find({ collection: 'statements', limit: 50, sort: '-updatedAt', draft: true, overrideAccess: true, depth: 0 }),
}

describe('query plans at archive size (SQLite)', () => {
  for (const [name, work] of Object.entries(shapes)) {
    it(`${name}: no full scan of a large table, no sort of its rows`, async () => {
      const statements = await recordStatements(payload, work)
      expect(statements.length).toBeGreaterThan(0)
      const found: string[] = []
      for (const statement of statements) {
        const scans = fullScans(await planOf(payload, statement), large)
        const sort = await sortsItsRows(payload, statement, large)
        if (scans.length > 0 || sort) found.push(`${[...scans, sort].filter(Boolean).join(', ')} in: ${statement.sql.slice(0, 200)} … ${statement.sql.slice(-200)}`)
      }
      expect(found).toEqual([])
    })
  }

  it('finds a sort of all rows when there is one (the check can fail)', async () => {
    const statements = await recordStatements(payload, () => payload.find({ collection: 'news', sort: 'dateline', limit: 5, depth: 0, overrideAccess: true }))
    const sorts = await Promise.all(statements.map((s) => sortsItsRows(payload, s, large)))
    expect(sorts.filter(Boolean).length).toBeGreaterThan(0)
  })

  it('finds a full scan when there is one (the check can fail)', async () => {
    const statements = await recordStatements(payload, () =>
      payload.find({ collection: 'news', where: { 'hero.caption': { like: 'Illustration' } }, limit: 5, depth: 0, overrideAccess: true }),
    )
    const scans = (await Promise.all(statements.map(async (s) => fullScans(await planOf(payload, s), large)))).flat()
    expect(scans.length).toBeGreaterThan(0)
  })
})

/** The planner without statistics, as a database is before its first analysis (`ANALYZE sqlite_schema` reloads what is left). */
async function dropStatistics(payload: Payload) {
  const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
  const { rows } = (await client.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")) as { rows: unknown[] }
  if (rows.length > 0) await client.execute('DELETE FROM sqlite_stat1')
  await client.execute('ANALYZE sqlite_schema')
}

describe('with statistics, as a server has them (lib/db/sqliteStatistics.ts)', () => {
  /** A database file of its own for one test (removed after), with `rows` rows made by `row` in `table`. */
  async function inTempDatabase(
    name: string,
    work: (url: string, fill: (table: string, columns: string[], rows: number, row: (n: number) => unknown[]) => Promise<void>) => Promise<void>,
  ) {
    const { createClient } = await import('@libsql/client')
    const file = path.join(os.tmpdir(), `kopru-${name}-${process.pid}-${Date.now()}.db`)
    const fill = async (table: string, columns: string[], rows: number, row: (n: number) => unknown[]) => {
      const writer = createClient({ url: `file:${file}` })
      const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
      await writer.batch(
        Array.from({ length: rows }, (_, n) => ({ sql, args: row(n) as never })),
        'write',
      )
      writer.close()
    }
    try {
      await work(`file:${file}`, fill)
    } finally {
      fs.rmSync(file, { force: true })
    }
  }

  it('a database that never had statistics gets them when the server connects (a save took ~1 s at 50,000 news until the hourly run)', async () => {
    const { createClient } = await import('@libsql/client')
    await inTempDatabase('statistics', async (url, fill) => {
      // Written and closed, then opened as the server opens it: a new connection that has queried
      // nothing yet (a second connection on this file would wait on Payload's).
      const writer = createClient({ url })
      await writer.batch(
        [
          'CREATE TABLE versions (id INTEGER PRIMARY KEY, latest INTEGER, slug TEXT, published TEXT)',
          'CREATE INDEX versions_slug_idx ON versions (slug)',
          'CREATE INDEX versions_latest_published_idx ON versions (latest, published)',
        ],
        'write',
      )
      writer.close()
      await fill('versions', ['latest', 'slug', 'published'], 500, (n) => [n % 2, `slug-${n}`, `2020-01-${(n % 28) + 1}`])
      const fresh = createClient({ url })
      try {
        await refreshStatistics(fresh)
        const { rows } = await fresh.execute("SELECT idx FROM sqlite_stat1 WHERE tbl = 'versions' ORDER BY idx")
        expect(rows.map((row) => row.idx)).toEqual(['versions_latest_published_idx', 'versions_slug_idx'])
      } finally {
        fresh.close()
      }
    })
  })

  it('an index added since the last analysis (a migration) gets statistics when the server connects (the planner ignored the admin’s title index without)', async () => {
    const { createClient } = await import('@libsql/client')
    await inTempDatabase('statistics-new', async (url, fill) => {
      const setup = createClient({ url })
      await setup.batch(
        [
          'CREATE TABLE locales (id INTEGER PRIMARY KEY, locale TEXT, parent INTEGER, title TEXT)',
          'CREATE UNIQUE INDEX locales_locale_parent ON locales (locale, parent)',
          'CREATE TABLE empty (id INTEGER PRIMARY KEY, name TEXT)',
          'CREATE INDEX empty_name ON empty (name)',
        ],
        'write',
      )
      setup.close()
      await fill('locales', ['locale', 'parent', 'title'], 300, (n) => [n % 2 ? 'en' : 'tr', n >> 1, `Title ${n}`])
      const client = createClient({ url })
      try {
        await client.execute('ANALYZE')
        // The migration's index, then the next start.
        await client.execute('CREATE INDEX locales_title ON locales (locale, parent, title)')
        await refreshStatistics(client)
        const { rows } = await client.execute("SELECT idx FROM sqlite_stat1 WHERE tbl = 'locales' ORDER BY idx")
        expect(rows.map((row) => row.idx)).toEqual(['locales_locale_parent', 'locales_title'])
      } finally {
        client.close()
      }
    })
  })

  it('a site’s deep list page checks its offices in the index it walks, not in each skipped row (100 ms → 4 ms at page 4,995 of 50,000 news)', async () => {
    await refreshStatistics((payload.db as unknown as { client: Parameters<typeof refreshStatistics>[0] }).client)
    const statements = await recordStatements(payload, () => listNews(site, 'tr', list(25)))
    const deep = statements.filter((statement) => / offset \?$/.test(statement.sql.trim()))
    expect(deep.length).toBe(1)
    expect((await planOf(payload, deep[0]))[0]).toMatch(/^SEARCH news USING (COVERING )?INDEX _status_publishedDate_createdAt_country_idx \(_status=\?\)$/)
  })

  it('a one-office site’s later sitemap child finds its start on the ids alone and reads each slice in order of id (news-3 took 2.4 s, in one statement, at 50,000 news)', async () => {
    await refreshStatistics((payload.db as unknown as { client: Parameters<typeof refreshStatistics>[0] }).client)
    const statements = await recordStatements(payload, () => sitemapChild(oneOffice(), 'news-3', 40, 10))
    // The child's reads of news (not the background's, e.g. the changes feed filling its log after the seed).
    const reads = statements.filter((statement) => /^select "id"[\s\S]* from "news" "news"/.test(statement.sql.trim()))
    // The start (an offset over ids and dates only), then two slices after the last id read.
    expect(reads.length).toBe(3)
    expect(reads[0].sql).toMatch(/ offset \?$/)
    expect(reads[0].sql).not.toMatch(/_locales/)
    for (const read of reads)
      expect((await planOf(payload, read))[0]).toMatch(/^SEARCH news USING (COVERING )?INDEX _status_country_idx \(_status=\? AND country_id=\?( AND rowid>\?)?\)$/)
  })

  it('the admin’s search by title reads each version’s title from an index, not from its row (170-370 ms a statement at 50,000 news without)', async () => {
    await refreshStatistics((payload.db as unknown as { client: Parameters<typeof refreshStatistics>[0] }).client)
    for (const draft of [true, false]) {
      const statements = await recordStatements(payload, () =>
        payload.find({ collection: 'news', where: { title: { like: 'support' } }, sort: '-updatedAt', limit: 50, draft, locale: 'en', overrideAccess: true, depth: 0 }),
      )
      const searches = statements.filter((statement) => /title" like \?/.test(statement.sql))
      // The count and the page's ids.
      expect(searches.length).toBe(2)
      const table = draft ? '_news_v_locales' : 'news_locales'
      for (const search of searches)
        expect((await planOf(payload, search)).join(' | ')).toContain(`SEARCH ${table} USING COVERING INDEX ${table}_title_idx (_locale=? AND _parent_id=?)`)
    }
  })

  it('the adapter’s slices (lib/db/findSlices.ts) read each slice by key, even under a where on the sorted column (a walk of its index without)', async () => {
    await refreshStatistics((payload.db as unknown as { client: Parameters<typeof refreshStatistics>[0] }).client)
    const original = payload.db.find
    sliceLongFinds(payload.db, { when: () => true })
    try {
      const statements = await recordStatements(payload, () =>
        Promise.all([
          payload.find({ collection: 'news', sort: '-publishedDate', limit: 60, page: 2, depth: 0, overrideAccess: false }),
          payload.find({ collection: 'statements', sort: '-updatedAt', where: { updatedAt: { greater_than: '2000-01-01' } }, limit: 50, depth: 0, overrideAccess: false }),
        ]),
      )
      const slices = statements.filter((statement) => /^select "id", [\s\S]*"id" in \((\?, ){9,}\?\)\)/.test(statement.sql.trim()))
      expect(slices.length).toBeGreaterThanOrEqual(4)
      for (const slice of slices) expect((await planOf(payload, slice))[0]).toMatch(/^SEARCH (news|statements) USING INTEGER PRIMARY KEY \(rowid=\?\)$/)
    } finally {
      payload.db.find = original
    }
  })

  it('the public reader’s slices (findPublic) read each slice by key, with or without statistics (a walk of a whole index for each slice without the sort by id)', async () => {
    const work = () => listItems('statements', { lang: 'en', limit: 100, sort: 'updatedAt', updatedSince: '2000-01-01T00:00:00Z', country: 'TR' } as never)
    for (const statistics of [false, true]) {
      if (statistics) await refreshStatistics((payload.db as unknown as { client: Parameters<typeof refreshStatistics>[0] }).client)
      else await dropStatistics(payload)
      const slices = (await recordStatements(payload, work)).filter((statement) => /^select "id", [\s\S]*"id" in \((\?, ){9,}\?\)/.test(statement.sql.trim()))
      expect(slices.length).toBeGreaterThanOrEqual(1)
      for (const slice of slices)
        expect([statistics, (await planOf(payload, slice))[0]]).toEqual([
          statistics,
          expect.stringMatching(/^SEARCH statements USING (INTEGER PRIMARY KEY|INDEX \S+) \((\S+=\? AND )*rowid=\?\)$/),
        ])
    }
  })

  it('a save looks the slug up in the latest versions by the slug, not by walking them all (1.8 s a save at 50,000 news without)', async () => {
    await refreshStatistics((payload.db as unknown as { client: Parameters<typeof refreshStatistics>[0] }).client)
    const statements = await recordStatements(payload, () =>
      payload.update({ collection: 'news', id: ids.newsId, data: { title: 'Saved with statistics' }, user: editor, overrideAccess: false }),
    )
    const slugChecks = statements.filter((statement) => /"_news_v_locales"\."version_slug" = \?/.test(statement.sql))
    expect(slugChecks.length).toBeGreaterThan(0)
    for (const check of slugChecks) expect((await planOf(payload, check)).join(' | ')).toMatch(/_news_v_locales USING (COVERING )?INDEX _news_v_version_version_slug_idx/)
  })
})

describe('a look-up by slug in several languages (lib/api/slugLookups.ts)', () => {
  const either = (slug: string): Where => ({ or: [{ 'slug.en': { equals: slug } }, { 'slug.tr': { equals: slug } }] })

  it('reads each language’s rows by the slug index and the documents by id: no walk of the news (0.5-2.6 s at 50,000 as one or)', async () => {
    const statements = await recordStatements(payload, () => payload.find({ collection: 'news', where: either(ids.slugTr), limit: 1, depth: 0, overrideAccess: false }))
    const plans = await Promise.all(statements.map((statement) => planOf(payload, statement)))
    expect(plans.flatMap((plan) => fullScans(plan, large))).toEqual([])
    // One look-up per language, each by the slug index (it sorts its match, one row: slugs are unique).
    expect(plans.filter((plan) => plan.some((line) => /^SEARCH \S+ USING INDEX news_slug_idx \(slug=\? AND _locale=\?\)/.test(line)))).toHaveLength(2)
    // Every other read of the news is by id.
    for (const plan of plans.filter((plan) => !plan.some((line) => line.includes('news_slug_idx')))) {
      expect(plan.filter((line) => /^(SCAN|SEARCH) news\b/.test(line))).toEqual(plan.filter((line) => /^SEARCH news USING INTEGER PRIMARY KEY/.test(line)))
    }
  })

  it('finds what each language’s look-up finds, with the caller’s access', async () => {
    for (const slug of [ids.slugTr, ids.slugEn, 'no-such-slug']) {
      const expected = new Set<unknown>()
      for (const locale of ['en', 'tr']) {
        const { docs } = await payload.find({ collection: 'news', where: { [`slug.${locale}`]: { equals: slug } }, depth: 0, overrideAccess: false })
        for (const doc of docs) expected.add(doc.id)
      }
      const { docs, totalDocs } = await payload.find({ collection: 'news', where: either(slug), depth: 0, overrideAccess: false })
      expect([slug, docs.map((doc) => doc.id).sort()]).toEqual([slug, [...expected].sort()])
      expect(totalDocs).toBe(expected.size)
    }
  })

  it('shows an unpublished document to no one who may not read it, whichever language matches', async () => {
    const draft = await payload.create({
      collection: 'news',
      data: { title: 'Unpublished look-up', slug: 'unpublished-look-up', publishedDate: '2024-01-01T00:00:00.000Z', country: ids.country, _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    try {
      expect((await payload.find({ collection: 'news', where: either('unpublished-look-up'), depth: 0, overrideAccess: false })).docs).toEqual([])
      expect((await payload.find({ collection: 'news', where: either('unpublished-look-up'), depth: 0, overrideAccess: true, draft: true })).docs.map((doc) => doc.id)).toEqual([
        draft.id,
      ])
    } finally {
      await payload.delete({ collection: 'news', id: draft.id, overrideAccess: true })
    }
  })
})
