import type { CollectionConfig, Field, GlobalConfig, Plugin } from 'payload'

import type { PerLocale } from '@/i18n/localized'

type Text = PerLocale<string>

/**
 * Short help under every field of the admin, in every admin language, kept here as data (a
 * test checks that every field an editor sees has a label and a description in each).
 * Keys are field paths ("pressContacts.email"); `*` entries apply to a field name anywhere.
 */
const common: Record<string, Text> = {
  title: {
    en: 'The headline as readers see it; the web address (slug) is made from it.',
    tr: 'Okurların gördüğü başlık; web adresi (slug) bundan oluşturulur.',
    az: 'Oxucuların gördüyü başlıq; səhifə ünvanı (slug) ondan yaradılır.',
  },
  body: {
    en: 'The full text. Use headings for sections and link the sources you cite.',
    tr: 'Metnin tamamı. Bölümler için ara başlık kullanın ve alıntıladığınız kaynaklara bağlantı verin.',
    az: 'Tam mətn. Bölmələr üçün ara başlıqlardan istifadə edin və istinad etdiyiniz mənbələrə keçid verin.',
  },
  publishedDate: {
    en: 'The date shown on the item; lists and feeds are ordered by it.',
    tr: 'Haberde görünen tarih; listeler ve akışlar buna göre sıralanır.',
    az: 'Xəbərdə göstərilən tarix; siyahılar və lentlər bu tarixə görə sıralanır.',
  },
  date: { en: 'The date the statement was made or issued.', tr: 'Açıklamanın yapıldığı ya da yayımlandığı tarih.', az: 'Bəyanatın verildiyi və ya yayıldığı tarix.' },
  country: {
    en: 'The country office this belongs to. It decides who may edit and publish it.',
    tr: 'Bağlı olduğu ülke ofisi. Kimin düzenleyip yayımlayabileceğini belirler.',
    az: 'Aid olduğu ölkə ofisi. Onu kimin redaktə və dərc edə biləcəyini müəyyən edir.',
  },
  programmes: {
    en: 'Programmes this is about; it then appears on their pages.',
    tr: 'İlgili programlar; içerik bu programların sayfalarında da görünür.',
    az: 'Bu materialın aid olduğu proqramlar; material həmin proqramların səhifələrində də görünür.',
  },
  lastEditedBy: {
    en: 'Set automatically: the account that saved this version.',
    tr: 'Kendiliğinden doldurulur: bu sürümü kaydeden hesap.',
    az: 'Avtomatik doldurulur: bu versiyanı yadda saxlayan hesab.',
  },
  name: { en: 'The name as it should appear on the site.', tr: 'Sitede görünmesi gereken ad.', az: 'Saytda göstəriləcək ad.' },
  url: { en: 'Full address starting with https://', tr: 'https:// ile başlayan tam adres', az: 'https:// ilə başlayan tam ünvan' },
  email: { en: 'An address that is read every working day.', tr: 'Her iş günü okunan bir adres.', az: 'Hər iş günü yoxlanılan ünvan.' },
  label: { en: 'The text of the link or heading, in this language.', tr: 'Bağlantının ya da başlığın bu dildeki metni.', az: 'Keçidin və ya başlığın bu dildəki mətni.' },
  type: { en: 'What the link points to.', tr: 'Bağlantının gösterdiği yer.', az: 'Keçidin apardığı yer.' },
  route: {
    en: 'The page of this site; its address follows the reader’s language.',
    tr: 'Bu sitenin sayfası; adresi okurun diline göre değişir.',
    az: 'Bu saytın səhifəsi; ünvanı oxucunun dilinə uyğun dəyişir.',
  },
  links: { en: 'The links, in the order shown.', tr: 'Bağlantılar, gösterilecekleri sırayla.', az: 'Keçidlər, göstəriləcəkləri ardıcıllıqla.' },
  text: { en: 'The text, in this language.', tr: 'Bu dildeki metin.', az: 'Bu dildəki mətn.' },
}

