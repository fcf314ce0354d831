/**
 * A generated archive shaped like the demo's content, for measuring at real sizes
 * (`npm run seed:bulk`, `npm run bench -- --scale N`, the scale tests): bilingual news items and
 * statements over 25 years, both offices, with programmes, press contacts, some hero images and
 * some items untranslated or half-translated. The text is generated from phrase banks in our own
 * words; places and the offices' facts come from ../shared/seeds.
 *
 * The bulk path writes each document with the database adapter (`payload.db`, so it runs on
 * SQLite and MongoDB alike) in every locale at once, with its one published version and its
 * search entry, computing what the hooks would (slug, missing translations, search entry) with
 * the hooks' own functions. Creating through the local API costs a create and an update per
 * bilingual document with every hook and a read-back, and slowed to 3 documents/s at 5,000
 * (issue 15); tests/int/bulk-seed.test.ts checks both paths give the same documents.
 *
 * Idempotent: documents are keyed by their English slug and generated from their number alone,
 * so a second run (or a run after a crash) creates only what is missing.
 */
import type { Field, Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import sharp from 'sharp'

import { statementKinds } from '@/collections/Statements/kinds'
import { missingLocalesOf, siteLanguagesOfOffices } from '@/fields/translationStatus'
import { defaultLocale, type Locale } from '@/i18n/locales'
import type { PerLocale } from '@/i18n/localized'
import { paragraphs } from '@/lib/richtext'
import { searchEntryData, searchPriorities } from '@/lib/search/plugin'
import { fillMissingItems, recordPublished, reconcile } from '@/lib/sync/changes'
import { toSlug } from '@/lib/slugify'
import { inWriteBatch } from '@/lib/db/writeBatch'
import { seed } from './index'

export type BulkCollection = 'news' | 'statements'

export type BulkOptions = {
  news: number
  statements: number
  /** ISO codes of the offices the documents belong to (default: every office). */
  offices?: string[]
  /** Called after every batch and at the end of each collection. */
  onProgress?: (progress: BulkProgress) => void
  /** Documents per batch (and per transaction, where the database has them). */
  batchSize?: number
  /** Start at these document numbers (a run in steps: the earlier ones are another step's). */
  from?: Partial<Record<BulkCollection, number>>
}

export type BulkProgress = { collection: BulkCollection; done: number; total: number; created: number; perSecond: number; rssMB: number }

export type BulkSummary = Record<BulkCollection, { created: number; existing: number; repaired: number }>

type AllLocales<T> = Partial<Record<Locale, T>>

/** A small deterministic generator (mulberry32): the same number always gives the same document. */
function random(seedValue: number) {
  let state = seedValue >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]
  return { next, int, pick }
}

/**
 * The phrase banks are written in English and Turkish, and the archive is generated in those two
 * (a document in any other locale is untranslated, as many are). A locale added to `locales`
 * needs nothing here; taking one of these two out fails the type check.
 */
type Phrase = Pick<PerLocale<string>, 'en' | 'tr'>

const places: Record<string, Phrase[]> = {
  TR: [
    { en: 'Ankara', tr: 'Ankara’da' },
    { en: 'Istanbul', tr: 'İstanbul’da' },
    { en: 'Gaziantep', tr: 'Gaziantep’te' },
    { en: 'Şanlıurfa', tr: 'Şanlıurfa’da' },
    { en: 'Hatay', tr: 'Hatay’da' },
    { en: 'İzmir', tr: 'İzmir’de' },
    { en: 'Van', tr: 'Van’da' },
    { en: 'Kahramanmaraş', tr: 'Kahramanmaraş’ta' },
    { en: 'Edirne', tr: 'Edirne’de' },
    { en: 'Mersin', tr: 'Mersin’de' },
  ],
  AZ: [
    { en: 'Baku', tr: 'Bakü’de' },
    { en: 'Ganja', tr: 'Gence’de' },
    { en: 'Sumgayit', tr: 'Sumgayıt’ta' },
    { en: 'Lankaran', tr: 'Lenkeran’da' },
    { en: 'Shaki', tr: 'Şeki’de' },
    { en: 'Mingachevir', tr: 'Mingeçevir’de' },
  ],
}

const datelines: Record<string, Phrase[]> = {
  TR: [
    { en: 'Ankara', tr: 'Ankara' },
    { en: 'Istanbul', tr: 'İstanbul' },
    { en: 'Gaziantep', tr: 'Gaziantep' },
    { en: 'Şanlıurfa', tr: 'Şanlıurfa' },
  ],
  AZ: [
    { en: 'Baku', tr: 'Bakü' },
    { en: 'Ganja', tr: 'Gence' },
  ],
}

