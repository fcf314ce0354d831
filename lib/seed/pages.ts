import type { Payload, PayloadRequest } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { inWriteBatch } from '@/lib/db/writeBatch'
import { paragraphs } from '@/lib/richtext'
import { idOf } from '@/lib/relationValues'
import { siteIntros, type Localized } from './data'
import { fillGaps, rowIds, seedFields, storedCopies } from './fillGaps'

/**
 * Each office's "Who we are" page, built from every kind of block, and its "Our history"
 * subpage (/en/who-we-are/history, /tr/biz-kimiz/tarihce), in our own words; dates and
 * figures from the pages of the sites Köprü replaces (../shared/seeds). The header's "Who We
 * Are" leads to it (lib/seed/index.ts). And each site's home page, built from blocks. Idempotent: a page found by its English slug on its site
 * is left as an editor may have changed it.
 */
type Office = 'TR' | 'AZ'
type Ids = Map<string, number | string>

type PageText = {
  title: string
  slug: string
  heroHeading: string
  heroText: string
  intro: string[]
  caption: string
  ctaHeading: string
  ctaText: string
  ctaLabel: string
  factsHeading: string
  newsHeading: string
  cardsHeading: string
  faqHeading: string
  faq: { question: string; answer: string }[]
  downloadsHeading: string
  downloadLabel: string
  contactHeading: string
  linkNews: string
  linkProgrammes: string
}

type HistoryText = { title: string; slug: string; body: string[] }

type HomeText = {
  title: string
  slug: string
  heroHeading: string
  aboutLabel: string
  news: string
  facts: string
  statements: string
  programmes: string
  offices: string
}

/** The home page's headings in every language (an office's site keeps those it publishes); its hero's text is the site's introduction (siteIntros). */
const homeHeadings: Localized<Omit<HomeText, 'title' | 'heroHeading'>> = {
  en: {
    slug: 'home',
    aboutLabel: 'Who we are',
    news: 'Latest news',
    facts: 'Facts and figures',
    statements: 'Latest statements',
    programmes: 'Our programmes',
    offices: 'Our country offices',
  },
  tr: {
    slug: 'ana-sayfa',
    aboutLabel: 'Biz kimiz',
    news: 'Son haberler',
    facts: 'Rakamlar',
    statements: 'Son açıklamalar',
    programmes: 'Programlarımız',
    offices: 'Ülke ofislerimiz',
  },
  az: {
    slug: 'ana-sehife',
    aboutLabel: 'Biz kimik',
    news: 'Son xəbərlər',
    facts: 'Rəqəmlər',
    statements: 'Son bəyanatlar',
    programmes: 'Proqramlarımız',
    offices: 'Ölkə ofislərimiz',
  },
}

const homeTitles: Record<Office, Localized<Pick<HomeText, 'title' | 'heroHeading'>>> = {
  TR: {
    en: { title: 'The agency in Türkiye', heroHeading: 'Safe, orderly and regular migration in Türkiye' },
    tr: { title: 'Türkiye’de Ajans', heroHeading: 'Türkiye’de güvenli, düzenli ve muntazam göç' },
    az: { title: 'Türkiyədə təşkilat', heroHeading: 'Türkiyədə təhlükəsiz, nizamlı və qanuni miqrasiya' },
  },
  AZ: {
    en: { title: 'The agency in Azerbaijan', heroHeading: 'Safe, orderly and regular migration in Azerbaijan' },
    tr: { title: 'Azerbaycan’da Ajans', heroHeading: 'Azerbaycan’da güvenli, düzenli ve muntazam göç' },
    az: { title: 'Azərbaycanda təşkilat', heroHeading: 'Azərbaycanda təhlükəsiz, nizamlı və qanuni miqrasiya' },
  },
}

/** The home page as the sections the home showed before it was a page: the introduction, the latest news, the facts, statements, programmes and offices. */
function homeLayout(text: HomeText, intro: string, refs: { image: number | string; about: number | string; offices: (number | string)[] }, stored?: Row[]): Row[] {
  const layout: Row[] = [
    {
      blockType: 'hero',
      image: refs.image,
      heading: text.heroHeading,
      text: intro,
      links: sameRows([{ label: text.aboutLabel, type: 'document', document: { relationTo: 'pages', value: refs.about } }], stored?.[0]?.links),
    },
    { blockType: 'latestItems', heading: text.news, collection: 'news', count: 6 },
    { blockType: 'factsBand', heading: text.facts, source: 'global' },
    { blockType: 'latestItems', heading: text.statements, collection: 'statements', count: 4 },
    { blockType: 'latestItems', heading: text.programmes, collection: 'programmes', count: 12 },
    { blockType: 'cards', heading: text.offices, items: refs.offices.map((value) => ({ relationTo: 'countries', value })) },
  ]
  return sameRows(layout, stored)
}

