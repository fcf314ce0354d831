import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import sharp from 'sharp'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { inWriteBatch } from '@/lib/db/writeBatch'
import { paragraphs } from '@/lib/richtext'
import { fillGaps, seedFields, storedCopies } from './fillGaps'
import { seedPages } from './pages'
import { seedSites } from './sites'
import { countries, demoUsers, facts, footer, navigation, news, programmes, siteNotes, siteIntros, statements, type Localized, type SeedLink, type SeedUser } from './data'

export type SeedSummary = {
  created: Record<string, number>
  existing: Record<string, number>
  translated: Record<string, number>
  users: SeedUser[]
}

type Ids = Map<string, number | string>

const otherLocales = locales.filter((locale) => locale !== defaultLocale)

/**
 * Fills an empty database with the demo content; running it again changes nothing. Each
 * document is found by a stable key before it is created, and a document whose translation
 * is missing (a seed interrupted half-way) gets it on the next run.
 */
export async function seed(payload: Payload, { demo }: { demo: boolean }): Promise<SeedSummary> {
  const summary: SeedSummary = { created: {}, existing: {}, translated: {}, users: [] }
  const count = (bucket: Record<string, number>, collection: string) => {
    bucket[collection] = (bucket[collection] ?? 0) + 1
  }

  const find = async (collection: CollectionSlug, where: Where, { locale = defaultLocale, draft = true, req }: { locale?: Locale; draft?: boolean; req?: PayloadRequest } = {}) => {
    const { docs } = await payload.find({
      collection,
      where,
      locale,
      fallbackLocale: false,
      draft,
      overrideAccess: true,
      depth: 0,
      limit: 1,
      pagination: false,
      req,
    })
    return docs[0] as unknown as (Record<string, unknown> & { id: number | string }) | undefined
  }

  /** Creates the document in the default locale, then adds every other locale that has text. */
  const upsert = async (
    collection: CollectionSlug,
    where: Where,
    titleField: string,
    dataFor: (locale: Locale, existing?: Record<string, unknown>) => Record<string, unknown> | null,
    draft = false,
  ): Promise<number | string> =>
    // One transaction per document (lib/db/writeBatch.ts): a run killed part way leaves each
    // document whole or absent. The repairs below remain for databases an older seed left cut short.
    inWriteBatch(payload, async (req) => {
      let doc = await find(collection, where, { req })
      const stored = doc ? undefined : await find(collection, where, { draft: false, req })
      if (doc) {
        count(summary.existing, collection)
      } else if (stored) {
        // Written, but its version was cut short (SQLite writes without a transaction here, and a
        // crash between a document's rows and its version's left the version without its text):
        // saving it again writes a whole version.
        const data = dataFor(defaultLocale, stored)
        if (!data) throw new Error(`Seed data for ${collection} has no ${defaultLocale} text`)
        await payload.update({ collection, id: stored.id, locale: defaultLocale, data: data as never, draft, overrideAccess: true, context: { seeding: true }, req })
        doc = stored
        count(summary.existing, collection)
      } else {
        const data = dataFor(defaultLocale)
        if (!data) throw new Error(`Seed data for ${collection} has no ${defaultLocale} text`)
        doc = (await payload.create({
          collection,
          locale: defaultLocale,
          data: data as never,
          draft,
          overrideAccess: true,
          context: { seeding: true },
          req,
        })) as unknown as Record<string, unknown> & { id: number | string }
        count(summary.created, collection)
      }
      // Each language, the default's too: one not written yet is added, and text a cut-short save
      // left out is filled in (fillGaps), in the latest version, then in the document's own rows (storedCopies).
      for (const locale of [defaultLocale, ...otherLocales]) {
        const data = dataFor(locale, doc)
        if (!data) continue
        for (const current of await storedCopies(payload, collection, doc.id, locale, { draft, req })) {
          const { value, filled } = fillGaps(current, data)
          if (!filled) continue
          await payload.update({ collection, id: doc.id, locale, data: seedFields(value, data) as never, draft, overrideAccess: true, context: { seeding: true }, req })
          if (locale !== defaultLocale && !current[titleField]) count(summary.translated, collection)
          break
        }
      }
      return doc.id
    })

  /** Array rows are shared across locales: a translation must reuse the rows' ids. */
  const rows = <T extends object>(items: Localized<T>[], locale: Locale, existing: unknown): Array<T & { id?: string }> | null => {
    const existingRows = Array.isArray(existing) ? (existing as { id?: string }[]) : []
    const out: Array<T & { id?: string }> = []
    for (const [index, item] of items.entries()) {
      const value = item[locale]
      if (value === undefined) return null
      out.push({ ...value, ...(existingRows[index]?.id ? { id: existingRows[index].id } : {}) })
    }
    return out
  }

  const countryIds: Ids = new Map()
  for (const country of countries) {
    const id = await upsert('countries', { isoCode: { equals: country.isoCode } }, 'name', (locale) => {
      const text = country.text[locale]
      if (!text) return null
      return {
        name: text.name,
        summary: text.summary,
        body: paragraphs(...text.body),
        isoCode: country.isoCode,
        presenceSince: country.presenceSince,
        office: { address: text.address, email: country.email, phone: country.phone },
      }
    })
    countryIds.set(country.isoCode, id)
  }

  const sites = await seedSites(payload, countryIds)
  if (sites.created) summary.created.sites = sites.created
  if (sites.existing) summary.existing.sites = sites.existing

  const programmeIds: Ids = new Map()
  for (const programme of programmes) {
    const id = await upsert('programmes', { slug: { equals: programme.key } }, 'title', (locale, existing) => {
      const text = programme.text[locale]
      if (!text) return null
      const organisations = (list: typeof programme.partners, field: 'partners' | 'donors') =>
        rows(
          list.map((org) => Object.fromEntries(locales.map((l) => [l, org.name[l] ? { name: org.name[l], url: org.url } : undefined]))) as Localized<{
            name: string
            url?: string
          }>[],
          locale,
          existing?.[field],
        ) ?? []
      return {
        _status: 'published',
        title: text.title,
        slug: locale === defaultLocale ? programme.key : undefined,
        summary: text.summary,
        body: paragraphs(...text.body),
        since: programme.since,
        status: programme.status,
        countries: programme.countries.map((code) => countryIds.get(code)),
        pillars: rows(programme.pillars, locale, existing?.pillars) ?? [],
        principles:
          rows(
            programme.principles.map((p) => Object.fromEntries(Object.entries(p).map(([l, text]) => [l, { text }]))) as Localized<{ text: string }>[],
            locale,
            existing?.principles,
          ) ?? [],
        partners: organisations(programme.partners, 'partners'),
        donors: organisations(programme.donors, 'donors'),
      }
    })
    programmeIds.set(programme.key, id)
  }

  for (const fact of facts) {
    // Facts have no slug: the English label is their key.
    const englishLabel = fact.label[defaultLocale] as string
    await upsert('facts', { label: { equals: englishLabel } }, 'label', (locale) => {
      const label = fact.label[locale]
      if (!label) return null
      return {
        value: fact.value,
        notation: fact.notation,
        label,
        scope: fact.scope,
        country: fact.country ? countryIds.get(fact.country) : undefined,
        programme: fact.programme ? programmeIds.get(fact.programme) : undefined,
        order: fact.order,
        asOf: fact.asOf,
        source: { text: fact.source[locale] },
      }
    })
  }

  const imageIds: Ids = new Map()
  if (news.some((item) => item.image)) {
    imageIds.set('round-table', await seedIllustration(payload, summary, count))
  }

  for (const item of news) {
    const draft = item.status === 'draft'
    await upsert(
      'news',
      { slug: { equals: item.key } },
      'title',
      (locale) => {
        const text = item.text[locale]
        if (!text) return null
        return {
          _status: item.status,
          title: text.title,
          slug: locale === defaultLocale ? item.key : undefined,
          excerpt: text.excerpt,
          body: paragraphs(...text.body),
          dateline: text.dateline,
          publishedDate: item.publishedDate,
          country: countryIds.get(item.country),
          programmes: item.programmes.map((key) => programmeIds.get(key)),
          hero: { image: item.image ? imageIds.get(item.image) : undefined, caption: text.caption },
          pressContacts: item.contacts ?? [],
        }
      },
      draft,
    )
  }

  for (const item of statements) {
    await upsert('statements', { slug: { equals: item.key } }, 'title', (locale) => {
      const text = item.text[locale]
      if (!text) return null
      return {
        _status: 'published',
        title: text.title,
        slug: locale === defaultLocale ? item.key : undefined,
        kind: item.kind,
        body: paragraphs(...text.body),
        speakerName: item.speakerName,
        speakerRole: text.speakerRole,
        occasion: text.occasion,
        dateline: text.dateline,
        date: item.date,
        country: countryIds.get(item.country),
        programmes: item.programmes.map((key) => programmeIds.get(key)),
      }
    })
  }

  const documentId = (link: NonNullable<SeedLink['document']>) => (link.relationTo === 'countries' ? countryIds : programmeIds).get(link.key)
  const aboutPages = await seedPages(payload, {
    countryIds,
    programmeIds,
    imageId: imageIds.get('round-table') ?? (await seedIllustration(payload, summary, count)),
    count: (bucket, collection) => count(summary[bucket], collection),
  })
  await seedGlobals(payload, summary, documentId)
  await seedSiteMenus(payload, summary, documentId, aboutPages)

  if (demo) {
    for (const user of demoUsers) {
      await inWriteBatch(payload, async (req) => {
        const existing = await find('users', { email: { equals: user.email } }, { req })
        if (existing) {
          count(summary.existing, 'users')
          return
        }
        await payload.create({
          collection: 'users',
          data: { ...user, roles: user.roles as never, countries: user.countries.map((code) => countryIds.get(code)) as never },
          overrideAccess: true,
          req,
        })
        count(summary.created, 'users')
      })
      summary.users.push(user)
    }
  }

  return summary
}

