/**
 * Demo content, written in our own words. Facts, figures, places, names and dates come from
 * the pages of the sites Köprü replaces (../shared/seeds). Keys are the English slugs (or the
 * ISO code for countries): the seed finds existing documents by them, so it is idempotent.
 */
import type { Locale } from '@/i18n/locales'
import type { PerLocale } from '@/i18n/localized'

export type Localized<T> = { [L in Locale]?: T }

export type SeedCountry = {
  isoCode: string
  presenceSince: number
  email: string
  phone: string
  text: Localized<{ name: string; summary: string; body: string[]; address: string }>
}

export const countries: SeedCountry[] = [
  {
    isoCode: 'TR',
    presenceSince: 1991,
    email: 'ankara.office@kopru.example',
    phone: '+90 312 555 01 00',
    text: {
      en: {
        name: 'Türkiye',
        summary:
          'Our office in Ankara has worked with the Government of Türkiye since 1991 on border management, protection of vulnerable migrants, labour migration and counter-trafficking.',
        body: [
          'Türkiye sits where Europe meets Asia, and for generations people have left from it, passed through it and settled in it. We help the authorities turn that movement into an asset for development while answering the risks that come with it.',
          'Much of our work follows the national strategy and action plan on irregular migration: stronger border management, better biometric registration, data-sharing and cooperation with countries of origin.',
          'We also assist migrants who want to go home voluntarily, support survivors of trafficking, and advise on a rights-based system for labour migration. Türkiye is a Champion Country of the Global Compact for Safe, Orderly and Regular Migration.',
        ],
        address: 'Çankaya, Ankara, Türkiye',
      },
      tr: {
        name: 'Türkiye',
        summary:
          'Ankara ofisimiz 1991’den bu yana sınır yönetimi, kırılgan durumdaki göçmenlerin korunması, emek göçü ve insan ticaretiyle mücadele alanlarında Türkiye Cumhuriyeti ile birlikte çalışıyor.',
        body: [
          'Türkiye, Avrupa ile Asya’nın buluştuğu noktada yer alıyor; kuşaklar boyunca insanlar buradan ayrıldı, buradan geçti ve buraya yerleşti. Bu hareketliliğin kalkınmaya katkı sunmasına ve beraberinde getirdiği risklerin karşılanmasına yardımcı oluyoruz.',
          'Çalışmalarımızın önemli bir bölümü düzensiz göçe ilişkin ulusal strateji belgesi ve eylem planına dayanıyor: daha güçlü sınır yönetimi, gelişmiş biyometrik kayıt, veri paylaşımı ve menşe ülkelerle iş birliği.',
          'Ayrıca gönüllü olarak ülkesine dönmek isteyen göçmenlere destek oluyor, insan ticareti mağdurlarına yardım ediyor ve haklara dayalı bir emek göçü sistemi için danışmanlık sağlıyoruz. Türkiye, Güvenli, Düzenli ve Muntazam Göç için Küresel Mutabakat’ın Lider Ülkelerinden biridir.',
        ],
        address: 'Çankaya, Ankara, Türkiye',
      },
    },
  },
  {
    isoCode: 'AZ',
    presenceSince: 1996,
    email: 'baku.office@kopru.example',
    phone: '+994 12 555 02 00',
    text: {
      en: {
        name: 'Azerbaijan',
        summary:
          'Present in Azerbaijan since 1996, our Baku office supports the Government and civil society against human trafficking and forced labour, and in managing migration.',
        body: [
          'Since 1996 we have worked alongside ministries, the Ombudsman’s office and civil society organisations in Azerbaijan.',
          'Counter-trafficking is at the centre of that work: raising public awareness, helping the shelters that care for survivors, and supporting the authorities in carrying out the national action plan.',
        ],
        address: 'Baku, Azerbaijan',
      },
      tr: {
        name: 'Azerbaycan',
        summary: '1996’dan bu yana Azerbaycan’da bulunan Bakü ofisimiz, insan ticareti ve zorla çalıştırmayla mücadelede ve göç yönetiminde hükûmeti ve sivil toplumu destekliyor.',
        body: [
          '1996’dan bu yana Azerbaycan’da bakanlıklar, Ombudsman ofisi ve sivil toplum kuruluşlarıyla birlikte çalışıyoruz.',
          'Bu çalışmanın merkezinde insan ticaretiyle mücadele yer alıyor: kamuoyu farkındalığını artırmak, mağdurlara bakan sığınma evlerine destek olmak ve ulusal eylem planının uygulanmasında yetkililere yardımcı olmak.',
        ],
        address: 'Bakü, Azerbaycan',
      },
      az: {
        name: 'Azərbaycan',
        summary:
          '1996-cı ildən Azərbaycanda fəaliyyət göstərən Bakı ofisimiz insan alverinə və məcburi əməyə qarşı mübarizədə, eləcə də miqrasiyanın idarə olunmasında Hökumətə və vətəndaş cəmiyyətinə dəstək verir.',
        body: [
          '1996-cı ildən bəri Azərbaycanda nazirliklər, Ombudsman Aparatı və vətəndaş cəmiyyəti təşkilatları ilə çiyin-çiyinə çalışırıq.',
          'Bu işin mərkəzində insan alverinə qarşı mübarizə dayanır: ictimaiyyətin məlumatlılığını artırmaq, zərər çəkmiş şəxslərə qayğı göstərən sığınacaqlara kömək etmək və milli fəaliyyət planının icrasında dövlət orqanlarına dəstək olmaq.',
        ],
        address: 'Bakı, Azərbaycan',
      },
    },
  },
]

type Organisation = { name: Localized<string>; url?: string }

export type SeedProgramme = {
  key: string
  since: number
  status: 'active' | 'completed'
  countries: string[]
  text: Localized<{ title: string; summary: string; body: string[] }>
  pillars: Localized<{ title: string; text: string }>[]
  principles: Localized<string>[]
  partners: Organisation[]
  donors: Organisation[]
}

