import { searchPlugin } from '@payloadcms/plugin-search'
import type { BeforeSync } from '@payloadcms/plugin-search/types'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Field, Plugin } from 'payload'

import { hasRole } from '@/access/roles'
import { admins } from '@/access/staff'
import { anyone } from '@/access/anyone'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { keepingRequestLocale } from '@/lib/requestLocale'
import { revalidateAfterChange, revalidateAfterDelete } from '@/lib/cache/revalidate'
import { fold } from './normalize'
import { foldedTextField, officesText, searchedCollections, type SearchEntries, type SearchEntry, type SearchedCollection } from './types'

/**
 * Site search on @payloadcms/plugin-search: the plugin keeps one `search` document per
 * published document (it never indexes a draft, keeps the published entry while a new draft is
 * pending, removes it on unpublish and delete). The index is not localized: each entry holds,
 * per locale, the text a reader of that locale sees (the translation, or the default-locale
 * text it falls back to) as display text and as folded text (lib/search/normalize.ts) that the
 * query matches with `contains`. So an untranslated document is found in Turkish too, and
 * shown as untranslated.
 */
const maxBodyText = 4000

type Localized<T> = Partial<Record<Locale, T | null>> | null | undefined

/** Which localized fields hold a document's title, summary, body and extra text, per collection. */
const shapes: Record<SearchedCollection, { title: string; summary?: string; body?: string; date?: string; extra?: (doc: AllLocales) => Localized<string>[] }> = {
  news: { title: 'title', summary: 'excerpt', body: 'body', date: 'publishedDate', extra: (doc) => [doc.dateline as Localized<string>] },
  statements: { title: 'title', summary: 'occasion', body: 'body', date: 'date', extra: (doc) => [doc.dateline as Localized<string>, doc.speakerRole as Localized<string>] },
  programmes: {
    title: 'title',
    summary: 'summary',
    body: 'body',
    extra: (doc) => [
      ...((doc.pillars as { title?: Localized<string>; text?: Localized<string> }[] | undefined) ?? []).flatMap((p) => [p.title, p.text]),
      ...((doc.principles as { text?: Localized<string> }[] | undefined) ?? []).map((p) => p.text),
    ],
  },
  countries: { title: 'name', summary: 'summary', body: 'body' },
  facts: { title: 'label', date: 'asOf', extra: (doc) => [(doc.source as { text?: Localized<string> } | undefined)?.text] },
}

type AllLocales = Record<string, unknown>

function plain(value: unknown): string {
  if (!value) return ''
  if (typeof value === 'string') return value
  try {
    return convertLexicalToPlaintext({ data: value as never })
  } catch {
    return ''
  }
}

function inLocale(value: unknown, locale: Locale): unknown {
  const byLocale = value as Localized<unknown>
  const own = byLocale?.[locale]
  return own === null || own === undefined || own === '' ? undefined : own
}

/** The entry a reader of `locale` sees: the translation where there is one, else the default locale's. */
export function entryFor(collection: SearchedCollection, doc: AllLocales, locale: Locale): { entry: SearchEntry; folded: string } {
  const shape = shapes[collection]
  const translated = inLocale(doc[shape.title], locale) !== undefined
  const source: Locale = translated ? locale : defaultLocale
  const read = (field?: string) => (field ? plain(inLocale(doc[field], source)) : '')
  const extra = (shape.extra?.(doc) ?? []).map((value) => plain(inLocale(value, source))).filter(Boolean)
  const body = [read(shape.body), ...extra].filter(Boolean).join('\n')
  const entry: SearchEntry = {
    title: read(shape.title),
    summary: read(shape.summary),
    text: body.slice(0, maxBodyText),
    slug: String(inLocale(doc.slug, locale) ?? inLocale(doc.slug, defaultLocale) ?? ''),
    translated,
  }
  return { entry, folded: fold([entry.title, entry.summary, body].join('\n')) }
}

export function publicationDate(collection: SearchedCollection, doc: AllLocales): string | null {
  const field = shapes[collection].date
  const value = field ? doc[field] : null
  return typeof value === 'string' ? value : null
}

/** What the index holds for a document read with locale 'all' (its entries per locale, folded text, date). */
export function searchEntryData(collection: SearchedCollection, doc: AllLocales) {
  const entries: SearchEntries = {}
  const folded: Record<string, string> = {}
  for (const locale of locales) {
    const { entry, folded: text } = entryFor(collection, doc, locale)
    entries[locale] = entry
    folded[foldedTextField(locale)] = text
  }
  return { title: entries[defaultLocale]?.title, date: publicationDate(collection, doc), offices: officesText(collection, doc), entries, ...folded }
}

/** Each collection's entries rank by this first (an editor may raise an entry's priority). */
export const searchPriorities: Record<SearchedCollection, number> = { countries: 30, programmes: 20, statements: 10, news: 10, facts: 0 }

const buildEntries: BeforeSync = async ({ collectionSlug, originalDoc, req, searchDoc }) => {
  const collection = collectionSlug as SearchedCollection
  const doc = (await keepingRequestLocale(req, () => req.payload.findByID({ collection, id: originalDoc.id, locale: 'all', depth: 0, draft: false, req }))) as unknown as AllLocales
  const { title, ...data } = searchEntryData(collection, doc)
  return { ...searchDoc, title: title ?? searchDoc.title, ...data }
}

const hidden = { readOnly: true, hidden: true } as const

const searchFields = (defaultFields: Field[]): Field[] => [
  ...defaultFields,
  { name: 'date', type: 'date', index: true, admin: { readOnly: true, position: 'sidebar' }, label: { en: 'Date', tr: 'Tarih', az: 'Tarix' } },
  { name: 'entries', type: 'json', admin: hidden },
  // The document's offices (lib/search/types.ts, officesText): a site's search finds only its own.
  { name: 'offices', type: 'text', admin: hidden },
  ...locales.map((locale): Field => ({ name: foldedTextField(locale), type: 'textarea', admin: hidden })),
]

export function sitesearch(): Plugin {
  return searchPlugin({
    collections: [...searchedCollections],
    localize: false,
    beforeSync: buildEntries,
    defaultPriorities: searchPriorities,
    searchOverrides: {
      slug: 'search',
      labels: { singular: { en: 'Search entry', tr: 'Arama kaydı', az: 'Axtarış qeydi' }, plural: { en: 'Search index', tr: 'Arama dizini', az: 'Axtarış indeksi' } },
      admin: {
        group: { en: 'Settings', tr: 'Ayarlar', az: 'Parametrlər' },
        // Written by the plugin, not by officers: listed to admins only.
        hidden: ({ user }) => !hasRole(user as Parameters<typeof hasRole>[0], 'admin'),
        defaultColumns: ['title', 'doc', 'priority', 'date'],
        description: {
          en: 'Kept up to date automatically from published content (drafts are never indexed). Raise "priority" to rank an entry higher; "Reindex" rebuilds the index.',
          tr: 'Yayımlanan içerikten kendiliğinden güncellenir (taslaklar hiç dizine girmez). Bir kaydı üste çıkarmak için "öncelik"i artırın; "Yeniden dizinle" dizini baştan kurar.',
          az: 'Dərc edilmiş məzmundan avtomatik yenilənir (qaralamalar heç vaxt indeksə düşmür). Qeydi yuxarı qaldırmaq üçün "prioritet"i artırın; "Yenidən indekslə" indeksi yenidən qurur.',
        },
      },
      access: { read: anyone, update: admins, delete: admins },
      hooks: { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] },
      fields: ({ defaultFields }) => searchFields(defaultFields),
    },
  })
}