const perCollection: Record<string, Record<string, Text>> = {
  news: {
    hero: {
      en: 'The picture at the top of the article and in shares on social media.',
      tr: 'Haberin başındaki ve sosyal medya paylaşımlarındaki görsel.',
      az: 'Xəbərin yuxarısında və sosial şəbəkələrdəki paylaşımlarda görünən şəkil.',
    },
    'hero.image': { en: 'A landscape image, at least 1600 pixels wide.', tr: 'En az 1600 piksel genişliğinde, yatay bir görsel.', az: 'Eni ən azı 1600 piksel olan üfüqi şəkil.' },
    pressContacts: {
      en: 'Who journalists can contact about this item.',
      tr: 'Gazetecilerin bu haber için ulaşabileceği kişiler.',
      az: 'Jurnalistlərin bu xəbərlə bağlı müraciət edə biləcəyi şəxslər.',
    },
    'pressContacts.name': {
      en: 'Person or desk, e.g. "Baku office press desk".',
      tr: 'Kişi ya da birim, ör. "Bakü ofisi basın masası".',
      az: 'Şəxs və ya bölmə, məsələn, "Bakı ofisinin mətbuat xidməti".',
    },
  },
  statements: {
    kind: {
      en: 'Statement, press release, message or speech: shown above the title and used as a filter.',
      tr: 'Açıklama, basın bülteni, mesaj ya da konuşma: başlığın üstünde gösterilir ve süzgeç olarak kullanılır.',
      az: 'Bəyanat, press-reliz, müraciət və ya çıxış: başlığın üstündə göstərilir və filtr kimi istifadə olunur.',
    },
    speakerName: { en: 'Who made the statement (the same in every language).', tr: 'Açıklamayı yapan kişi (her dilde aynı).', az: 'Bəyanatı verən şəxs (bütün dillərdə eyni).' },
    pdf: { en: 'The signed or official PDF version, if there is one.', tr: 'Varsa imzalı ya da resmî PDF sürümü.', az: 'İmzalanmış və ya rəsmi PDF versiyası (əgər varsa).' },
  },
  programmes: {
    'pillars.title': { en: 'Name of the pillar, e.g. "Prevention".', tr: 'Sütunun adı, ör. "Önleme".', az: 'İstiqamətin adı, məsələn, "Qarşısının alınması".' },
    'pillars.text': {
      en: 'One or two sentences on what the programme does under it.',
      tr: 'Programın bu sütun altında ne yaptığını anlatan bir iki cümle.',
      az: 'Proqramın bu istiqamət üzrə nə etdiyini izah edən bir-iki cümlə.',
    },
    principles: {
      en: 'The principles the programme follows, one per row.',
      tr: 'Programın izlediği ilkeler, her satırda bir tane.',
      az: 'Proqramın rəhbər tutduğu prinsiplər, hər sətirdə biri.',
    },
    since: { en: 'The year the programme started.', tr: 'Programın başladığı yıl.', az: 'Proqramın başladığı il.' },
    status: { en: 'Active programmes are listed first.', tr: 'Süren programlar önce listelenir.', az: 'Davam edən proqramlar siyahıda birinci göstərilir.' },
    countries: {
      en: 'The offices that run the programme; their editors may edit it.',
      tr: 'Programı yürüten ofisler; bu ofislerin editörleri düzenleyebilir.',
      az: 'Proqramı həyata keçirən ofislər; onların redaktorları proqramı redaktə edə bilər.',
    },
    partners: { en: 'Organisations the programme works with.', tr: 'Programın birlikte çalıştığı kuruluşlar.', az: 'Proqramın birgə işlədiyi təşkilatlar.' },
    donors: { en: 'Who funds the programme.', tr: 'Programı finanse edenler.', az: 'Proqramı maliyyələşdirənlər.' },
  },
  facts: {
    notation: {
      en: 'How the number is written: plain (100,000), compact (1.7M) or percent.',
      tr: 'Sayının yazılışı: düz (100.000), kısa (1,7 milyon) ya da yüzde.',
      az: 'Rəqəmin yazılışı: adi (100.000), qısa (1,7 mln) və ya faiz.',
    },
    scope: {
      en: 'Global figures appear in the band on every office’s pages; country figures on that office’s page.',
      tr: 'Küresel rakamlar her ofisin sayfalarındaki bantta, ülke rakamları o ofisin sayfasında görünür.',
      az: 'Qlobal rəqəmlər bütün ofislərin səhifələrindəki zolaqda, ölkə rəqəmləri isə həmin ofisin səhifəsində görünür.',
    },
    asOf: { en: 'The date the figure refers to ("as of").', tr: 'Rakamın ait olduğu tarih ("itibarıyla").', az: 'Rəqəmin aid olduğu tarix ("… tarixinə").' },
    source: {
      en: 'Where the figure comes from; shown under the facts page.',
      tr: 'Rakamın kaynağı; rakamlar sayfasında gösterilir.',
      az: 'Rəqəmin mənbəyi; faktlar və rəqəmlər səhifəsində göstərilir.',
    },
    'source.text': {
      en: 'Name of the source, e.g. "Agency global data, 2022".',
      tr: 'Kaynağın adı, ör. "Kuruluşun küresel verileri, 2022".',
      az: 'Mənbənin adı, məsələn, "Təşkilatın qlobal məlumatları, 2022".',
    },
    programme: {
      en: 'The programme the figure belongs to, if any; it then appears on its page.',
      tr: 'Rakamın ait olduğu program (varsa); o programın sayfasında da görünür.',
      az: 'Rəqəmin aid olduğu proqram (əgər varsa); rəqəm həmin proqramın səhifəsində də görünür.',
    },
  },
  countries: {
    heroImage: {
      en: 'A landscape picture of the country or the office’s work.',
      tr: 'Ülkenin ya da ofisin çalışmalarının yatay bir görseli.',
      az: 'Ölkəni və ya ofisin işini əks etdirən üfüqi şəkil.',
    },
    office: {
      en: 'The office contact shown at the bottom of the country page.',
      tr: 'Ülke sayfasının altında gösterilen ofis iletişim bilgileri.',
      az: 'Ölkə səhifəsinin aşağısında göstərilən ofis əlaqə məlumatları.',
    },
    'office.address': { en: 'Postal address, on as many lines as needed.', tr: 'Posta adresi, gerektiği kadar satırda.', az: 'Poçt ünvanı, lazım olan qədər sətirdə.' },
  },
  media: {
    credit: {
      en: 'Photographer or owner, as it must appear, e.g. "© Agency/A. Yılmaz".',
      tr: 'Fotoğrafçı ya da hak sahibi, görünmesi gerektiği gibi, ör. "© Kuruluş/A. Yılmaz".',
      az: 'Fotoqraf və ya hüquq sahibi, göstərilməli olduğu kimi, məsələn, "© Təşkilat/A. Məmmədov".',
    },
  },
  users: {
    name: { en: 'Full name, shown in the version history.', tr: 'Ad soyad; sürüm geçmişinde görünür.', az: 'Ad və soyad; versiya tarixçəsində göstərilir.' },
    roles: {
      en: 'What this person may do: see the table in the README.',
      tr: 'Bu kişinin neler yapabileceği: README’deki tabloya bakın.',
      az: 'Bu şəxsin nələr edə biləcəyi: README faylındakı cədvələ baxın.',
    },
  },
  search: {
    title: {
      en: 'The title of the document in English (set automatically).',
      tr: 'Belgenin İngilizce başlığı (kendiliğinden).',
      az: 'Sənədin ingilis dilindəki başlığı (avtomatik doldurulur).',
    },
    priority: {
      en: 'Higher numbers rank higher in search results.',
      tr: 'Yüksek sayılar arama sonuçlarında üste çıkar.',
      az: 'Böyük rəqəmlər axtarış nəticələrində daha yuxarıda göstərilir.',
    },
    doc: { en: 'The document this entry stands for.', tr: 'Bu kaydın temsil ettiği belge.', az: 'Bu qeydin aid olduğu sənəd.' },
    date: {
      en: 'The document’s date, used to rank equal matches.',
      tr: 'Belgenin tarihi; eşit eşleşmeleri sıralamada kullanılır.',
      az: 'Sənədin tarixi; eyni dərəcədə uyğun nəticələri sıralamaq üçün istifadə olunur.',
    },
  },
  navigation: {
    sections: { en: 'The main sections of the header, in order.', tr: 'Üst menünün ana bölümleri, sırasıyla.', az: 'Yuxarı menyunun əsas bölmələri, ardıcıllıqla.' },
  },
  // A site's own menus (collections/Sites), as the globals' (navigation, footer).
  sites: {
    sections: {
      en: 'The main sections of this site’s header, in order.',
      tr: 'Bu sitenin üst menüsünün ana bölümleri, sırasıyla.',
      az: 'Bu saytın yuxarı menyusunun əsas bölmələri, ardıcıllıqla.',
    },
    columns: {
      en: 'Columns of links at the bottom of this site’s pages.',
      tr: 'Bu sitenin sayfalarının altındaki bağlantı sütunları.',
      az: 'Bu saytın səhifələrinin aşağısındakı keçid sütunları.',
    },
    'columns.heading': { en: 'Heading of the column.', tr: 'Sütunun başlığı.', az: 'Sütunun başlığı.' },
  },
  footer: {
    columns: { en: 'Columns of links at the bottom of every page.', tr: 'Her sayfanın altındaki bağlantı sütunları.', az: 'Hər səhifənin aşağısındakı keçid sütunları.' },
    'columns.heading': { en: 'Heading of the column.', tr: 'Sütunun başlığı.', az: 'Sütunun başlığı.' },
  },
}