export const programmes: SeedProgramme[] = [
  {
    key: 'counter-trafficking',
    since: 2009,
    status: 'active',
    countries: ['TR', 'AZ'],
    text: {
      en: {
        title: 'Counter-trafficking',
        summary: 'Preventing trafficking in persons, protecting the people who survive it and helping institutions respond, with partners since 2009.',
        body: [
          'Trafficking in persons turns people into commodities. It happens in every country, often out of sight, in farming, fishing, domestic work, construction, tourism and begging.',
          'Since the mid-1990s the agency and its partners have assisted close to 100,000 women, men and children who were trafficked. In Türkiye we have worked with state institutions, NGOs and international organisations since 2009 to prevent trafficking, protect survivors and offer them safe and lasting options: integration, or a voluntary return home.',
        ],
      },
      tr: {
        title: 'İnsan Ticaretiyle Mücadele',
        summary: '2009’dan bu yana ortaklarımızla insan ticaretini önlüyor, mağdurları koruyor ve kurumların bu suça yanıt vermesine destek oluyoruz.',
        body: [
          'İnsan ticareti, insanları birer metaya dönüştürür. Her ülkede ve çoğu zaman göz önünde olmadan yaşanır: tarımda, balıkçılıkta, ev işlerinde, inşaatta, turizmde ve dilencilikte.',
          '1990’ların ortasından bu yana kuruluşumuz ve ortakları, insan ticaretine maruz kalmış 100.000’e yakın kadın, erkek ve çocuğa yardım etti. Türkiye’de 2009’dan bu yana devlet kurumları, STK’lar ve uluslararası kuruluşlarla birlikte insan ticaretini önlemek, mağdurları korumak ve onlara güvenli ve kalıcı seçenekler sunmak için çalışıyoruz: entegrasyon ya da ülkesine gönüllü dönüş.',
        ],
      },
      az: {
        title: 'İnsan alverinə qarşı mübarizə',
        summary:
          '2009-cu ildən bəri tərəfdaşlarımızla birlikdə insan alverinin qarşısını alır, ondan zərər çəkmiş insanları qoruyur və qurumlara bu cinayətə qarşı mübarizədə dəstək oluruq.',
        body: [
          'İnsan alveri insanı alınıb-satılan mala çevirir. Bu cinayət hər bir ölkədə, çox vaxt gözdən uzaq baş verir: kənd təsərrüfatında, balıqçılıqda, ev işlərində, tikintidə, turizmdə və dilənçilikdə.',
          '1990-cı illərin ortalarından bəri təşkilatımız və tərəfdaşları insan alverinə məruz qalmış 100.000-ə yaxın qadına, kişiyə və uşağa yardım göstərib. Türkiyədə isə 2009-cu ildən bəri dövlət qurumları, QHT-lər və beynəlxalq təşkilatlarla birlikdə insan alverinin qarşısını almaq, zərər çəkmiş şəxsləri qorumaq və onlara təhlükəsiz və davamlı seçimlər təqdim etmək üçün çalışırıq: cəmiyyətə inteqrasiya və ya vətənə könüllü qayıdış.',
        ],
      },
    },
    pillars: [
      {
        en: {
          title: 'Prevention',
          text: 'We raise awareness among police, judges, prosecutors and other officials, and give people at risk the information they need to recognise how traffickers recruit.',
        },
        tr: {
          title: 'Önleme',
          text: 'Kolluk görevlileri, hâkimler, savcılar ve diğer yetkililer arasında farkındalığı artırıyor; risk altındaki kişilere insan tacirlerinin kullandığı yöntemleri tanımaları için gereken bilgiyi sağlıyoruz.',
        },
        az: {
          title: 'Qarşısının alınması',
          text: 'Polis əməkdaşları, hakimlər, prokurorlar və digər vəzifəli şəxslər arasında maarifləndirmə aparır, risk altında olan insanlara insan alverçilərinin onları necə cəlb etdiyini tanımaq üçün lazım olan məlumatı çatdırırıq.',
        },
      },
      {
        en: { title: 'Protection', text: 'We assist survivors directly and through implementing partners, and give financial and technical support to specialised shelters.' },
        tr: { title: 'Koruma', text: 'Mağdurlara doğrudan ve uygulayıcı ortaklarımız aracılığıyla yardım ediyor, uzmanlaşmış sığınma evlerine mali ve teknik destek veriyoruz.' },
        az: {
          title: 'Müdafiə',
          text: 'Zərər çəkmiş şəxslərə həm birbaşa, həm də icraçı tərəfdaşlarımız vasitəsilə yardım göstərir, ixtisaslaşmış sığınacaqlara maliyyə və texniki dəstək veririk.',
        },
      },
      {
        en: {
          title: 'Technical cooperation',
          text: 'We strengthen public institutions and civil society, and support laws, policies and procedures such as the national action plan and the national referral mechanism for survivors.',
        },
        tr: {
          title: 'Teknik İş Birliği',
          text: 'Kamu kurumlarını ve sivil toplumu güçlendiriyor; ulusal eylem planı ve mağdurlar için ulusal yönlendirme mekanizması gibi mevzuat, politika ve prosedürlere destek veriyoruz.',
        },
        az: {
          title: 'Texniki əməkdaşlıq',
          text: 'Dövlət qurumlarını və vətəndaş cəmiyyətini gücləndirir, milli fəaliyyət planı və zərər çəkmiş şəxslər üçün milli yönləndirmə mexanizmi kimi qanunları, siyasətləri və prosedurları dəstəkləyirik.',
        },
      },
    ],
    principles: [
      { en: 'Respect for human rights', tr: 'İnsan haklarına saygı', az: 'İnsan hüquqlarına hörmət' },
      {
        en: 'The physical, mental and social well-being of each person and their community',
        tr: 'Bireyin ve ait olduğu topluluğun fiziksel, zihinsel ve sosyal iyiliği',
        az: 'Hər bir insanın və onun mənsub olduğu icmanın fiziki, psixi və sosial rifahı',
      },
      {
        en: 'Sustainability through stronger institutions of governments and civil society',
        tr: 'Hükûmetlerin ve sivil toplumun kurumsal kapasitesinin güçlendirilmesi yoluyla sürdürülebilirlik',
        az: 'Hökumətlərin və vətəndaş cəmiyyətinin qurumlarını gücləndirməklə davamlılığın təmin olunması',
      },
    ],
    partners: [
      { name: { en: 'Ministry of Internal Affairs of Azerbaijan', tr: 'Azerbaycan İçişleri Bakanlığı', az: 'Azərbaycan Respublikasının Daxili İşlər Nazirliyi' } },
      { name: { en: 'Social Services Agency (Azerbaijan)', tr: 'Sosyal Hizmetler Ajansı (Azerbaycan)', az: 'Sosial Xidmətlər Agentliyi (Azərbaycan)' } },
      {
        name: {
          en: 'Civil society organisations running shelters',
          tr: 'Sığınma evi işleten sivil toplum kuruluşları',
          az: 'Sığınacaqları idarə edən vətəndaş cəmiyyəti təşkilatları',
        },
      },
    ],
    donors: [
      {
        name: { en: 'United States Agency for International Development (USAID)', tr: 'ABD Uluslararası Kalkınma Ajansı (USAID)', az: 'ABŞ Beynəlxalq İnkişaf Agentliyi (USAID)' },
        url: 'https://www.usaid.gov',
      },
    ],
  },
  {
    key: 'migration-management',
    since: 1991,
    status: 'active',
    countries: ['TR'],
    text: {
      en: {
        title: 'Migration management',
        summary: 'Helping the authorities govern migration well: border management, labour migration, assisted voluntary return and data.',
        body: [
          'Well-managed migration benefits migrants and the communities they leave, cross and join. We help build the legal, institutional and practical capacity to manage borders in line with international good practice.',
          'We assess foreign labour needs, advocate for registered and fair employment of migrant workers, support small businesses and help migrants who wish to return home do so in dignity. Our data work, including the Displacement Tracking Matrix, informs every step.',
        ],
      },
      tr: {
        title: 'Göç Yönetimi',
        summary: 'Yetkililerin göçü iyi yönetmesine destek: sınır yönetimi, emek göçü, gönüllü geri dönüş ve veri.',
        body: [
          'İyi yönetilen göç, göçmenlere ve ayrıldıkları, geçtikleri ve vardıkları topluluklara fayda sağlar. Sınırların uluslararası iyi uygulamalara uygun biçimde yönetilmesi için yasal, kurumsal ve uygulamaya dönük kapasitenin geliştirilmesine katkı sunuyoruz.',
          'Yabancı iş gücü ihtiyaçlarını değerlendiriyor, göçmen işçilerin kayıtlı ve adil istihdamını savunuyor, küçük işletmeleri destekliyor ve ülkesine dönmek isteyen göçmenlerin onurlu bir şekilde dönmesine yardımcı oluyoruz. Göç Hareketliliği İzleme Matrisi de dâhil olmak üzere veri çalışmalarımız her adıma yön veriyor.',
        ],
      },
    },
    pillars: [
      {
        en: { title: 'Border management', text: 'Biometric registration and verification, data-sharing and international cooperation.' },
        tr: { title: 'Sınır yönetimi', text: 'Biyometrik kayıt ve doğrulama, veri paylaşımı ve uluslararası iş birliği.' },
      },
      {
        en: { title: 'Labour migration', text: 'A rights-based system for the registered employment of migrant workers.' },
        tr: { title: 'Emek göçü', text: 'Göçmen işçilerin kayıtlı istihdamı için haklara dayalı bir sistem.' },
      },
      {
        en: { title: 'Return and reintegration', text: 'Dignified voluntary return for migrants who cannot or do not wish to stay.' },
        tr: { title: 'Geri dönüş ve yeniden entegrasyon', text: 'Kalamayan ya da kalmak istemeyen göçmenler için onurlu gönüllü dönüş.' },
      },
    ],
    principles: [
      { en: 'Safe, orderly and regular migration benefits everyone', tr: 'Güvenli, düzenli ve muntazam göç herkese fayda sağlar' },
      { en: 'Decisions guided by data and research', tr: 'Veri ve araştırmaya dayalı kararlar' },
    ],
    partners: [{ name: { en: 'Government of Türkiye', tr: 'Türkiye Cumhuriyeti Hükûmeti' } }],
    donors: [],
  },
]

