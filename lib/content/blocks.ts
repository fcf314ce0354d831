import type { Where } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { documentPath, listPath, type RoutedCollection } from '@/i18n/paths'
import type { Country, Media, Page, Programme } from '@/payload-types'
import { mediaPath } from '@/lib/metadata'
import { idOf } from '@/lib/relationValues'
import type { Site } from '@/lib/sites/directory'
import type { BlockLink, ResolvedBlock } from './blocks-types'
import { globalFacts } from './facts'
import { datedSort, filterClauses, officeClause } from './filters'
import type { Card } from './items'
import { blockImage, withListImages } from './listImages'
import { listFields } from './lists'
import { resolveLink } from './menus'
import { pagePath, type PageTree } from './pages'
import { findPublic } from './reader'
import { countryCards, factItems, newsItems, programmeCards, statementItems } from './toListItems'
import { markTranslated } from './translation'

type Layout = NonNullable<Page['layout']>
type Row = Layout[number]
type Translate = (key: string, values?: Record<string, string | number>) => string

export type BlockContext = {
  site: Pick<Site, 'id' | 'offices'>
  locale: Locale
  /** The site's pages, to link to them (menus' resolver, cards). */
  tree: PageTree
  /** The page's own office, the default of the facts and contact blocks. */
  office: string | number | null
  /** The layout read in every language: which block texts this language lacks. */
  inAllLocales?: Record<string, unknown>
  /** In a preview, images are not optimized (a draft's new image is not public yet). */
  preview: boolean
  t: Translate
}

const isMedia = (value: unknown): value is Media => typeof value === 'object' && value !== null && 'url' in value

/** The texts of each block that this language lacks (shown in the default language), by row id. */
function untranslatedRows(inAllLocales: Record<string, unknown> | undefined, locale: Locale): Set<string> {
  const rows = (inAllLocales?.layout ?? []) as Record<string, unknown>[]
  const lacking = new Set<string>()
  if (locale === defaultLocale) return lacking
  const perLocale = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0 && Object.keys(value).every(isLocale)
  const empty = (value: unknown) => value == null || value === ''
  const visit = (value: unknown): boolean => {
    if (perLocale(value)) return empty(value[locale]) && !empty(value[defaultLocale])
    if (Array.isArray(value)) return value.some(visit)
    if (typeof value === 'object' && value !== null) return Object.values(value).some(visit)
    return false
  }
  for (const row of rows) if (typeof row?.id === 'string' && visit(row)) lacking.add(row.id)
  return lacking
}

type StoredLink = Parameters<typeof resolveLink>[0]

function blockLink(link: StoredLink | undefined | null, ctx: BlockContext): BlockLink | null {
  if (!link) return null
  const resolved = resolveLink(link, ctx.locale, (id) => pagePath(ctx.tree, id, ctx.locale))
  return resolved ? { href: resolved.href, label: resolved.label, external: resolved.external } : null
}