const topics: Phrase[] = [
  { en: 'Training on migrant health', tr: 'göçmen sağlığı eğitimi' },
  { en: 'Border management workshop', tr: 'sınır yönetimi çalıştayı' },
  { en: 'Support for survivors of trafficking', tr: 'insan ticareti mağdurlarına destek' },
  { en: 'Labour migration dialogue', tr: 'emek göçü diyaloğu' },
  { en: 'Winter aid for displaced families', tr: 'yerinden edilmiş ailelere kış yardımı' },
  { en: 'Voluntary return counselling', tr: 'gönüllü geri dönüş danışmanlığı' },
  { en: 'Psychosocial support sessions', tr: 'psikososyal destek oturumları' },
  { en: 'Livelihoods grants for small businesses', tr: 'küçük işletmelere geçim kaynağı hibeleri' },
  { en: 'Earthquake shelter repairs', tr: 'deprem barınaklarının onarımı' },
  { en: 'Data on migration flows', tr: 'göç akışlarına ilişkin veriler' },
  { en: 'Integration classes for young people', tr: 'gençler için uyum dersleri' },
  { en: 'Cooperation against forced labour', tr: 'zorla çalıştırmaya karşı iş birliği' },
]

const outcomes: Phrase[] = [
  { en: 'ends', tr: 'tamamlandı' },
  { en: 'begins', tr: 'başladı' },
  { en: 'reaches 1,200 people', tr: '1.200 kişiye ulaştı' },
  { en: 'expands to three provinces', tr: 'üç ile genişledi' },
  { en: 'brings partners together', tr: 'ortakları bir araya getirdi' },
  { en: 'enters its second year', tr: 'ikinci yılına girdi' },
]

const sentences: Phrase[] = [
  {
    en: 'Officials from the ministries, municipalities and civil society organisations took part in the sessions over three days.',
    tr: 'Üç gün süren oturumlara bakanlıklar, belediyeler ve sivil toplum kuruluşlarından yetkililer katıldı.',
  },
  {
    en: 'Participants discussed how to identify vulnerable migrants early and refer them to the right services.',
    tr: 'Katılımcılar kırılgan durumdaki göçmenlerin erken tespit edilmesini ve doğru hizmetlere yönlendirilmesini tartıştı.',
  },
  {
    en: 'The activity is funded by our donors and carried out with the local authorities, who will continue it on their own.',
    tr: 'Faaliyet bağışçılarımızın desteğiyle ve çalışmayı kendi başına sürdürecek yerel yönetimlerle birlikte yürütülüyor.',
  },
  {
    en: 'More than four hundred families received cash assistance, hygiene kits and information on their rights.',
    tr: 'Dört yüzden fazla aileye nakdî yardım, hijyen kiti ve hakları hakkında bilgi ulaştırıldı.',
  },
  {
    en: 'Our teams also visited reception centres to hear directly from the people they serve.',
    tr: 'Ekiplerimiz hizmet verdikleri kişileri doğrudan dinlemek için kabul merkezlerini de ziyaret etti.',
  },
  {
    en: 'The new guidelines follow international standards and were drafted together with the government.',
    tr: 'Yeni kılavuz uluslararası standartlara uygun olarak hükümetle birlikte hazırlandı.',
  },
  {
    en: 'Interpreters made sure that everyone could follow the discussions in Arabic, Persian, Turkish and English.',
    tr: 'Tercümanlar herkesin tartışmaları Arapça, Farsça, Türkçe ve İngilizce izleyebilmesini sağladı.',
  },
  {
    en: 'A follow-up meeting will review what has changed for migrants and host communities alike.',
    tr: 'Bir izleme toplantısında göçmenler ve ev sahibi topluluklar için nelerin değiştiği değerlendirilecek.',
  },
  {
    en: 'Young people shared ideas for projects that bring newcomers and their neighbours closer together.',
    tr: 'Gençler yeni gelenlerle komşularını birbirine yaklaştıracak proje fikirlerini paylaştı.',
  },
  {
    en: 'The figures collected will feed into the national action plan and the regional response.',
    tr: 'Toplanan veriler ulusal eylem planına ve bölgesel müdahaleye katkı sağlayacak.',
  },
]