export type SeedFact = {
  key: string
  value: number
  notation: 'plain' | 'compact' | 'percent'
  scope: 'global' | 'country'
  country?: string
  programme?: string
  order: number
  asOf: string
  label: Localized<string>
  source: Localized<string>
}

export const facts: SeedFact[] = [
  {
    key: 'voluntary-returns',
    value: 1_700_000,
    notation: 'compact',
    scope: 'global',
    order: 1,
    asOf: '2022-12-31',
    label: {
      en: 'Migrants helped to return home voluntarily since 1979',
      tr: '1979’dan bu yana gönüllü olarak evine dönmesine yardım edilen göçmen',
      az: '1979-cu ildən bəri vətənlərinə könüllü qayıtmağa kömək edilmiş miqrantlar',
    },
    source: { en: 'Agency global figures', tr: 'Kuruluşun küresel verileri', az: 'Təşkilatın qlobal göstəriciləri' },
  },
  {
    key: 'trafficked-persons-assisted',
    value: 100_000,
    notation: 'plain',
    scope: 'global',
    programme: 'counter-trafficking',
    order: 2,
    asOf: '2022-12-31',
    label: {
      en: 'Trafficked persons assisted since the mid-1990s',
      tr: '1990’ların ortasından bu yana yardım edilen insan ticareti mağduru',
      az: '1990-cı illərin ortalarından bəri yardım göstərilmiş insan alveri qurbanları',
    },
    source: { en: 'Agency global figures', tr: 'Kuruluşun küresel verileri', az: 'Təşkilatın qlobal göstəriciləri' },
  },
  {
    key: 'covid-19-countries',
    value: 140,
    notation: 'plain',
    scope: 'global',
    order: 3,
    asOf: '2020-12-31',
    label: {
      en: 'Countries supported in preventing and responding to COVID-19 in 2020',
      tr: '2020’de COVID-19’u önleme ve müdahalede desteklenen ülke',
      az: '2020-ci ildə COVID-19-un qarşısının alınmasında və ona qarşı mübarizədə dəstək göstərilmiş ölkələr',
    },
    source: { en: 'Agency global figures', tr: 'Kuruluşun küresel verileri', az: 'Təşkilatın qlobal göstəriciləri' },
  },
  {
    key: 'development-fund-countries',
    value: 122,
    notation: 'plain',
    scope: 'global',
    order: 4,
    asOf: '2022-12-31',
    label: {
      en: 'Countries supported by the agency’s development fund',
      tr: 'Kuruluşun kalkınma fonu tarafından desteklenen ülke',
      az: 'Təşkilatın inkişaf fondunun dəstək göstərdiyi ölkələr',
    },
    source: { en: 'Agency global figures', tr: 'Kuruluşun küresel verileri', az: 'Təşkilatın qlobal göstəriciləri' },
  },
  {
    key: 'az-survivors-rehabilitated',
    value: 326,
    notation: 'plain',
    scope: 'country',
    country: 'AZ',
    programme: 'counter-trafficking',
    order: 5,
    asOf: '2022-07-28',
    label: {
      en: 'Survivors of trafficking helped back on their feet by the Victim Assistance Centre in Azerbaijan',
      tr: 'Azerbaycan’daki Mağdur Destek Merkezi’nin topluma kazandırdığı insan ticareti mağduru',
      az: 'Azərbaycandakı Qurbanlara Yardım Mərkəzinin köməyi ilə yenidən ayağa qalxmış insan alveri qurbanları',
    },
    source: {
      en: 'Social Services Agency of Azerbaijan, July 2022',
      tr: 'Azerbaycan Sosyal Hizmetler Ajansı, Temmuz 2022',
      az: 'Azərbaycan Sosial Xidmətlər Agentliyi, iyul 2022',
    },
  },
]