/** The newest published items of a collection on the site, filtered as the block says. */
async function latestItems(row: Extract<Row, { blockType: 'latestItems' }>, ctx: BlockContext): Promise<ResolvedBlock> {
  const { site, locale, t } = ctx
  const count = Math.min(Math.max(row.count ?? 4, 1), 12)
  const office = idOf(row.office)
  const programme = idOf(row.programme)
  const heading = row.heading ?? null
  const more = (collection: RoutedCollection, label: string): BlockLink => ({ href: listPath(collection, locale), label })
  const base = { blockType: 'latestItems' as const, id: row.id ?? '', heading }
  if (row.collection === 'programmes') {
    const where: Where = { and: [officeClause('programmes', site.offices), ...filterClauses('programmes', { country: office != null ? { id: office } : undefined })] }
    const { docs } = await findPublic('programmes', { site, locale, where, sort: 'title', limit: count, depth: 1, pagination: false })
    const cards = withImages(programmeCards(await markTranslated('programmes', docs, locale, 'title', site), locale, t), docs, ctx)
    return { ...base, display: 'cards', items: [], cards, more: more('programmes', t('programmes.backToList')), emptyText: t('programmes.empty') }
  }
  const collection = row.collection === 'statements' ? 'statements' : 'news'
  const where: Where = {
    and: [
      officeClause(collection, site.offices),
      ...filterClauses(collection, {
        country: office != null ? { id: office } : undefined,
        programme: programme != null ? { id: programme } : undefined,
        kind: collection === 'statements' ? (row.kind ?? undefined) : undefined,
      }),
    ],
  }
  if (collection === 'news') {
    const { docs } = await findPublic('news', {
      site,
      locale,
      where,
      sort: datedSort('news'),
      limit: count,
      depth: 0,
      select: listFields.news,
      pagination: false,
    })
    const items = newsItems(await withListImages(await markTranslated('news', docs, locale, 'title', site), locale, site), locale)
    return { ...base, display: 'list', items, cards: [], more: more('news', t('home.allNews')), emptyText: t('home.empty') }
  }
  const { docs } = await findPublic('statements', {
    site,
    locale,
    where,
    sort: datedSort('statements'),
    limit: count,
    depth: 0,
    select: listFields.statements,
    pagination: false,
  })
  const items = statementItems(await withListImages(await markTranslated('statements', docs, locale, 'title', site), locale, site), locale, (kind) => t(`statements.kind.${kind}`))
  return { ...base, display: 'list', items, cards: [], more: more('statements', t('home.allStatements')), emptyText: t('statements.empty') }
}

/** Cards of documents with their image (a programme's or country's hero), matched by id. */
function withImages(cards: Card[], docs: { id: number | string; heroImage?: unknown }[], ctx: BlockContext): Card[] {
  const images = new Map(docs.map((doc) => [String(doc.id), blockImage(doc.heroImage, 'card', ctx.preview)]))
  return cards.map((card) => ({ ...card, image: images.get(String(card.id)) ?? null }))
}

type CardTarget = { relationTo: string; value: unknown }

/** Cards of chosen documents and pages, in the editor's order; what the reader may not see (unpopulated) is left out. */
async function chosenCards(items: CardTarget[], ctx: BlockContext): Promise<Card[]> {
  const { locale, t, tree } = ctx
  const cards: Card[] = []
  for (const { relationTo, value } of items) {
    if (typeof value !== 'object' || value === null) continue
    const doc = value as Record<string, unknown> & { id: number | string }
    const image = blockImage((doc.hero as { image?: unknown } | undefined)?.image ?? doc.heroImage, 'card', ctx.preview)
    if (relationTo === 'pages') {
      const href = pagePath(tree, doc.id, locale)
      if (href) cards.push({ id: `pages-${doc.id}`, href, title: String(doc.title ?? ''), image: image ?? null })
      continue
    }
    if (relationTo === 'programmes') {
      const [card] = programmeCards([{ ...(doc as unknown as Programme), translated: true }], locale, t)
      if (card) cards.push({ ...card, id: `programmes-${doc.id}`, image })
      continue
    }
    if (relationTo === 'countries') {
      const [card] = countryCards([doc as unknown as Country], locale, t)
      if (card) cards.push({ ...card, id: `countries-${doc.id}`, image })
      continue
    }
    if ((relationTo === 'news' || relationTo === 'statements') && typeof doc.slug === 'string') {
      const text = (doc.excerpt ?? doc.occasion ?? null) as string | null
      cards.push({ id: `${relationTo}-${doc.id}`, href: documentPath(relationTo, doc.slug, locale), title: String(doc.title ?? ''), text, image })
    }
  }
  return cards
}

/** A country office's contact block: the page's own office unless the block names one. */
async function officeContact(row: Extract<Row, { blockType: 'officeContact' }>, ctx: BlockContext): Promise<ResolvedBlock | null> {
  const id = idOf(row.office) ?? ctx.office
  if (id == null) return null
  const { docs } = await findPublic('countries', { site: ctx.site, locale: ctx.locale, where: { id: { equals: id } }, depth: 0, limit: 1, pagination: false })
  const office = docs[0]
  if (!office) return null
  return {
    blockType: 'officeContact',
    id: row.id ?? '',
    heading: row.heading || ctx.t('blocks.contactHeading'),
    name: office.name,
    href: office.slug ? documentPath('countries', office.slug, ctx.locale) : null,
    address: office.office?.address ?? null,
    email: office.office?.email ?? null,
    phone: office.office?.phone ?? null,
  }
}