const speakers = ['Gülay Şahin', 'Elnur Məmmədov', 'Ayşe Yıldırım', 'Rashad Aliyev', 'Mehmet Öztürk', 'Leyla Hüseynova']

const roles: Phrase[] = [
  { en: 'Chief of Mission', tr: 'Misyon Şefi' },
  { en: 'Head of Office', tr: 'Ofis Başkanı' },
  { en: 'Programme Coordinator', tr: 'Program Koordinatörü' },
]

const occasions: Phrase[] = [
  { en: 'International Migrants Day', tr: 'Uluslararası Göçmenler Günü' },
  { en: 'World Day against Trafficking in Persons', tr: 'Dünya İnsan Ticaretiyle Mücadele Günü' },
  { en: 'World Refugee Day', tr: 'Dünya Mülteciler Günü' },
  { en: 'the launch of the annual report', tr: 'yıllık raporun tanıtımı' },
]

/** The shares of the archive that are untranslated, translated in part, illustrated, with contacts. */
const shares = { untranslated: 0.12, partlyTranslated: 0.05, hero: 0.2, contact: 0.3 }

const archiveStart = Date.UTC(2001, 11, 1)
const archiveEnd = Date.UTC(2026, 10, 30)

export type ArchiveContext = {
  offices: { id: number | string; isoCode: string }[]
  programmes: { id: number | string; countries: (number | string)[] }[]
  images: (number | string)[]
}

export type GeneratedDocument = { key: string; data: Record<string, unknown> }

function collectionSeed(collection: BulkCollection) {
  return collection === 'news' ? 0x6e657773 : 0x73746174
}

/** A generated document with every localized field as `{ en, tr }` (as `locale: 'all'` reads it). */
export function generateDocument(collection: BulkCollection, n: number, context: ArchiveContext): GeneratedDocument {
  const r = random(collectionSeed(collection) ^ Math.imul(n + 1, 2654435761))
  const office = context.offices[n % context.offices.length]
  const place = r.pick(places[office.isoCode] ?? places.TR)
  const dateline = r.pick(datelines[office.isoCode] ?? datelines.TR)
  const topic = r.pick(topics)
  const outcome = r.pick(outcomes)
  const translation = r.next()
  const untranslated = translation < shares.untranslated
  const partly = !untranslated && translation < shares.untranslated + shares.partlyTranslated
  const date = new Date(archiveStart + Math.floor(r.next() * (archiveEnd - archiveStart))).toISOString()
  const paragraphCount = 3 + r.int(3)
  const body: Phrase[][] = Array.from({ length: paragraphCount }, () => Array.from({ length: 2 + r.int(3) }, () => r.pick(sentences)))
  const ownProgrammes = context.programmes.filter((p) => p.countries.map(String).includes(String(office.id)))
  const programmes = ownProgrammes.length > 0 && r.next() < 0.7 ? [r.pick(ownProgrammes).id] : []
  // Titles and slugs carry the document's number: an archive has many stories on one topic.
  const title: AllLocales<string> = { en: `${topic.en} in ${place.en} ${outcome.en} (${n + 1})` }
  const texts = (pick: (p: Phrase) => string) => body.map((sentencesOf) => sentencesOf.map(pick).join(' '))
  const localized = <T>(en: T, tr: T): AllLocales<T> => (untranslated ? { en } : { en, tr })
  if (!untranslated) title.tr = `${place.tr} ${topic.tr} ${outcome.tr} (${n + 1})`
  const slug: AllLocales<string> = Object.fromEntries(Object.entries(title).map(([locale, text]) => [locale, toSlug(`${text}`)]))
  const bodyText = localized(paragraphs(...texts((p) => p.en)), paragraphs(...texts((p) => p.tr)))
  // Translated in part: the title is, the body not yet.
  if (partly) delete bodyText.tr
  const common = {
    _status: 'published',
    reviewStatus: 'approved',
    title,
    slug,
    body: bodyText,
    dateline: localized(dateline.en, dateline.tr),
    country: office.id,
    programmes,
  }
  if (collection === 'news') {
    const withHero = context.images.length > 0 && r.next() < shares.hero
    const withContact = r.next() < shares.contact
    const data = {
      ...common,
      excerpt: localized(texts((p) => p.en)[0].split('. ')[0] + '.', texts((p) => p.tr)[0].split('. ')[0] + '.'),
      publishedDate: date,
      hero: withHero ? { image: r.pick(context.images), caption: localized(`${topic.en}, ${place.en}. Illustration.`, `${topic.tr}, ${dateline.tr}. Temsilî görsel.`) } : {},
      pressContacts: withContact
        ? [
            {
              id: rowId(collection, n, 0),
              name: `${dateline.en} office press desk`,
              email: `press.${office.isoCode.toLowerCase()}@kopru.example`,
              phone: office.isoCode === 'AZ' ? '+994 12 555 02 10' : '+90 312 555 01 10',
            },
          ]
        : [],
    }
    return { key: slug.en as string, data }
  }
  const occasion = r.pick(occasions)
  const role = r.pick(roles)
  const data = {
    ...common,
    kind: r.pick(statementKinds),
    speakerName: r.pick(speakers),
    speakerRole: localized(role.en, role.tr),
    occasion: localized(occasion.en, occasion.tr),
    date,
  }
  return { key: slug.en as string, data }
}