export type SeedNews = {
  key: string
  status: 'published' | 'draft'
  country: string
  programmes: string[]
  publishedDate: string
  image?: 'round-table'
  contacts?: { name: string; email: string; phone?: string }[]
  text: Localized<{ title: string; excerpt: string; dateline: string; body: string[]; caption?: string }>
}

export const news: SeedNews[] = [
  {
    key: 'baku-round-table-on-the-day-against-trafficking',
    status: 'published',
    country: 'AZ',
    programmes: ['counter-trafficking'],
    publishedDate: '2022-07-28T12:00:00.000Z',
    image: 'round-table',
    contacts: [{ name: 'Baku office press desk', email: 'baku.press@kopru.example', phone: '+994 12 555 02 10' }],
    text: {
      en: {
        title: 'Baku round table on the Day against Trafficking',
        excerpt: 'Ministries, the Ombudsman’s office, donors and civil society met in Baku to take stock of the fight against human trafficking in Azerbaijan.',
        dateline: 'Baku',
        caption: 'Participants of the round table in Baku. Illustration.',
        body: [
          'On 28 July 2022 our Baku office, the Ministry of Internal Affairs and the Social Services Agency brought partners together for a round table on the Day of Combating Human Trafficking, under the USAID-funded Counter-Trafficking in Persons Activity.',
          'Speakers pointed to the national action plan for 2020-2024 and to the Victim Assistance Centre, which has helped 326 survivors rebuild their lives so far.',
          'Our Chief of Mission, Vladimir Gjorgjiev, credited close cooperation between the Government and its local and international partners for Azerbaijan’s move from the Tier 2 Watch List to Tier 2 in the 2022 Trafficking in Persons Report.',
        ],
      },
      tr: {
        title: 'Bakü’de İnsan Ticaretiyle Mücadele Günü yuvarlak masa toplantısı',
        excerpt: 'Bakanlıklar, Ombudsman ofisi, bağışçılar ve sivil toplum, Azerbaycan’da insan ticaretiyle mücadeleyi değerlendirmek için Bakü’de bir araya geldi.',
        dateline: 'Bakü',
        caption: 'Bakü’deki yuvarlak masa toplantısının katılımcıları. Temsilî görsel.',
        body: [
          '28 Temmuz 2022’de Bakü ofisimiz, İçişleri Bakanlığı ve Sosyal Hizmetler Ajansı, USAID tarafından finanse edilen İnsan Ticaretiyle Mücadele Faaliyeti kapsamında İnsan Ticaretiyle Mücadele Günü’ne ayrılmış bir yuvarlak masa toplantısı düzenledi.',
          'Konuşmacılar 2020-2024 ulusal eylem planına ve bugüne kadar 326 mağdurun hayatını yeniden kurmasına yardım eden Mağdur Destek Merkezi’ne dikkat çekti.',
          'Misyon Şefimiz Vladimir Gjorgjiev, Azerbaycan’ın 2022 İnsan Ticareti Raporu’nda "Kademe 2 İzleme Listesi"nden "Kademe 2"ye yükselmesini hükûmet ile yerel ve uluslararası ortakları arasındaki yakın iş birliğine bağladı.',
        ],
      },
      az: {
        title: 'Bakıda İnsan Alverinə Qarşı Mübarizə Günü münasibətilə dəyirmi masa',
        excerpt:
          'Nazirliklər, Ombudsman Aparatı, donorlar və vətəndaş cəmiyyəti Azərbaycanda insan alverinə qarşı mübarizə sahəsində görülən işləri dəyərləndirmək üçün Bakıda bir araya gəldi.',
        dateline: 'Bakı',
        caption: 'Bakıdakı dəyirmi masanın iştirakçıları. İllüstrasiya.',
        body: [
          '2022-ci il iyulun 28-də Bakı ofisimiz, Daxili İşlər Nazirliyi və Sosial Xidmətlər Agentliyi USAID-in maliyyələşdirdiyi "İnsan alverinə qarşı mübarizə" layihəsi çərçivəsində İnsan Alverinə Qarşı Mübarizə Günü münasibətilə tərəfdaşları dəyirmi masa ətrafında bir araya gətirdi.',
          'Çıxış edənlər diqqəti 2020-2024-cü illər üçün milli fəaliyyət planına və bu günədək 326 zərər çəkmiş şəxsə həyatını yenidən qurmaqda kömək etmiş Qurbanlara Yardım Mərkəzinə yönəltdilər.',
          'Missiya rəhbərimiz Vladimir Gjorgjiev Azərbaycanın 2022-ci il İnsan Alveri Hesabatında 2-ci səviyyənin Müşahidə Siyahısından 2-ci səviyyəyə yüksəlməsini Hökumət ilə onun yerli və beynəlxalq tərəfdaşları arasındakı sıx əməkdaşlığın nəticəsi kimi dəyərləndirdi.',
        ],
      },
    },
  },
  {
    key: 'ankara-workshop-on-the-national-referral-mechanism',
    status: 'published',
    country: 'TR',
    programmes: ['counter-trafficking'],
    publishedDate: '2022-10-12T12:00:00.000Z',
    contacts: [{ name: 'Ankara office press desk', email: 'ankara.press@kopru.example', phone: '+90 312 555 01 10' }],
    text: {
      en: {
        title: 'Ankara workshop on referring trafficking survivors',
        excerpt: 'Prosecutors, police and shelter staff practised how to identify survivors of trafficking and refer them to help without delay.',
        dateline: 'Ankara',
        body: [
          'Identification is where protection starts. For two days in Ankara, prosecutors, law-enforcement officers and shelter staff worked through cases based on the national referral mechanism for people who have been trafficked.',
          'The workshop is part of our technical cooperation with Turkish institutions, one of the three pillars of our counter-trafficking work.',
        ],
      },
      tr: {
        title: 'Ankara’da insan ticareti mağdurlarının yönlendirilmesi çalıştayı',
        excerpt: 'Savcılar, kolluk görevlileri ve sığınma evi çalışanları, insan ticareti mağdurlarını tanımlamayı ve onları gecikmeden yardıma yönlendirmeyi uyguladı.',
        dateline: 'Ankara',
        body: [
          'Koruma, tanımlamayla başlar. Ankara’da iki gün boyunca savcılar, kolluk görevlileri ve sığınma evi çalışanları, insan ticaretine maruz kalmış kişiler için ulusal yönlendirme mekanizmasına dayanan vakalar üzerinde çalıştı.',
          'Çalıştay, insan ticaretiyle mücadele çalışmalarımızın üç ekseninden biri olan Türk kurumlarıyla teknik iş birliğimizin bir parçası.',
        ],
      },
    },
  },
  {
    key: 'assessing-foreign-labour-needs-in-turkiye',
    status: 'published',
    country: 'TR',
    programmes: ['migration-management'],
    publishedDate: '2023-03-15T12:00:00.000Z',
    text: {
      en: {
        title: 'Assessing foreign labour needs in Türkiye',
        excerpt: 'A new assessment looks at where Türkiye’s economy needs workers from abroad and how to employ them formally and fairly.',
        dateline: 'Istanbul',
        body: [
          'Fair labour migration starts with knowing the need. With employers, chambers of commerce and the authorities, we mapped the sectors where Türkiye relies on workers from abroad.',
          'The findings feed the Government’s work on a rights-based labour migration system that favours registered employment.',
        ],
      },
      tr: {
        title: 'Türkiye’de yabancı iş gücü ihtiyacının değerlendirilmesi',
        excerpt:
          'Yeni bir değerlendirme, Türkiye ekonomisinin hangi alanlarda yurt dışından çalışana ihtiyaç duyduğunu ve bu kişilerin kayıtlı ve adil biçimde nasıl istihdam edilebileceğini inceliyor.',
        dateline: 'İstanbul',
        body: [
          'Adil emek göçü, ihtiyacı bilmekle başlar. İşverenler, ticaret odaları ve yetkililerle birlikte Türkiye’nin yurt dışından gelen çalışanlara dayandığı sektörleri haritalandırdık.',
          'Bulgular, hükûmetin kayıtlı istihdamı önceleyen, haklara dayalı bir emek göçü sistemi üzerindeki çalışmalarına katkı sunuyor.',
        ],
      },
    },
  },
  {
    // English only, on purpose: exercises the fallback to English on the Azerbaijan site's
    // Azerbaijani pages (and it has no Turkish either).
    key: 'shelter-support-continues-in-azerbaijan',
    status: 'published',
    country: 'AZ',
    programmes: ['counter-trafficking'],
    publishedDate: '2023-01-20T12:00:00.000Z',
    text: {
      en: {
        title: 'Support for survivors’ shelters continues in Azerbaijan',
        excerpt: 'Technical and financial help for the civil society organisation that runs shelters for survivors of trafficking and forced labour goes on.',
        dateline: 'Baku',
        body: [
          'Shelters give survivors of trafficking and forced labour a safe place to recover. Under the Counter-Trafficking in Persons Activity we keep supporting the civil society organisation that runs them in Azerbaijan.',
        ],
      },
    },
  },
  {
    // A draft: must never be visible to anonymous readers, anywhere.
    key: 'draft-awareness-campaign-for-seasonal-workers',
    status: 'draft',
    country: 'TR',
    programmes: ['counter-trafficking'],
    publishedDate: '2023-05-02T12:00:00.000Z',
    text: {
      en: {
        title: 'Awareness campaign for seasonal workers (draft)',
        excerpt: 'Not yet approved: a campaign on recruitment risks for seasonal agricultural workers.',
        dateline: 'Adana',
        body: ['This text is still being reviewed and is not public.'],
      },
      tr: {
        title: 'Mevsimlik tarım işçileri için farkındalık kampanyası (taslak)',
        excerpt: 'Henüz onaylanmadı: mevsimlik tarım işçilerine yönelik işe alım riskleri kampanyası.',
        dateline: 'Adana',
        body: ['Bu metin hâlâ inceleniyor ve yayımlanmadı.'],
      },
    },
  },
]