/** A generated illustration (no stock photos in the repository), with alt text in every locale. */
async function seedIllustration(payload: Payload, summary: SeedSummary, count: (bucket: Record<string, number>, collection: string) => void): Promise<number | string> {
  const alt: Localized<string> = {
    en: 'Illustration: a round table seen from above, with chairs in the agency’s blue around it.',
    tr: 'Temsilî görsel: yukarıdan görülen yuvarlak bir masa ve çevresinde kuruluşun mavisinde sandalyeler.',
    az: 'İllüstrasiya: yuxarıdan görünən dəyirmi masa və onun ətrafında təşkilatın mavi rəngində stullar.',
  }
  // The upload and its translations in one transaction (lib/db/writeBatch.ts).
  return inWriteBatch(payload, async (req) => {
    const { docs } = await payload.find({
      req,
      collection: 'media',
      where: { alt: { equals: alt.en } },
      locale: defaultLocale,
      overrideAccess: true,
      limit: 1,
      depth: 0,
    })
    if (docs[0]) {
      count(summary.existing, 'media')
      // A run of an older seed stopped between the upload and its translations left an alt text missing: add it.
      for (const locale of otherLocales) {
        const own = await payload.findByID({ collection: 'media', id: docs[0].id, locale, fallbackLocale: false, overrideAccess: true, req })
        if (!own.alt && alt[locale]) {
          await payload.update({ collection: 'media', id: docs[0].id, locale, data: { alt: alt[locale] }, overrideAccess: true, req })
          count(summary.translated, 'media')
        }
      }
      return docs[0].id
    }
    const chairs = Array.from({ length: 10 }, (_, i) => {
      const angle = (i / 10) * Math.PI * 2
      return `<circle cx="${800 + Math.cos(angle) * 330}" cy="${450 + Math.sin(angle) * 330}" r="42" fill="#0033a0"/>`
    }).join('')
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#e8eef9"/><circle cx="800" cy="450" r="250" fill="#ffffff" stroke="#0033a0" stroke-width="12"/>${chairs}</svg>`
    const data = await sharp(Buffer.from(svg)).png().toBuffer()
    const created = await payload.create({
      collection: 'media',
      locale: defaultLocale,
      data: { alt: alt.en },
      file: { data, mimetype: 'image/png', name: 'round-table.png', size: data.length },
      overrideAccess: true,
      req,
    })
    for (const locale of otherLocales) {
      if (alt[locale]) {
        await payload.update({ collection: 'media', id: created.id, locale, data: { alt: alt[locale] }, overrideAccess: true, req })
      }
    }
    count(summary.created, 'media')
    return created.id
  })
}