/** Array rows are shared across locales and keyed by an id: a stable one per document and row. */
function rowId(collection: BulkCollection, n: number, row: number): string {
  return `${collection === 'news' ? 'a0' : 'b0'}${n.toString(16).padStart(18, '0')}${row.toString(16).padStart(4, '0')}`
}

/** One locale's values of a document given with every locale (what the admin sends in that locale). */
export function inLocale(fields: Field[], data: Record<string, unknown>, locale: Locale): Record<string, unknown> | null {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    // Rows and collapsibles only lay fields out: theirs are the document's own.
    if (field.type === 'row' || field.type === 'collapsible') {
      Object.assign(out, inLocale(field.fields, data, locale))
      continue
    }
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    if ('localized' in field && field.localized) {
      const own = (value as AllLocales<unknown> | undefined)?.[locale]
      if (own !== undefined) out[field.name] = own
    } else if (field.type === 'group' && value && typeof value === 'object') {
      out[field.name] = inLocale(field.fields, value as Record<string, unknown>, locale)
    } else {
      out[field.name] = value
    }
  }
  return out
}

/** The offices, programmes and illustrations the generated documents use (the demo seed creates the first two). */
export async function archiveContext(payload: Payload, isoCodes: string[] | undefined): Promise<ArchiveContext> {
  const { docs: countries } = await payload.find({ collection: 'countries', limit: 100, depth: 0, overrideAccess: true, select: { isoCode: true } })
  const offices = countries
    .map((c) => ({ id: c.id, isoCode: String(c.isoCode) }))
    .filter((c) => !isoCodes || isoCodes.includes(c.isoCode))
    .sort((a, b) => a.isoCode.localeCompare(b.isoCode))
  if (offices.length === 0) throw new Error(`No office with the ISO code(s) ${isoCodes?.join(', ')}: the offices are ${countries.map((c) => c.isoCode).join(', ')}.`)
  const { docs: programmeDocs } = await payload.find({
    collection: 'programmes',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    draft: false,
    select: { countries: true },
    where: { _status: { equals: 'published' } },
    sort: 'id',
  })
  const programmes = programmeDocs.map((p) => ({
    id: p.id,
    countries: ((p.countries ?? []) as unknown[]).map((c) => (typeof c === 'object' && c ? (c as { id: number | string }).id : (c as number | string))),
  }))
  return { offices, programmes, images: await illustrations(payload) }
}

const illustrationCount = 6

/** A few generated illustrations for the archive's hero images (idempotent, by their alt text). */
async function illustrations(payload: Payload): Promise<(number | string)[]> {
  const ids: (number | string)[] = []
  const palette = ['#0033a0', '#418fde', '#5c8a3a', '#d7263d', '#f2a900', '#6b4c9a']
  for (let i = 0; i < illustrationCount; i += 1) {
    const alt = { en: `Archive illustration ${i + 1}: coloured bands over a pale background.`, tr: `Arşiv görseli ${i + 1}: açık zemin üzerinde renkli şeritler.` }
    const { docs } = await payload.find({ collection: 'media', where: { alt: { equals: alt.en } }, locale: defaultLocale, overrideAccess: true, limit: 1, depth: 0 })
    if (docs[0]) {
      ids.push(docs[0].id)
      continue
    }
    const bands = Array.from(
      { length: 5 },
      (_, b) => `<rect x="0" y="${120 + b * 140}" width="1600" height="90" fill="${palette[(i + b) % palette.length]}" opacity="0.${8 - b}"/>`,
    ).join('')
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#eef2f8"/>${bands}</svg>`
    const file = await sharp(Buffer.from(svg)).png().toBuffer()
    const created = await payload.create({
      collection: 'media',
      locale: defaultLocale,
      data: { alt: alt.en },
      file: { data: file, mimetype: 'image/png', name: `archive-${i + 1}.png`, size: file.length },
      overrideAccess: true,
    })
    await payload.update({ collection: 'media', id: created.id, locale: 'tr', data: { alt: alt.tr }, overrideAccess: true })
    ids.push(created.id)
  }
  return ids
}

