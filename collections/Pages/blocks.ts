import type { Block, Field } from 'payload'

import { bodyField } from '@/fields/common'
import { linkFields } from '@/fields/link'
import { hideUnpublishedRelations, hideUnpublishedTargets } from '@/fields/relations'
import { localeLabel, locales } from '@/i18n/locales'

/**
 * The layout blocks of a page (collections/Pages). The `layout` field is not localized: the
 * blocks and their order are the same in every language, their texts are localized inside
 * (a translator fills them row by row, fields/sharedValues walks blocks by id). Each renders as
 * a server component (components/blocks), its data resolved by lib/content/blocks.ts.
 */
const t3 = (en: string, tr: string, az: string) => ({ en, tr, az })

const heading = (required = false): Field => ({
  name: 'heading',
  type: 'text',
  localized: true,
  required,
  label: t3('Heading', 'Başlık', 'Başlıq'),
  admin: { description: t3('The heading of this section, in this language.', 'Bu bölümün bu dildeki başlığı.', 'Bu bölmənin bu dildəki başlığı.') },
})

const text: Field = {
  name: 'text',
  type: 'textarea',
  localized: true,
  label: t3('Text', 'Metin', 'Mətn'),
  admin: { description: t3('One or two sentences, in this language.', 'Bu dilde bir iki cümle.', 'Bu dildə bir-iki cümlə.') },
}

const imageField = (required: boolean): Field => ({
  name: 'image',
  type: 'upload',
  relationTo: 'media',
  required,
  filterOptions: { mimeType: { contains: 'image' } },
  label: t3('Image', 'Görsel', 'Şəkil'),
  admin: {
    description: t3(
      'Its alt text comes from the media library; it turns public when the page is published.',
      'Alternatif metni medya kitaplığından gelir; sayfa yayımlanınca herkese açılır.',
      'Alternativ mətni media kitabxanasından gəlir; səhifə dərc olunanda hamıya açıq olur.',
    ),
  },
})

const officeField = (description: ReturnType<typeof t3>): Field => ({
  name: 'office',
  type: 'relationship',
  relationTo: 'countries',
  label: t3('Country office', 'Ülke ofisi', 'Ölkə ofisi'),
  admin: { description },
})

const hero: Block = {
  slug: 'hero',
  labels: { singular: t3('Hero', 'Giriş bandı', 'Giriş bölməsi'), plural: t3('Heroes', 'Giriş bantları', 'Giriş bölmələri') },
  fields: [
    imageField(false),
    heading(true),
    text,
    {
      name: 'links',
      type: 'array',
      maxRows: 2,
      label: t3('Links', 'Bağlantılar', 'Keçidlər'),
      labels: { singular: t3('Link', 'Bağlantı', 'Keçid'), plural: t3('Links', 'Bağlantılar', 'Keçidlər') },
      admin: { description: t3('Up to two buttons under the text.', 'Metnin altında en çok iki düğme.', 'Mətnin altında ən çox iki düymə.') },
      fields: linkFields(),
    },
  ],
}

const richText: Block = {
  slug: 'richText',
  labels: { singular: t3('Text', 'Metin', 'Mətn'), plural: t3('Texts', 'Metinler', 'Mətnlər') },
  fields: [
    {
      ...bodyField,
      name: 'content',
      label: t3('Text', 'Metin', 'Mətn'),
      admin: { description: t3('Headings, lists, links and quotes.', 'Ara başlıklar, listeler, bağlantılar ve alıntılar.', 'Ara başlıqlar, siyahılar, keçidlər və sitatlar.') },
    },
  ],
}

const image: Block = {
  slug: 'image',
  labels: { singular: t3('Image', 'Görsel', 'Şəkil'), plural: t3('Images', 'Görseller', 'Şəkillər') },
  fields: [
    imageField(true),
    {
      name: 'caption',
      type: 'text',
      localized: true,
      label: t3('Caption', 'Altyazı', 'Altyazı'),
      admin: { description: t3('Who and what is shown.', 'Görselde kim ve ne olduğu.', 'Şəkildə kimin və nəyin göründüyü.') },
    },
    {
      name: 'credit',
      type: 'text',
      label: t3('Credit', 'Telif', 'Müəllif'),
      admin: {
        description: t3(
          'Empty: the credit of the media library’s image.',
          'Boş bırakılırsa medya kitaplığındaki görselin telif bilgisi.',
          'Boş qalarsa, media kitabxanasındakı şəklin müəllifi.',
        ),
      },
    },
  ],
}

const callToAction: Block = {
  slug: 'callToAction',
  labels: { singular: t3('Call to action', 'Eylem çağrısı', 'Fəaliyyətə çağırış'), plural: t3('Calls to action', 'Eylem çağrıları', 'Fəaliyyətə çağırışlar') },
  fields: [
    heading(true),
    text,
    {
      name: 'link',
      type: 'group',
      label: t3('Button', 'Düğme', 'Düymə'),
      admin: { description: t3('Where the button leads.', 'Düğmenin götürdüğü yer.', 'Düymənin apardığı yer.') },
      fields: linkFields(),
    },
  ],
}