export type SeedStatement = {
  key: string
  kind: 'statement' | 'press-release' | 'message' | 'speech'
  country: string
  programmes: string[]
  date: string
  speakerName: string
  text: Localized<{ title: string; speakerRole: string; occasion: string; dateline: string; body: string[] }>
}

export const statements: SeedStatement[] = [
  {
    key: 'chief-of-mission-message-on-the-world-day-against-trafficking',
    kind: 'message',
    country: 'TR',
    programmes: ['counter-trafficking'],
    date: '2022-07-30T12:00:00.000Z',
    speakerName: 'Lado Gvilava',
    text: {
      en: {
        title: 'Survivors’ rights first: message for the World Day against Trafficking in Persons',
        speakerRole: 'Chief of Mission, Türkiye',
        occasion: 'World Day against Trafficking in Persons',
        dateline: 'Ankara',
        body: [
          'Trafficking preys on people at their most vulnerable and treats them as goods. It crosses borders, and it violates human rights in every country.',
          'Inequality between countries, demand for cheap labour and closed routes for regular migration push people onto dangerous journeys; wars, disasters and economic crises add to them. Traffickers profit from their hopes.',
          'The rights of survivors must come first, everywhere. Today we call for a united, coordinated response that leaves no one behind: better identification of victims, early help, and justice for those who were exploited.',
        ],
      },
      tr: {
        title: 'Önce mağdurların hakları: Dünya İnsan Ticaretiyle Mücadele Günü mesajı',
        speakerRole: 'Türkiye Misyon Şefi',
        occasion: 'Dünya İnsan Ticaretiyle Mücadele Günü',
        dateline: 'Ankara',
        body: [
          'İnsan ticareti, insanları en kırılgan anlarında hedef alır ve onlara birer mal gibi davranır. Sınırları aşar ve her ülkede insan haklarını çiğner.',
          'Ülkeler arasındaki eşitsizlik, ucuz iş gücüne olan talep ve düzenli göç yollarının kapalı olması insanları tehlikeli yolculuklara iter; savaşlar, afetler ve ekonomik krizler bunlara eklenir. İnsan tacirleri bu umutlardan kazanç sağlar.',
          'Mağdurların hakları her yerde önce gelmelidir. Bugün kimseyi geride bırakmayan, birlik içinde ve eşgüdümlü bir yanıt çağrısında bulunuyoruz: mağdurların daha iyi tanımlanması, erken yardım ve sömürülenler için adalet.',
        ],
      },
    },
  },
  {
    key: 'azerbaijan-moves-up-in-the-trafficking-in-persons-report',
    kind: 'press-release',
    country: 'AZ',
    programmes: ['counter-trafficking'],
    date: '2022-07-29T12:00:00.000Z',
    speakerName: 'Vladimir Gjorgjiev',
    text: {
      en: {
        title: 'Cooperation pays off as Azerbaijan moves up to Tier 2',
        speakerRole: 'Chief of Mission, Azerbaijan',
        occasion: '2022 Trafficking in Persons Report',
        dateline: 'Baku',
        body: [
          'We welcome Azerbaijan’s move from the Tier 2 Watch List to Tier 2 in the 2022 Trafficking in Persons Report.',
          'It reflects the work of the Government and the cooperation of local and international partners. We will keep supporting the implementation of the national action plan against trafficking.',
        ],
      },
      tr: {
        title: 'İş birliği sonuç verdi: Azerbaycan Kademe 2’ye yükseldi',
        speakerRole: 'Azerbaycan Misyon Şefi',
        occasion: '2022 İnsan Ticareti Raporu',
        dateline: 'Bakü',
        body: [
          'Azerbaycan’ın 2022 İnsan Ticareti Raporu’nda Kademe 2 İzleme Listesi’nden Kademe 2’ye yükselmesini memnuniyetle karşılıyoruz.',
          'Bu sonuç, hükûmetin çalışmalarını ve yerel ve uluslararası ortakların iş birliğini yansıtıyor. İnsan ticaretine karşı ulusal eylem planının uygulanmasını desteklemeye devam edeceğiz.',
        ],
      },
      az: {
        title: 'Əməkdaşlıq öz bəhrəsini verir: Azərbaycan 2-ci səviyyəyə yüksəldi',
        speakerRole: 'Azərbaycandakı missiyanın rəhbəri',
        occasion: '2022-ci il İnsan Alveri Hesabatı',
        dateline: 'Bakı',
        body: [
          'Azərbaycanın 2022-ci il İnsan Alveri Hesabatında 2-ci səviyyənin Müşahidə Siyahısından 2-ci səviyyəyə yüksəlməsini məmnunluqla qarşılayırıq.',
          'Bu nəticə Hökumətin gördüyü işləri, eləcə də yerli və beynəlxalq tərəfdaşların əməkdaşlığını əks etdirir. İnsan alverinə qarşı milli fəaliyyət planının icrasına dəstək verməyə davam edəcəyik.',
        ],
      },
    },
  },
  {
    key: 'speech-on-international-migrants-day',
    kind: 'speech',
    country: 'TR',
    programmes: ['migration-management'],
    date: '2022-12-18T12:00:00.000Z',
    speakerName: 'Lado Gvilava',
    text: {
      en: {
        title: 'Migration that works for everyone: remarks on International Migrants Day',
        speakerRole: 'Chief of Mission, Türkiye',
        occasion: 'International Migrants Day',
        dateline: 'Ankara',
        body: [
          'As a Champion Country of the Global Compact for Migration, Türkiye has shown what safe, orderly and regular migration can mean in practice.',
          'We will continue to support the Government with data, with fair labour migration and with protection for those who need it most.',
        ],
      },
      tr: {
        title: 'Herkes için işleyen göç: Uluslararası Göçmenler Günü konuşması',
        speakerRole: 'Türkiye Misyon Şefi',
        occasion: 'Uluslararası Göçmenler Günü',
        dateline: 'Ankara',
        body: [
          'Küresel Göç Mutabakatı’nın Lider Ülkelerinden biri olarak Türkiye, güvenli, düzenli ve muntazam göçün uygulamada ne anlama gelebileceğini gösterdi.',
          'Hükûmeti veriyle, adil emek göçüyle ve en çok ihtiyacı olanlara yönelik korumayla desteklemeye devam edeceğiz.',
        ],
      },
    },
  },
]