/**
 * Which of these keys (English slugs) have a document, and which of those have their version
 * (a crash can leave a document without one): two indexed lookups per batch, never the whole
 * collection, so a run at 50,000 documents costs per batch what one at 500 does.
 */
async function presentKeys(payload: Payload, collection: BulkCollection, keys: string[]): Promise<{ documents: Map<string, number | string>; versioned: Set<string> }> {
  const read = async (draft: boolean, slugs: string[]) => {
    const { docs } = await payload.find({
      collection,
      where: { 'slug.en': { in: slugs } },
      locale: defaultLocale,
      fallbackLocale: false,
      draft,
      depth: 0,
      limit: slugs.length * 2,
      overrideAccess: true,
      select: { slug: true },
    })
    return docs as unknown as { id: number | string; slug?: string | null }[]
  }
  const documents = new Map((await read(false, keys)).flatMap((d) => (d.slug ? [[d.slug, d.id] as const] : [])))
  // Versions only of the documents found (none in a new archive: the versions' read was 40-65 ms a batch at 50,000).
  const versioned = new Set(documents.size === 0 ? [] : (await read(true, [...documents.keys()])).flatMap((d) => (d.slug ? [d.slug] : [])))
  return { documents, versioned }
}

/** Writes one generated document as the local API would leave it published: the document, its version, its search entry (the feed's entries: writeDocuments); returns what was stored. */
export async function writeDocument(
  payload: Payload,
  collection: BulkCollection,
  data: Record<string, unknown>,
  req: PayloadRequest,
  /** The offices' languages already read in this batch (the sites do not change during one). */
  languagesOf = new Map<string, Promise<Locale[] | undefined>>(),
): Promise<Record<string, unknown> & { id: number | string }> {
  const config = payload.collections[collection].config
  const now = new Date().toISOString()
  // The languages owed, as the save hook counts them (fields/translationStatus.ts).
  const offices = (Array.isArray(data.countries) ? data.countries : data.country != null ? [data.country] : []) as (number | string)[]
  const officesKey = offices.map(String).sort().join(' ')
  if (!languagesOf.has(officesKey)) languagesOf.set(officesKey, siteLanguagesOfOffices(payload, offices, req))
  const languages = await languagesOf.get(officesKey)
  const doc = { ...data, missingTranslations: missingLocalesOf(config.fields, data, languages), createdAt: now, updatedAt: now }
  // Only its id is read back: the whole document, with every locale's rows, cost more than writing it.
  const created = await payload.db.create({ collection, data: doc, req, returning: true, select: { id: true } })
  await payload.db.createVersion({
    collectionSlug: collection,
    parent: created.id,
    versionData: { ...doc },
    autosave: false,
    createdAt: now,
    updatedAt: now,
    req,
    returning: false,
  })
  await writeSearchEntry(payload, collection, created.id, doc, req)
  return { ...doc, id: created.id }
}

/**
 * Writes a batch of generated documents as the local API would leave them published (see
 * writeDocument), then what the partners' changes feed records on those saves, with the items
 * partners get (lib/sync/changes.ts, recordPublished). The images they show must be public
 * first, as publishMedia makes them on a published save.
 */
export async function writeDocuments(
  payload: Payload,
  collection: BulkCollection,
  batch: Record<string, unknown>[],
  req: PayloadRequest,
  languagesOf = new Map<string, Promise<Locale[] | undefined>>(),
): Promise<(number | string)[]> {
  const written: (Record<string, unknown> & { id: number | string })[] = []
  for (const data of batch) written.push(await writeDocument(payload, collection, data, req, languagesOf))
  await recordPublished(payload, collection, written, req)
  return written.map((doc) => doc.id)
}

async function writeSearchEntry(payload: Payload, collection: BulkCollection, id: number | string, doc: Record<string, unknown>, req: PayloadRequest) {
  const now = new Date().toISOString()
  const { title, ...entry } = searchEntryData(collection, doc)
  await payload.db.create({
    collection: 'search',
    data: { doc: { relationTo: collection, value: id }, title, priority: searchPriorities[collection], ...entry, createdAt: now, updatedAt: now },
    req,
    returning: false,
  })
}