const factsBand: Block = {
  slug: 'factsBand',
  labels: { singular: t3('Facts band', 'Rakamlar bandı', 'Rəqəmlər zolağı'), plural: t3('Facts bands', 'Rakamlar bantları', 'Rəqəmlər zolaqları') },
  fields: [
    heading(),
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'global',
      label: t3('Figures', 'Rakamlar', 'Rəqəmlər'),
      options: [
        { value: 'global', label: t3('The agency’s global figures', 'Kurumun küresel rakamları', 'Təşkilatın qlobal rəqəmləri') },
        { value: 'office', label: t3('A country office’s figures', 'Bir ülke ofisinin rakamları', 'Ölkə ofisinin rəqəmləri') },
        { value: 'chosen', label: t3('Figures chosen here', 'Burada seçilen rakamlar', 'Burada seçilən rəqəmlər') },
      ],
      admin: { description: t3('Which figures the band shows.', 'Bantta hangi rakamların görüneceği.', 'Zolaqda hansı rəqəmlərin görünəcəyi.') },
    },
    {
      ...officeField(t3('Empty: the page’s own office.', 'Boş bırakılırsa sayfanın kendi ofisi.', 'Boş qalarsa, səhifənin öz ofisi.')),
      admin: {
        condition: (_: unknown, sibling: { source?: string }) => sibling?.source === 'office',
        description: t3('Empty: the page’s own office.', 'Boş bırakılırsa sayfanın kendi ofisi.', 'Boş qalarsa, səhifənin öz ofisi.'),
      },
    } as Field,
    {
      name: 'facts',
      type: 'relationship',
      relationTo: 'facts',
      hasMany: true,
      maxRows: 8,
      label: t3('Facts', 'Rakamlar', 'Rəqəmlər'),
      hooks: { afterRead: [hideUnpublishedRelations('facts')] },
      admin: {
        condition: (_: unknown, sibling: { source?: string }) => sibling?.source === 'chosen',
        description: t3('Up to eight, in this order.', 'Bu sırayla en çok sekiz.', 'Bu ardıcıllıqla ən çox səkkiz.'),
      },
    },
  ],
}

const latestItems: Block = {
  slug: 'latestItems',
  labels: { singular: t3('Latest items', 'Son içerikler', 'Son materiallar'), plural: t3('Latest items', 'Son içerikler', 'Son materiallar') },
  fields: [
    heading(),
    {
      name: 'collection',
      type: 'select',
      required: true,
      defaultValue: 'news',
      label: t3('Of', 'Türü', 'Növü'),
      options: [
        { value: 'news', label: t3('News', 'Haberler', 'Xəbərlər') },
        { value: 'statements', label: t3('Statements', 'Açıklamalar', 'Bəyanatlar') },
        { value: 'programmes', label: t3('Programmes', 'Programlar', 'Proqramlar') },
      ],
      admin: { description: t3('The newest published of this kind on the site.', 'Sitede bu türün en yeni yayımlananları.', 'Saytda bu növün ən son dərc olunanları.') },
    },
    {
      name: 'programme',
      type: 'relationship',
      relationTo: 'programmes',
      label: t3('Programme', 'Program', 'Proqram'),
      hooks: { afterRead: [hideUnpublishedRelations('programmes')] },
      admin: {
        condition: (_: unknown, sibling: { collection?: string }) => sibling?.collection !== 'programmes',
        description: t3('Only items about this programme.', 'Yalnızca bu programla ilgili olanlar.', 'Yalnız bu proqramla bağlı olanlar.'),
      },
    },
    {
      name: 'kind',
      type: 'select',
      label: t3('Kind of statement', 'Açıklama türü', 'Bəyanatın növü'),
      options: [
        { value: 'statement', label: t3('Statement', 'Açıklama', 'Bəyanat') },
        { value: 'press-release', label: t3('Press release', 'Basın bülteni', 'Press-reliz') },
        { value: 'message', label: t3('Message', 'Mesaj', 'Müraciət') },
        { value: 'speech', label: t3('Speech', 'Konuşma', 'Çıxış') },
      ],
      admin: {
        condition: (_: unknown, sibling: { collection?: string }) => sibling?.collection === 'statements',
        description: t3('Empty: every kind.', 'Boş bırakılırsa tüm türler.', 'Boş qalarsa, bütün növlər.'),
      },
    },
    officeField(
      t3(
        'Only this office’s items; empty: every office of the site.',
        'Yalnızca bu ofisinkiler; boşsa sitenin tüm ofisleri.',
        'Yalnız bu ofisinkilər; boşdursa, saytın bütün ofisləri.',
      ),
    ),
    {
      name: 'count',
      type: 'number',
      required: true,
      min: 1,
      max: 12,
      defaultValue: 4,
      label: t3('How many', 'Kaç tane', 'Neçə dənə'),
      admin: { description: t3('Between 1 and 12.', '1 ile 12 arasında.', '1 ilə 12 arasında.') },
    },
  ],
}