const officeText: Record<Office, { about: Localized<PageText>; history: Localized<HistoryText>; mailto: string; programmes: string[] }> = {
  TR: {
    mailto: 'mailto:ankara.office@kopru.example',
    programmes: ['migration-management', 'counter-trafficking'],
    about: {
      en: {
        title: 'Who we are',
        slug: 'who-we-are',
        heroHeading: 'Working with Türkiye on migration since 1991',
        heroText: 'From Ankara and field offices across the country, we help the Government and partners make migration safe, orderly and regular.',
        intro: [
          'We are the agency’s country office in Türkiye. Our teams work on border and migration management, the protection of people in vulnerable situations, labour migration and the fight against human trafficking.',
          'Türkiye is a Champion Country of the Global Compact for Safe, Orderly and Regular Migration; much of our work follows the national strategy on irregular migration.',
        ],
        caption: 'Partners around one table: our work is done with the authorities, civil society and other UN agencies.',
        ctaHeading: 'Work with us',
        ctaText: 'Organisations and experts who share our goals can write to the Ankara office about partnerships and calls for expression of interest.',
        ctaLabel: 'Write to the Ankara office',
        factsHeading: 'Migration in figures',
        newsHeading: 'Latest from Türkiye',
        cardsHeading: 'What we do',
        faqHeading: 'Questions we are often asked',
        faq: [
          {
            question: 'Do you decide on residence permits or asylum?',
            answer: 'No. Decisions on residence and international protection are taken by the Turkish authorities. We support them and refer people to the right services.',
          },
          {
            question: 'Can you help me return home?',
            answer: 'Migrants who want to return voluntarily can ask our office about assisted voluntary return and reintegration support.',
          },
          { question: 'How can a journalist reach the office?', answer: 'Each news item names its press contacts; general questions go to the office’s e-mail address below.' },
        ],
        downloadsHeading: 'Documents',
        downloadLabel: 'The office at a glance (one-page summary)',
        contactHeading: 'Contact the office',
        linkNews: 'Read our news',
        linkProgrammes: 'See our programmes',
      },
      tr: {
        title: 'Biz kimiz',
        slug: 'biz-kimiz',
        heroHeading: '1991’den bu yana göç alanında Türkiye ile birlikte',
        heroText: 'Ankara’dan ve ülke genelindeki saha ofislerimizden, göçün güvenli, düzenli ve muntazam olması için hükümetle ve ortaklarla çalışıyoruz.',
        intro: [
          'Ajansın Türkiye ülke ofisiyiz. Ekiplerimiz sınır ve göç yönetimi, kırılgan durumdaki insanların korunması, emek göçü ve insan ticaretiyle mücadele alanlarında çalışıyor.',
          'Türkiye, Güvenli, Düzenli ve Muntazam Göç için Küresel Mutabakat’ın Lider Ülkelerinden biridir; çalışmalarımızın büyük bölümü düzensiz göçe ilişkin ulusal stratejiye dayanıyor.',
        ],
        caption: 'Aynı masa etrafında ortaklar: çalışmalarımızı kamu kurumları, sivil toplum ve diğer BM kuruluşlarıyla birlikte yürütüyoruz.',
        ctaHeading: 'Bizimle çalışın',
        ctaText: 'Hedeflerimizi paylaşan kuruluşlar ve uzmanlar, ortaklıklar ve ilgi beyanı çağrıları için Ankara ofisine yazabilir.',
        ctaLabel: 'Ankara ofisine yazın',
        factsHeading: 'Rakamlarla göç',
        newsHeading: 'Türkiye’den son haberler',
        cardsHeading: 'Neler yapıyoruz',
        faqHeading: 'Sık sorulan sorular',
        faq: [
          {
            question: 'İkamet izni ya da sığınma konusunda siz mi karar veriyorsunuz?',
            answer: 'Hayır. İkamet ve uluslararası koruma kararlarını Türk makamları verir. Biz onlara destek olur, kişileri doğru hizmetlere yönlendiririz.',
          },
          {
            question: 'Ülkeme dönmeme yardım edebilir misiniz?',
            answer: 'Gönüllü olarak dönmek isteyen göçmenler, destekli gönüllü geri dönüş ve yeniden entegrasyon desteği için ofisimize başvurabilir.',
          },
          {
            question: 'Bir gazeteci ofise nasıl ulaşabilir?',
            answer: 'Her haberde basın iletişim kişileri yer alır; genel sorular aşağıdaki ofis e-posta adresine gönderilebilir.',
          },
        ],
        downloadsHeading: 'Belgeler',
        downloadLabel: 'Bir bakışta ofis (tek sayfalık özet)',
        contactHeading: 'Ofisle iletişim',
        linkNews: 'Haberlerimizi okuyun',
        linkProgrammes: 'Programlarımıza göz atın',
      },
    },
    history: {
      en: {
        title: 'Our history',
        slug: 'history',
        body: [
          'The agency opened its office in Ankara in 1991, when Türkiye became one of the main countries of transit and destination in the region.',
          'Over three decades the work grew from emergency assistance to long-term programmes with the Government: border management, migrant protection, labour migration and the fight against trafficking.',
        ],
      },
      tr: {
        title: 'Tarihçemiz',
        slug: 'tarihce',
        body: [
          'Ajans, Türkiye’nin bölgedeki başlıca transit ve hedef ülkelerden biri hâline geldiği 1991 yılında Ankara ofisini açtı.',
          'Otuz yılı aşkın sürede çalışmalar acil yardımdan hükümetle yürütülen uzun vadeli programlara uzandı: sınır yönetimi, göçmenlerin korunması, emek göçü ve insan ticaretiyle mücadele.',
        ],
      },
    },
  },
  AZ: {
    mailto: 'mailto:baku.office@kopru.example',
    programmes: ['counter-trafficking'],
    about: {
      en: {
        title: 'Who we are',
        slug: 'who-we-are',
        heroHeading: 'In Azerbaijan since 1996',
        heroText: 'From Baku, we support the Government and civil society against trafficking and forced labour, and in managing migration.',
        intro: [
          'We are the agency’s country office in Azerbaijan. We work on counter-trafficking, migration management, and the return and reintegration of migrants.',
          'Our partners are the State Migration Service, other ministries, civil society organisations and the UN agencies in the country.',
        ],
        caption: 'Partners around one table: our work is done with the authorities, civil society and other UN agencies.',
        ctaHeading: 'Work with us',
        ctaText: 'Organisations and experts who share our goals can write to the Baku office about partnerships and calls for expression of interest.',
        ctaLabel: 'Write to the Baku office',
        factsHeading: 'Migration in figures',
        newsHeading: 'Latest from Azerbaijan',
        cardsHeading: 'What we do',
        faqHeading: 'Questions we are often asked',
        faq: [
          {
            question: 'Who can ask for help after trafficking?',
            answer: 'Anyone who has been trafficked, in Azerbaijan or abroad, can ask our office or its partners for confidential help.',
          },
          { question: 'How can a journalist reach the office?', answer: 'Each news item names its press contacts; general questions go to the office’s e-mail address below.' },
        ],
        downloadsHeading: 'Documents',
        downloadLabel: 'The office at a glance (one-page summary)',
        contactHeading: 'Contact the office',
        linkNews: 'Read our news',
        linkProgrammes: 'See our programmes',
      },
      az: {
        title: 'Biz kimik',
        slug: 'biz-kimik',
        heroHeading: '1996-cı ildən Azərbaycanda',
        heroText: 'Bakıdan hökumətə və vətəndaş cəmiyyətinə insan alverinə və məcburi əməyə qarşı mübarizədə, miqrasiyanın idarə olunmasında dəstək veririk.',
        intro: [
          'Biz təşkilatın Azərbaycandakı ölkə ofisiyik. İnsan alverinə qarşı mübarizə, miqrasiyanın idarə olunması, miqrantların qayıdışı və reinteqrasiyası sahələrində çalışırıq.',
          'Tərəfdaşlarımız Dövlət Miqrasiya Xidməti, digər nazirliklər, vətəndaş cəmiyyəti təşkilatları və ölkədəki BMT qurumlarıdır.',
        ],
        caption: 'Bir masa ətrafında tərəfdaşlar: işimizi dövlət qurumları, vətəndaş cəmiyyəti və digər BMT qurumları ilə birlikdə görürük.',
        ctaHeading: 'Bizimlə işləyin',
        ctaText: 'Məqsədlərimizi bölüşən təşkilatlar və ekspertlər tərəfdaşlıq və maraq ifadəsi çağırışları üçün Bakı ofisinə yaza bilər.',
        ctaLabel: 'Bakı ofisinə yazın',
        factsHeading: 'Rəqəmlərlə miqrasiya',
        newsHeading: 'Azərbaycandan son xəbərlər',
        cardsHeading: 'Nə edirik',
        faqHeading: 'Tez-tez verilən suallar',
        faq: [
          {
            question: 'İnsan alverindən sonra kim kömək istəyə bilər?',
            answer: 'Azərbaycanda və ya xaricdə insan alverinə məruz qalan hər kəs ofisimizdən və ya tərəfdaşlarımızdan məxfi kömək istəyə bilər.',
          },
          {
            question: 'Jurnalist ofislə necə əlaqə saxlaya bilər?',
            answer: 'Hər xəbərdə mətbuat üçün əlaqə şəxsləri göstərilir; ümumi suallar aşağıdakı ofis e-poçt ünvanına göndərilə bilər.',
          },
        ],
        downloadsHeading: 'Sənədlər',
        downloadLabel: 'Bir baxışda ofis (bir səhifəlik xülasə)',
        contactHeading: 'Ofislə əlaqə',
        linkNews: 'Xəbərlərimizi oxuyun',
        linkProgrammes: 'Proqramlarımıza baxın',
      },
    },
    history: {
      en: {
        title: 'Our history',
        slug: 'history',
        body: [
          'Azerbaijan joined the agency in 2001; our office in Baku has worked in the country since 1996.',
          'The first programmes helped people displaced by conflict; today the office works mostly on counter-trafficking, migration management and reintegration.',
        ],
      },
      az: {
        title: 'Tariximiz',
        slug: 'tarix',
        body: [
          'Azərbaycan təşkilata 2001-ci ildə qoşulub; Bakıdakı ofisimiz 1996-cı ildən ölkədə fəaliyyət göstərir.',
          'İlk proqramlar münaqişə nəticəsində məcburi köçkün düşmüş insanlara kömək edirdi; bu gün ofis əsasən insan alverinə qarşı mübarizə, miqrasiyanın idarə olunması və reinteqrasiya üzərində çalışır.',
        ],
      },
    },
  },
}