export type SeedUser = { email: string; password: string; name: string; roles: string[]; countries: string[] }

/** Created only in demo mode (KOPRU_DEMO=1); the passwords are public on purpose. */
export const demoUsers: SeedUser[] = [
  { email: 'admin@kopru.example', password: 'demo-admin-2026', name: 'Demo Administrator', roles: ['admin'], countries: ['TR', 'AZ'] },
  { email: 'editor.tr@kopru.example', password: 'demo-editor-2026', name: 'Demo Editor (Türkiye)', roles: ['editor'], countries: ['TR'] },
  { email: 'editor.az@kopru.example', password: 'demo-editor-2026', name: 'Demo Editor (Azerbaijan)', roles: ['editor'], countries: ['AZ'] },
  { email: 'contributor@kopru.example', password: 'demo-contributor-2026', name: 'Demo Contributor', roles: ['contributor'], countries: ['TR'] },
  { email: 'translator@kopru.example', password: 'demo-translator-2026', name: 'Demo Translator', roles: ['translator'], countries: ['TR', 'AZ'] },
  { email: 'partner@kopru.example', password: 'demo-partner-2026', name: 'Demo Partner (API)', roles: ['partner'], countries: [] },
]

/** A navigation or footer link: a page of the site, a seeded document (by key) or an address. Its label is written in every locale (the site's chrome). */
export type SeedLink = {
  label: PerLocale<string>
  route?: '/' | '/news' | '/statements' | '/programmes' | '/countries' | '/facts' | '/search' | '/news/rss' | '/statements/rss'
  document?: { relationTo: 'countries' | 'programmes'; key: string }
  /** A page of the office's own site, by its English slug (lib/seed/pages.ts); a heading only in the shared menus. */
  page?: 'who-we-are'
  url?: string
  /** Only on the site of this office (a mailto link of one office). */
  office?: 'TR' | 'AZ'
}