const cards: Block = {
  slug: 'cards',
  labels: { singular: t3('Cards', 'Kartlar', 'Kartlar'), plural: t3('Cards', 'Kartlar', 'Kartlar') },
  fields: [
    heading(),
    {
      name: 'items',
      type: 'relationship',
      relationTo: ['pages', 'news', 'statements', 'programmes', 'countries'],
      hasMany: true,
      required: true,
      maxRows: 12,
      label: t3('Documents', 'Belgeler', 'Sənədlər'),
      hooks: { afterRead: [hideUnpublishedTargets] },
      admin: {
        description: t3(
          'Shown in this order, each while it is published.',
          'Bu sırayla, her biri yayında olduğu sürece gösterilir.',
          'Bu ardıcıllıqla, hər biri dərcdə olduğu müddətdə göstərilir.',
        ),
      },
    },
  ],
}

const accordion: Block = {
  slug: 'accordion',
  labels: {
    singular: t3('Questions and answers', 'Sorular ve cevaplar', 'Suallar və cavablar'),
    plural: t3('Questions and answers', 'Sorular ve cevaplar', 'Suallar və cavablar'),
  },
  fields: [
    heading(),
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      maxRows: 30,
      label: t3('Questions', 'Sorular', 'Suallar'),
      labels: { singular: t3('Question', 'Soru', 'Sual'), plural: t3('Questions', 'Sorular', 'Suallar') },
      admin: { description: t3('Readers open each answer under its question.', 'Okurlar her cevabı sorusunun altında açar.', 'Oxucular hər cavabı sualın altında açır.') },
      fields: [
        {
          name: 'question',
          type: 'text',
          localized: true,
          required: true,
          label: t3('Question', 'Soru', 'Sual'),
          admin: { description: t3('As a reader would ask it.', 'Bir okurun soracağı gibi.', 'Oxucunun soruşacağı kimi.') },
        },
        {
          ...bodyField,
          name: 'answer',
          label: t3('Answer', 'Cevap', 'Cavab'),
          admin: { description: t3('A short answer, with links.', 'Bağlantılarla kısa bir cevap.', 'Keçidlərlə qısa cavab.') },
        },
      ],
    },
  ],
}

const downloads: Block = {
  slug: 'downloads',
  labels: { singular: t3('Downloads', 'İndirilecek dosyalar', 'Yüklənəcək fayllar'), plural: t3('Downloads', 'İndirilecek dosyalar', 'Yüklənəcək fayllar') },
  fields: [
    heading(),
    {
      name: 'files',
      type: 'array',
      minRows: 1,
      maxRows: 20,
      label: t3('Files', 'Dosyalar', 'Fayllar'),
      labels: { singular: t3('File', 'Dosya', 'Fayl'), plural: t3('Files', 'Dosyalar', 'Fayllar') },
      admin: {
        description: t3(
          'Readers see each file’s type, size and language.',
          'Okurlar her dosyanın türünü, boyutunu ve dilini görür.',
          'Oxucular hər faylın növünü, ölçüsünü və dilini görür.',
        ),
      },
      fields: [
        {
          name: 'file',
          type: 'upload',
          relationTo: 'media',
          required: true,
          label: t3('File', 'Dosya', 'Fayl'),
          admin: { description: t3('A PDF or document from the media library.', 'Medya kitaplığından bir PDF ya da belge.', 'Media kitabxanasından PDF və ya sənəd.') },
        },
        {
          name: 'label',
          type: 'text',
          localized: true,
          required: true,
          label: t3('Title', 'Başlık', 'Başlıq'),
          admin: { description: t3('What the file is, in this language.', 'Dosyanın ne olduğu, bu dilde.', 'Faylın nə olduğu, bu dildə.') },
        },
        {
          name: 'language',
          type: 'select',
          options: locales.map((value) => ({ value, label: localeLabel(value) })),
          label: t3('Language of the file', 'Dosyanın dili', 'Faylın dili'),
          admin: { description: t3('Shown beside the link.', 'Bağlantının yanında gösterilir.', 'Keçidin yanında göstərilir.') },
        },
      ],
    },
  ],
}

const officeContact: Block = {
  slug: 'officeContact',
  labels: { singular: t3('Office contact', 'Ofis iletişim', 'Ofisin əlaqə məlumatı'), plural: t3('Office contacts', 'Ofis iletişim', 'Ofislərin əlaqə məlumatı') },
  fields: [heading(), officeField(t3('Empty: the page’s own office.', 'Boş bırakılırsa sayfanın kendi ofisi.', 'Boş qalarsa, səhifənin öz ofisi.'))],
}

export const pageBlocks: Block[] = [hero, richText, image, callToAction, factsBand, latestItems, cards, accordion, downloads, officeContact]

export type PageBlockType = 'hero' | 'richText' | 'image' | 'callToAction' | 'factsBand' | 'latestItems' | 'cards' | 'accordion' | 'downloads' | 'officeContact'