/** Labels for fields that plugins add without a Turkish or Azerbaijani label. */
const labels: Record<string, Record<string, Text>> = {
  search: { title: { en: 'Title', tr: 'Başlık', az: 'Başlıq' }, priority: { en: 'Priority', tr: 'Öncelik', az: 'Prioritet' }, doc: { en: 'Document', tr: 'Belge', az: 'Sənəd' } },
}

function describe(fields: Field[], slug: string, prefix: string[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: describe(field.fields, slug, prefix) }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: describe(tab.fields, slug, prefix) })) }
    if (!('name' in field) || field.type === 'ui') return field
    const path = [...prefix, field.name].join('.')
    const description = perCollection[slug]?.[path] ?? common[field.name]
    const label = labels[slug]?.[path]
    const described = {
      ...field,
      ...(label ? { label } : {}),
      ...(description && !field.admin?.description ? { admin: { ...field.admin, description } } : {}),
    } as Field
    if ('fields' in described && Array.isArray(described.fields)) {
      return { ...described, fields: describe(described.fields, slug, [...prefix, field.name]) } as Field
    }
    return described
  })
}

export function withDescriptions<T extends CollectionConfig | GlobalConfig>(config: T): T {
  return { ...config, fields: describe(config.fields, config.slug, []) }
}

/** Applied last (after the search plugin has added its collection). */
export const describeFields: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map(withDescriptions),
  globals: (config.globals ?? []).map(withDescriptions),
})