/** The header sections of the sites Köprü replaces (Who We Are, Our Work, …), plus news. */
export const navigation: (SeedLink & { links: SeedLink[] })[] = [
  {
    label: { en: 'Who We Are', tr: 'Biz Kimiz', az: 'Biz kimik' },
    page: 'who-we-are',
    links: [
      { label: { en: 'Our country offices', tr: 'Ülke ofislerimiz', az: 'Ölkə ofislərimiz' }, route: '/countries' },
      { label: { en: 'Türkiye', tr: 'Türkiye', az: 'Türkiyə' }, document: { relationTo: 'countries', key: 'TR' } },
      { label: { en: 'Azerbaijan', tr: 'Azerbaycan', az: 'Azərbaycan' }, document: { relationTo: 'countries', key: 'AZ' } },
    ],
  },
  {
    label: { en: 'Our Work', tr: 'Çalışmalarımız', az: 'Fəaliyyətimiz' },
    route: '/programmes',
    links: [
      {
        label: { en: 'Counter-trafficking', tr: 'İnsan ticaretiyle mücadele', az: 'İnsan alverinə qarşı mübarizə' },
        document: { relationTo: 'programmes', key: 'counter-trafficking' },
      },
      { label: { en: 'Migration management', tr: 'Göç yönetimi', az: 'Miqrasiyanın idarə olunması' }, document: { relationTo: 'programmes', key: 'migration-management' } },
    ],
  },
  {
    label: { en: 'News and Statements', tr: 'Haberler ve Açıklamalar', az: 'Xəbərlər və bəyanatlar' },
    links: [
      { label: { en: 'News', tr: 'Haberler', az: 'Xəbərlər' }, route: '/news' },
      { label: { en: 'Statements and press releases', tr: 'Açıklamalar ve basın bültenleri', az: 'Bəyanatlar və press-relizlər' }, route: '/statements' },
    ],
  },
  {
    label: { en: 'Data and Resources', tr: 'Veri ve Kaynaklar', az: 'Məlumatlar və resurslar' },
    links: [
      { label: { en: 'Facts and figures', tr: 'Gerçekler ve rakamlar', az: 'Faktlar və rəqəmlər' }, route: '/facts' },
      { label: { en: 'News feed (RSS)', tr: 'Haber akışı (RSS)', az: 'Xəbər lenti (RSS)' }, route: '/news/rss' },
      { label: { en: 'Statements feed (RSS)', tr: 'Açıklama akışı (RSS)', az: 'Bəyanat lenti (RSS)' }, route: '/statements/rss' },
    ],
  },
  {
    label: { en: 'Take Action', tr: 'Harekete Geçin', az: 'Bizə qoşulun' },
    links: [
      { label: { en: 'Write to the Ankara office', tr: 'Ankara ofisine yazın', az: 'Ankara ofisinə yazın' }, url: 'mailto:ankara.office@kopru.example', office: 'TR' },
      { label: { en: 'Write to the Baku office', tr: 'Bakü ofisine yazın', az: 'Bakı ofisinə yazın' }, url: 'mailto:baku.office@kopru.example', office: 'AZ' },
    ],
  },
  {
    label: { en: '2030 Agenda', tr: '2030 Gündemi', az: '2030 Gündəliyi' },
    links: [
      { label: { en: 'The Sustainable Development Goals', tr: 'Sürdürülebilir Kalkınma Amaçları', az: 'Davamlı İnkişaf Məqsədləri' }, url: 'https://sdgs.un.org/2030agenda' },
    ],
  },
]