type Row = { id?: string | null; links?: Row[] | null }

/**
 * The navigation and footer, when they are still empty (an editor's changes are never
 * overwritten). Rows are shared across locales, so the translation reuses their ids.
 */
/** A link of the seed data as stored in a language (its row id kept, so other languages' texts land on the same row). */
function seedLinkFor(documentId: (link: NonNullable<SeedLink['document']>) => number | string | undefined, pageId: (key: string) => number | string | undefined = () => undefined) {
  return (item: SeedLink, locale: Locale, row?: Row) => {
    const page = item.page ? pageId(item.page) : undefined
    return {
      ...(row?.id ? { id: row.id } : {}),
      label: item.label[locale],
      type: item.document || page != null ? 'document' : item.url ? 'url' : item.route ? 'route' : 'none',
      route: item.route,
      document: page != null ? { relationTo: 'pages', value: page } : item.document ? { relationTo: item.document.relationTo, value: documentId(item.document) } : undefined,
      url: item.url,
    }
  }
}

/** Writes menus in each language in turn, the default first; later languages reuse the rows it made. */
async function fillMenus(
  locales_: readonly Locale[],
  rowsField: 'sections' | 'columns',
  write: (locale: Locale, rows: Row[]) => Promise<Record<string, Row[] | undefined>>,
): Promise<void> {
  let rows: Row[] = []
  for (const locale of locales_) rows = (await write(locale, rows))[rowsField] ?? []
}

/**
 * Each demo site's own header and footer (Sites, its Navigation and Footer tabs): the shared
 * menus without what belongs to another office (its country page, a programme it does not run,
 * its mailbox), in the site's languages. A site that has menus keeps them.
 */