/** What publishMedia does on a published save: the images used become public. */
async function publishImages(payload: Payload, ids: (number | string)[], req: PayloadRequest) {
  await payload.db.updateMany({ collection: 'media', where: { and: [{ id: { in: ids } }, { public: { not_equals: true } }] }, data: { public: true }, req, returning: false })
}

/** Generates (or completes) the archive. */
export async function seedBulk(payload: Payload, options: BulkOptions): Promise<BulkSummary> {
  // The offices, programmes and users the archive refers to (idempotent).
  await seed(payload, { demo: false })
  const context = await archiveContext(payload, options.offices)
  const batchSize = options.batchSize ?? 200
  const summary = {} as BulkSummary
  const usedImages = new Set<number | string>()
  for (const collection of ['news', 'statements'] as const) {
    const total = options[collection]
    const counts = { created: 0, existing: 0, repaired: 0 }
    const started = performance.now()
    for (let from = options.from?.[collection] ?? 0; from < total; from += batchSize) {
      const batch = Array.from({ length: Math.min(total, from + batchSize) - from }, (_, i) => generateDocument(collection, from + i, context))
      const { documents, versioned } = await presentKeys(
        payload,
        collection,
        batch.map((d) => d.key),
      )
      const existing: (number | string)[] = []
      const languagesOf = new Map<string, Promise<Locale[] | undefined>>()
      const repaired: (number | string)[] = []
      await inWriteBatch(payload, async (req) => {
        // What publishMedia does on a published save: the images shown become public (the items below show them).
        const images = [...new Set(batch.flatMap(({ data }) => (data.hero as { image?: number | string } | undefined)?.image ?? []))]
        images.forEach((image) => usedImages.add(image))
        if (images.length > 0) await publishImages(payload, images, req)
        const toWrite: Record<string, unknown>[] = []
        for (const { key, data } of batch) {
          const present = documents.get(key)
          if (present !== undefined && versioned.has(key)) {
            counts.existing += 1
            existing.push(present)
            continue
          }
          if (present !== undefined) {
            // Left by a run that stopped between the document and its version: write it again.
            await payload.db.deleteOne({ collection, where: { id: { equals: present } }, req, returning: false })
            await payload.db.deleteMany({ collection: 'search', where: { and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { equals: present } }] }, req })
            repaired.push(present)
            counts.repaired += 1
          }
          toWrite.push(data)
        }
        counts.created += (await writeDocuments(payload, collection, toWrite, req, languagesOf)).length
      })
      await searchEntriesFor(payload, collection, existing)
      // Partners who saw a repaired document hear that it went (its replacement has a new id),
      // once the batch is committed: the feed reads what the public reads.
      for (const id of repaired) await reconcile(payload, collection, id)
      const done = Math.min(total, from + batchSize)
      const seconds = (performance.now() - started) / 1000
      options.onProgress?.({
        collection,
        done,
        total,
        created: counts.created,
        perSecond: counts.created / Math.max(seconds, 0.001),
        rssMB: Math.round(process.memoryUsage().rss / 1048576),
      })
    }
    summary[collection] = counts
  }
  // Again for every image the archive uses, those of documents an earlier run wrote included.
  if (usedImages.size > 0) await publishImages(payload, [...usedImages], await createLocalReq({}, payload))
  // The items partners get with the feed's upserts, stored as the hooks store them: now that the images shown are public.
  await fillMissingItems(payload)
  return summary
}

/**
 * Search entries for documents found already written (a run stopped between a document and its
 * entry leaves one without), written as the plugin's own sync does.
 */
async function searchEntriesFor(payload: Payload, collection: BulkCollection, ids: (number | string)[]) {
  if (ids.length === 0) return
  const { docs: entries } = await payload.find({
    collection: 'search',
    where: { and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { in: ids } }] },
    depth: 0,
    limit: ids.length * 2,
    overrideAccess: true,
    select: { doc: true },
  })
  const indexed = new Set(entries.map((e) => String((e.doc as { value: unknown }).value)))
  const req = await createLocalReq({}, payload)
  for (const id of ids) {
    if (indexed.has(String(id))) continue
    const doc = await payload.findByID({ collection, id, locale: 'all', depth: 0, draft: false, overrideAccess: true })
    await writeSearchEntry(payload, collection, id, doc as unknown as Record<string, unknown>, req)
  }
}