export const footer: { columns: { heading: PerLocale<string>; links: SeedLink[] }[]; note: PerLocale<string> } = {
  columns: [
    {
      heading: { en: 'Country offices', tr: 'Ülke ofisleri', az: 'Ölkə ofisləri' },
      links: [
        { label: { en: 'Türkiye (Ankara)', tr: 'Türkiye (Ankara)', az: 'Türkiyə (Ankara)' }, document: { relationTo: 'countries', key: 'TR' } },
        { label: { en: 'Azerbaijan (Baku)', tr: 'Azerbaycan (Bakü)', az: 'Azərbaycan (Bakı)' }, document: { relationTo: 'countries', key: 'AZ' } },
      ],
    },
    {
      heading: { en: 'Follow our news', tr: 'Haberlerimizi izleyin', az: 'Xəbərlərimizi izləyin' },
      links: [
        { label: { en: 'News (RSS)', tr: 'Haberler (RSS)', az: 'Xəbərlər (RSS)' }, route: '/news/rss' },
        { label: { en: 'Statements (RSS)', tr: 'Açıklamalar (RSS)', az: 'Bəyanatlar (RSS)' }, route: '/statements/rss' },
        { label: { en: 'Search the site', tr: 'Sitede arayın', az: 'Saytda axtarın' }, route: '/search' },
      ],
    },
  ],
  note: {
    en: 'Published by the agency’s country offices in Türkiye and Azerbaijan. Our texts may be republished with attribution.',
    tr: 'Ajansın Türkiye ve Azerbaycan ülke ofisleri tarafından yayımlanır. Metinlerimiz kaynak gösterilerek yeniden yayımlanabilir.',
    az: 'Təşkilatın Türkiyə və Azərbaycandakı ölkə ofisləri tərəfindən dərc olunur. Mətnlərimiz mənbə göstərilməklə yenidən dərc oluna bilər.',
  },
}

/** The closing note of each office's site (its footer; the shared `footer.note` is the platform default). */
/** Each demo site's home page introduction (Sites, Home page tab), in our own words. */
export const siteIntros: Record<'TR' | 'AZ', PerLocale<string>> = {
  TR: {
    en: 'The agency’s office in Türkiye works with the government and partners on migration management, protection and support for people on the move, from Ankara and field offices across the country.',
    tr: 'Ajansın Türkiye ofisi; göç yönetimi, koruma ve hareket hâlindeki insanlara destek alanlarında hükümet ve ortaklarla birlikte, Ankara’dan ve ülke genelindeki saha ofislerinden çalışır.',
    az: 'Təşkilatın Türkiyədəki ofisi hökumət və tərəfdaşlarla birlikdə Ankaradan və ölkə üzrə sahə ofislərindən miqrasiyanın idarə olunması, müdafiə və yerdəyişən insanlara dəstək sahələrində çalışır.',
  },
  AZ: {
    en: 'The agency’s office in Baku supports Azerbaijan on migration management, counter-trafficking and the return and reintegration of migrants, with the government and civil society.',
    tr: 'Ajansın Bakü ofisi; hükümet ve sivil toplumla birlikte göç yönetimi, insan ticaretiyle mücadele ve göçmenlerin geri dönüşü ile yeniden entegrasyonu alanlarında Azerbaycan’a destek verir.',
    az: 'Təşkilatın Bakıdakı ofisi hökumət və vətəndaş cəmiyyəti ilə birlikdə Azərbaycana miqrasiyanın idarə olunması, insan alverinə qarşı mübarizə, miqrantların qayıdışı və reinteqrasiyası sahələrində dəstək göstərir.',
  },
}

export const siteNotes: Record<'TR' | 'AZ', PerLocale<string>> = {
  TR: {
    en: 'Published by the agency’s country office in Türkiye. Our texts may be republished with attribution.',
    tr: 'Ajansın Türkiye ülke ofisi tarafından yayımlanır. Metinlerimiz kaynak gösterilerek yeniden yayımlanabilir.',
    az: 'Təşkilatın Türkiyədəki ölkə ofisi tərəfindən dərc olunur. Mətnlərimiz mənbə göstərilməklə yenidən dərc oluna bilər.',
  },
  AZ: {
    en: 'Published by the agency’s country office in Azerbaijan. Our texts may be republished with attribution.',
    tr: 'Ajansın Azerbaycan ülke ofisi tarafından yayımlanır. Metinlerimiz kaynak gösterilerek yeniden yayımlanabilir.',
    az: 'Təşkilatın Azərbaycandakı ölkə ofisi tərəfindən dərc olunur. Mətnlərimiz mənbə göstərilməklə yenidən dərc oluna bilər.',
  },
}