async function seedSiteMenus(
  payload: Payload,
  summary: SeedSummary,
  documentId: (link: NonNullable<SeedLink['document']>) => number | string | undefined,
  aboutPages: Map<string, number | string>,
): Promise<void> {
  const { docs } = await payload.find({
    collection: 'sites',
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    select: { key: true, languages: true, sections: true, columns: true },
  })
  for (const site of docs) {
    const office = site.key === 'turkiye' ? 'TR' : site.key === 'azerbaijan' ? 'AZ' : undefined
    if (!office) continue
    const link = seedLinkFor(documentId, () => aboutPages.get(site.key))
    if ((site.sections ?? []).length > 0 || (site.columns ?? []).length > 0) {
      summary.existing.siteMenus = (summary.existing.siteMenus ?? 0) + 1
      continue
    }
    const programmeOffices = new Map(programmes.map((programme) => [programme.key, programme.countries as string[]]))
    const shown = (item: SeedLink) =>
      (!item.office || item.office === office) &&
      (item.document?.relationTo !== 'countries' || item.document.key === office) &&
      (item.document?.relationTo !== 'programmes' || (programmeOffices.get(item.document.key) ?? []).includes(office))
    const sections = navigation
      .map((section) => ({ ...section, links: section.links.filter(shown) }))
      .filter((section) => shown(section) && (section.links.length > 0 || section.route || section.url || section.document))
    const columns = footer.columns.map((column) => ({ ...column, links: column.links.filter(shown) })).filter((column) => column.links.length > 0)
    const languages = [defaultLocale, ...((site.languages ?? []) as Locale[]).filter((locale) => locale !== defaultLocale)]
    // The header and the footer, in every language, in one transaction (lib/db/writeBatch.ts): a site found with menus has them whole.
    await inWriteBatch(payload, async (req) => {
      const writeSite = async (locale: Locale, data: Record<string, unknown>) =>
        (await payload.update({ collection: 'sites', id: site.id, locale, depth: 0, overrideAccess: true, data: data as never, req })) as unknown as Record<string, Row[]>
      await fillMenus(languages, 'sections', (locale, rows) =>
        writeSite(locale, {
          sections: sections.map((section, i) => ({
            ...link(section, locale, rows[i]),
            links: section.links.map((item, j) => link(item, locale, rows[i]?.links?.[j] ?? undefined)),
          })),
        }),
      )
      await fillMenus(languages, 'columns', (locale, rows) =>
        writeSite(locale, {
          columns: columns.map((column, i) => ({
            ...(rows[i]?.id ? { id: rows[i].id } : {}),
            heading: column.heading[locale],
            links: column.links.map((item, j) => link(item, locale, rows[i]?.links?.[j] ?? undefined)),
          })),
          note: siteNotes[office][locale],
          home: { intro: siteIntros[office][locale] },
        }),
      )
    })
    summary.created.siteMenus = (summary.created.siteMenus ?? 0) + 1
  }
}

async function seedGlobals(payload: Payload, summary: SeedSummary, documentId: (link: NonNullable<SeedLink['document']>) => number | string | undefined): Promise<void> {
  const link = seedLinkFor(documentId)
  // Each global with its languages in one transaction (lib/db/writeBatch.ts): one found with rows is whole.
  const fill = (slug: 'navigation' | 'footer', dataFor: (locale: Locale, rows: Row[]) => Record<string, unknown>) =>
    inWriteBatch(payload, async (req) => {
      const current = (await payload.findGlobal({ slug, locale: defaultLocale, depth: 0, overrideAccess: true, req })) as unknown as Record<string, Row[] | undefined>
      const rowsField = slug === 'navigation' ? 'sections' : 'columns'
      if ((current[rowsField] ?? []).length > 0) {
        summary.existing[slug] = 1
        return
      }
      let rows: Row[] = []
      for (const locale of [defaultLocale, ...otherLocales]) {
        const saved = (await payload.updateGlobal({ slug, locale, data: dataFor(locale, rows) as never, depth: 0, overrideAccess: true, req })) as unknown as Record<string, Row[]>
        rows = saved[rowsField] ?? []
      }
      summary.created[slug] = 1
    })
  await fill('navigation', (locale, rows) => ({
    sections: navigation.map((section, i) => ({ ...link(section, locale, rows[i]), links: section.links.map((item, j) => link(item, locale, rows[i]?.links?.[j] ?? undefined)) })),
  }))
  await fill('footer', (locale, rows) => ({
    columns: footer.columns.map((column, i) => ({
      ...(rows[i]?.id ? { id: rows[i].id } : {}),
      heading: column.heading[locale],
      links: column.links.map((item, j) => link(item, locale, rows[i]?.links?.[j] ?? undefined)),
    })),
    note: footer.note[locale],
  }))
}
