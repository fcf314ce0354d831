import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { Country, Fact, Media, News, Programme, Statement } from '@/payload-types'
import { getPathname } from '@/i18n/navigation'
import { documentPath } from '@/i18n/paths'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { apiUrl } from '@/lib/metadata'
import type { RichTextValue } from '@/lib/richtext'
import { htmlConverters } from '@/lib/richtextHtml'
import type { ApiCollection, ApiItem } from './schemas'
import { safeUrl } from '@/lib/safeUrl'

/**
 * From Payload documents (as the safe reader returns them, depth 1) to the partner API's flat
 * shape (schemas.ts). Only the fields listed here leave the server: internal ones (review
 * status and comments, who edited, translation status) have no way out.
 */

/**
 * The language served, whether it is the document's own, the address of the site the document
 * is on, and the language of its page there (the served one when that site publishes it, else
 * the site's default: lib/api/v1/siteOrigins.ts).
 */
export type Served = { locale: Locale; translated: boolean; origin: string; pageLocale: Locale; pageSlug?: string }

function core(id: number | string, served: Served, updatedAt: string) {
  return { id: String(id), servedLocale: served.translated ? served.locale : defaultLocale, fallback: !served.translated, updatedAt }
}

function text(value: string | null | undefined): string | null {
  return value ? value : null
}

function absolute(url: string | null | undefined): string | null {
  if (!url) return null
  return url.startsWith('http') ? url : apiUrl(url)
}

/** The body as HTML (internal links as absolute URLs of their pages in the served language) and as text. */
function bodyOf(body: RichTextValue | null | undefined, { pageLocale, origin }: Served) {
  if (!body?.root?.children?.length) return { body: null, bodyText: null }
  const data = body as Parameters<typeof convertLexicalToHTML>[0]['data']
  return {
    body: convertLexicalToHTML({ data, disableContainer: true, converters: htmlConverters(pageLocale, (path) => `${origin}${path}`) }),
    bodyText: convertLexicalToPlaintext({ data }).trim() || null,
  }
}

function populated<T extends object>(value: number | string | T | null | undefined): T | null {
  return value && typeof value === 'object' ? value : null
}

function countryRef(value: number | Country | null | undefined) {
  const country = populated(value)
  return country ? { isoCode: country.isoCode, name: country.name, slug: country.slug ?? '' } : null
}

function programmeRef(value: number | Programme | null | undefined) {
  const programme = populated(value)
  return programme ? { slug: programme.slug ?? '', title: programme.title } : null
}

function imageOf(value: number | Media | null | undefined) {
  const media = populated(value)
  const url = absolute(media?.sizes?.hero?.url ?? media?.url)
  if (!media || !url) return null
  const size = media.sizes?.hero?.url ? media.sizes.hero : media
  return { url, alt: text(media.alt), width: size.width ?? null, height: size.height ?? null, credit: text(media.credit) }
}

const refs = <T, R>(values: T[] | null | undefined, map: (value: T) => R | null): R[] => (values ?? []).map(map).filter((value): value is R => value !== null)

export const toItem = {
  news: (doc: News, served: Served): ApiItem<'news'> => ({
    ...core(doc.id, served, doc.updatedAt),
    slug: doc.slug ?? '',
    url: `${served.origin}${documentPath('news', served.pageSlug ?? doc.slug ?? '', served.pageLocale)}`,
    title: doc.title,
    excerpt: text(doc.excerpt),
    ...bodyOf(doc.body, served),
    publishedDate: doc.publishedDate,
    dateline: text(doc.dateline),
    country: countryRef(doc.country),
    programmes: refs(doc.programmes, programmeRef),
    image: imageOf(doc.hero?.image),
    imageCaption: text(doc.hero?.caption),
    pressContacts: (doc.pressContacts ?? []).map((contact) => ({ name: contact.name, email: text(contact.email), phone: text(contact.phone) })),
  }),
  statements: (doc: Statement, served: Served): ApiItem<'statements'> => ({
    ...core(doc.id, served, doc.updatedAt),
    slug: doc.slug ?? '',
    url: `${served.origin}${documentPath('statements', served.pageSlug ?? doc.slug ?? '', served.pageLocale)}`,
    title: doc.title,
    kind: doc.kind,
    ...bodyOf(doc.body, served),
    date: doc.date,
    dateline: text(doc.dateline),
    speakerName: text(doc.speakerName),
    speakerRole: text(doc.speakerRole),
    occasion: text(doc.occasion),
    country: countryRef(doc.country),
    programmes: refs(doc.programmes, programmeRef),
    pdfUrl: absolute(populated(doc.pdf)?.url),
  }),
  programmes: (doc: Programme, served: Served): ApiItem<'programmes'> => ({
    ...core(doc.id, served, doc.updatedAt),
    slug: doc.slug ?? '',
    url: `${served.origin}${documentPath('programmes', served.pageSlug ?? doc.slug ?? '', served.pageLocale)}`,
    title: doc.title,
    summary: text(doc.summary),
    ...bodyOf(doc.body, served),
    status: doc.status,
    since: doc.since ?? null,
    pillars: (doc.pillars ?? []).map((pillar) => ({ title: pillar.title, text: text(pillar.text) })),
    principles: (doc.principles ?? []).map((principle) => principle.text),
    countries: refs(doc.countries, countryRef),
    partners: (doc.partners ?? []).map((partner) => ({ name: partner.name, url: safeUrl(partner.url) })),
    donors: (doc.donors ?? []).map((donor) => ({ name: donor.name, url: safeUrl(donor.url) })),
  }),
  facts: (doc: Fact, served: Served): ApiItem<'facts'> => ({
    ...core(doc.id, served, doc.updatedAt),
    url: `${served.origin}${getPathname({ locale: served.pageLocale, href: '/facts' })}#fact-${doc.id}`,
    label: doc.label,
    value: doc.value,
    notation: doc.notation,
    scope: doc.scope,
    country: countryRef(doc.country),
    programme: programmeRef(doc.programme),
    asOf: doc.asOf ?? null,
    sourceText: text(doc.source?.text),
    sourceUrl: safeUrl(doc.source?.url),
    order: doc.order ?? null,
  }),
  countries: (doc: Country, served: Served): ApiItem<'countries'> => ({
    ...core(doc.id, served, doc.updatedAt),
    slug: doc.slug ?? '',
    url: `${served.origin}${documentPath('countries', served.pageSlug ?? doc.slug ?? '', served.pageLocale)}`,
    name: doc.name,
    isoCode: doc.isoCode,
    presenceSince: doc.presenceSince ?? null,
    summary: text(doc.summary),
    ...bodyOf(doc.body, served),
    image: imageOf(doc.heroImage),
    officeAddress: text(doc.office?.address),
    officeEmail: text(doc.office?.email),
    officePhone: text(doc.office?.phone),
  }),
} satisfies { [C in ApiCollection]: (doc: never, served: Served) => ApiItem<C> }

/** The field that tells a translated document from one shown in the default language. */
export { titleField } from './schemas'

/** An item reduced to the requested fields (plus the core ones). */
export function pick<T extends Record<string, unknown>>(item: T, fields: string[] | undefined): Partial<T> {
  if (!fields) return item
  const keep = new Set(['id', 'servedLocale', 'fallback', ...fields])
  return Object.fromEntries(Object.entries(item).filter(([key]) => keep.has(key))) as Partial<T>
}