/** A one-page PDF of the office (no binaries in the repository): a valid file, so uploads' type check accepts it. */
function onePagePdf(lines: string[]): Buffer {
  const text = lines.map((line, i) => `BT /F1 ${i === 0 ? 18 : 12} Tf 72 ${770 - i * 28} Td (${line.replace(/[()\\]/g, '')}) Tj ET`).join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out)
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

type Row = { id?: string | null; [key: string]: unknown }

/** The same rows again, each with the id it was stored under (a translation lands on the same row). */
const sameRows = (rows: Row[], stored: unknown): Row[] => rows.map((row, i) => ({ ...row, ...(Array.isArray(stored) && stored[i]?.id ? { id: stored[i].id } : {}) }))

function aboutLayout(
  text: PageText,
  refs: { image: number | string; pdf: number | string; history?: number | string; programmes: (number | string)[]; mailto: string; office: number | string },
  stored?: Row[],
): Row[] {
  const layout: Row[] = [
    {
      blockType: 'hero',
      image: refs.image,
      heading: text.heroHeading,
      text: text.heroText,
      links: sameRows(
        [
          { label: text.linkNews, type: 'route', route: '/news' },
          { label: text.linkProgrammes, type: 'route', route: '/programmes' },
        ],
        stored?.[0]?.links,
      ),
    },
    { blockType: 'richText', content: paragraphs(...text.intro) },
    { blockType: 'image', image: refs.image, caption: text.caption },
    { blockType: 'callToAction', heading: text.ctaHeading, text: text.ctaText, link: { label: text.ctaLabel, type: 'url', url: refs.mailto } },
    { blockType: 'factsBand', heading: text.factsHeading, source: 'global' },
    { blockType: 'latestItems', heading: text.newsHeading, collection: 'news', office: refs.office, count: 3 },
    {
      blockType: 'cards',
      heading: text.cardsHeading,
      items: [...(refs.history ? [{ relationTo: 'pages', value: refs.history }] : []), ...refs.programmes.map((value) => ({ relationTo: 'programmes', value }))],
    },
    {
      blockType: 'accordion',
      heading: text.faqHeading,
      items: sameRows(
        text.faq.map(({ question, answer }) => ({ question, answer: paragraphs(answer) })),
        stored?.[7]?.items,
      ),
    },
    { blockType: 'downloads', heading: text.downloadsHeading, files: sameRows([{ file: refs.pdf, label: text.downloadLabel, language: 'en' }], stored?.[8]?.files) },
    { blockType: 'officeContact', heading: text.contactHeading, office: refs.office },
  ]
  return sameRows(layout, stored)
}