/**
 * A page's layout blocks (read at depth 2) as the components show them, in the page's
 * language: images in their sizes, links and cards to what the reader may see (the safe reader
 * left anything else unpopulated), lists and figures read through the safe door. A block with
 * nothing to show is left out.
 */
export async function loadBlocks(layout: Page['layout'], ctx: BlockContext): Promise<ResolvedBlock[]> {
  const lacking = untranslatedRows(ctx.inAllLocales, ctx.locale)
  const resolved = await Promise.all(
    (layout ?? []).map(async (row): Promise<ResolvedBlock | null> => {
      const id = row.id ?? ''
      const lang = lacking.has(id) ? defaultLocale : undefined
      switch (row.blockType) {
        case 'hero':
          return {
            blockType: 'hero',
            id,
            heading: row.heading,
            text: row.text ?? null,
            image: blockImage(row.image, 'hero', ctx.preview),
            links: (row.links ?? []).map((link) => blockLink(link as StoredLink, ctx)).filter((link): link is BlockLink => link !== null),
            lang,
          }
        case 'richText':
          return row.content ? { blockType: 'richText', id, content: row.content, lang } : null
        case 'image': {
          const image = blockImage(row.image, 'hero', ctx.preview, row.caption, row.credit)
          return image ? { blockType: 'image', id, image, lang } : null
        }
        case 'callToAction': {
          const link = blockLink(row.link as StoredLink, ctx)
          return link ? { blockType: 'callToAction', id, heading: row.heading, text: row.text ?? null, link, lang } : null
        }
        case 'factsBand': {
          const heading = row.heading || ctx.t('facts.programmeTitle')
          if (row.source === 'chosen') {
            const chosen = (row.facts ?? []).filter((fact): fact is Exclude<typeof fact, number | string> => typeof fact === 'object' && fact !== null)
            return { blockType: 'factsBand', id, heading, facts: factItems(await markTranslated('facts', chosen, ctx.locale, 'label', ctx.site)) }
          }
          if (row.source === 'office') {
            const office = idOf(row.office) ?? ctx.office
            const { docs } = await findPublic('facts', { site: ctx.site, locale: ctx.locale, where: { country: { equals: office ?? null } }, sort: 'order', limit: 12, depth: 0 })
            return { blockType: 'factsBand', id, heading, facts: factItems(await markTranslated('facts', docs, ctx.locale, 'label', ctx.site)) }
          }
          return { blockType: 'factsBand', id, heading, facts: factItems(await globalFacts(ctx.site, ctx.locale)) }
        }
        case 'latestItems':
          return latestItems(row, ctx)
        case 'cards': {
          const cards = await chosenCards((row.items ?? []) as CardTarget[], ctx)
          return cards.length > 0 ? { blockType: 'cards', id, heading: row.heading ?? null, cards } : null
        }
        case 'accordion': {
          const items = (row.items ?? []).flatMap((item) => (item.question && item.answer ? [{ id: item.id ?? '', question: item.question, answer: item.answer }] : []))
          return items.length > 0 ? { blockType: 'accordion', id, heading: row.heading ?? null, items, lang } : null
        }
        case 'downloads': {
          const files = (row.files ?? []).flatMap((entry) => {
            const file = entry.file
            const href = isMedia(file) ? mediaPath(file.url) : null
            return isMedia(file) && href
              ? [{ id: entry.id ?? '', href, label: entry.label, bytes: file.filesize ?? 0, mimeType: file.mimeType ?? '', language: entry.language ?? null }]
              : []
          })
          return files.length > 0 ? { blockType: 'downloads', id, heading: row.heading ?? null, files } : null
        }
        case 'officeContact':
          return officeContact(row, ctx)
        default:
          return null
      }
    }),
  )
  return resolved.filter((block): block is ResolvedBlock => block !== null)
}