/**
 * Seeds each office's pages on its site; returns the "Who we are" page's id per site key (the
 * header links to it).
 */
export async function seedPages(
  payload: Payload,
  {
    countryIds,
    programmeIds,
    imageId,
    count,
  }: { countryIds: Ids; programmeIds: Ids; imageId: number | string; count: (bucket: 'created' | 'existing' | 'translated', collection: string) => void },
): Promise<Map<string, number | string>> {
  const about = new Map<string, number | string>()
  const { docs: sites } = await payload.find({
    collection: 'sites',
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    select: { key: true, languages: true, offices: true },
  })
  for (const site of sites) {
    const office: Office | undefined = site.key === 'turkiye' ? 'TR' : site.key === 'azerbaijan' ? 'AZ' : undefined
    const officeId = office ? countryIds.get(office) : undefined
    if (!office || officeId == null) continue
    const texts = officeText[office]
    const languages = ((site.languages ?? []) as Locale[]).filter((locale) => locale !== defaultLocale)
    const existing = async (slug: string, draft: boolean, req: PayloadRequest) =>
      (
        await payload.find({
          collection: 'pages',
          where: { and: [{ site: { equals: site.id } }, { slug: { equals: slug } }] },
          locale: defaultLocale,
          draft,
          depth: 0,
          limit: 1,
          overrideAccess: true,
          req,
        })
      ).docs[0]
    // Written in the default language, then each of the site's other languages onto the same rows.
    // A run stopped part way is completed by the next (tests/resilience/crash.test.ts): a page whose
    // version was cut short (its row written, not its version) is saved again whole, a language
    // not yet written is added, and text a cut-short save left out is filled in (fillGaps).
    // Each page with its languages in one transaction (lib/db/writeBatch.ts): a run killed part way
    // leaves it whole or absent. The repairs below remain for pages an older seed left cut short.
    const write = (slug: string, dataFor: (locale: Locale, stored?: Row[]) => Record<string, unknown> | null): Promise<number | string> =>
      inWriteBatch(payload, async (req) => {
        const latest = await existing(slug, true, req)
        const stored = latest ? undefined : await existing(slug, false, req)
        let id: number | string
        if (latest) {
          count('existing', 'pages')
          id = latest.id
        } else if (stored) {
          await payload.update({
            collection: 'pages',
            id: stored.id,
            locale: defaultLocale,
            data: dataFor(defaultLocale) as never,
            overrideAccess: true,
            context: { seeding: true },
            req,
          })
          count('existing', 'pages')
          id = stored.id
        } else {
          id = (await payload.create({ collection: 'pages', locale: defaultLocale, data: dataFor(defaultLocale) as never, overrideAccess: true, context: { seeding: true }, req }))
            .id
          count('created', 'pages')
        }
        // A page whose latest version lost rows its own rows have (or the reverse) was cut short
        // while saving: its own rows are saved again first, or the next save would merge into the
        // short version and drop the rest (seen: a page left with its hero only).
        const [version, own] = await storedCopies(payload, 'pages', id, defaultLocale, { draft: false, req })
        if (version && own && rowIds(version.layout).join() !== rowIds(own.layout).join()) {
          await payload.update({ collection: 'pages', id, locale: defaultLocale, data: { layout: own.layout } as never, overrideAccess: true, context: { seeding: true }, req })
        }
        // Each language, the default's too: one not written yet is added, and text a cut-short save
        // left out is filled in (fillGaps), in the latest version, then in the page's own rows (storedCopies).
        // The rows' ids, read once: filling a gap keeps every stored row.
        const rows = (await storedCopies(payload, 'pages', id, defaultLocale, { draft: false, req }))[0]?.layout as Row[] | undefined
        for (const locale of [defaultLocale, ...languages]) {
          const data = dataFor(locale, rows)
          if (!data) continue
          for (const own of await storedCopies(payload, 'pages', id, locale, { draft: false, req })) {
            const { value, filled } = fillGaps(own, data)
            if (!filled) continue
            await payload.update({ collection: 'pages', id, locale, data: seedFields(value, data) as never, overrideAccess: true, context: { seeding: true }, req })
            if (locale !== defaultLocale && !own.title) count('translated', 'pages')
            break
          }
        }
        return id
      })
    const common = { _status: 'published', site: site.id, country: officeId }
    const pdfName = `${site.key}-office-at-a-glance.pdf`
    const pdf = await inWriteBatch(payload, async (req) => {
      const storedPdf = (await payload.find({ collection: 'media', where: { filename: { equals: pdfName } }, depth: 0, limit: 1, overrideAccess: true, req })).docs[0]?.id
      count(storedPdf == null ? 'created' : 'existing', 'media')
      return (
        storedPdf ??
        (
          await payload.create({
            req,
            collection: 'media',
            data: { alt: `${texts.about.en?.title}: ${texts.about.en?.heroHeading}` },
            file: (() => {
              const data = onePagePdf([texts.about.en?.heroHeading ?? '', ...(texts.about.en?.intro ?? [])].map((line) => line.replace(/[^\x20-\x7e]/g, '')))
              return { data, mimetype: 'application/pdf', name: pdfName, size: data.length }
            })(),
            overrideAccess: true,
          })
        ).id
      )
    })
    const programmes = texts.programmes.map((key) => programmeIds.get(key)).filter((id): id is number | string => id != null)
    // The subpage needs its parent: "Who we are" first (its cards name the history page once it exists).
    const aboutId = await write(texts.about.en?.slug ?? 'who-we-are', (locale, stored) => {
      const text = texts.about[locale]
      if (!text) return null
      return {
        ...common,
        title: text.title,
        slug: text.slug,
        layout: aboutLayout(text, { image: imageId, pdf, programmes, mailto: texts.mailto, office: officeId }, stored),
      }
    })
    const historyId = await write(texts.history.en?.slug ?? 'history', (locale) => {
      const text = texts.history[locale]
      if (!text) return null
      return { ...common, title: text.title, slug: text.slug, parent: aboutId, layout: [{ blockType: 'richText', content: paragraphs(...text.body) }] }
    })
    // Now the cards can name the history page, in every language (the layout is shared).
    await inWriteBatch(payload, async (req) => {
      const stored = (await payload.findByID({ collection: 'pages', id: aboutId, locale: defaultLocale, depth: 0, overrideAccess: true, req })).layout as Row[] | undefined
      const cards = stored?.find((row) => row.blockType === 'cards') as (Row & { items?: { relationTo: string; value: unknown }[] }) | undefined
      if (cards && !(cards.items ?? []).some((item) => item.relationTo === 'pages')) {
        const layout = stored?.map((row) => (row === cards ? { ...row, items: [{ relationTo: 'pages', value: historyId }, ...(cards.items ?? [])] } : row))
        await payload.update({ collection: 'pages', id: aboutId, locale: defaultLocale, data: { layout } as never, overrideAccess: true, context: { seeding: true }, req })
      }
    })
    // The site's home page: today's home sections as blocks, below a hero with the site's introduction.
    await write(homeHeadings.en?.slug ?? 'home', (locale, stored) => {
      const headings = homeHeadings[locale]
      const titles = homeTitles[office][locale]
      if (!headings || !titles) return null
      const text = { ...headings, ...titles }
      const offices = ((site.offices ?? []) as unknown[]).map((value) => idOf(value)).filter((id): id is number | string => id != null)
      return {
        ...common,
        home: true,
        title: text.title,
        slug: text.slug,
        layout: homeLayout(text, siteIntros[office][locale] ?? '', { image: imageId, about: aboutId, offices }, stored),
      }
    })
    about.set(site.key, aboutId)
  }
  return about
}
