import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeValidateHook, CollectionConfig, Field, FieldAccess, Where } from 'payload'
import { ValidationError } from 'payload'

import { globalEditors, isAdmin } from '@/access/offices'
import { admins } from '@/access/staff'
import { anyone } from '@/access/anyone'
import { hideUnpublishedLinksOfDoc } from '@/fields/link'
import { footerFields } from '@/globals/Footer'
import { navigationFields } from '@/globals/Navigation'
import { defaultLocale, localeLabel, locales } from '@/i18n/locales'
import { expireEveryTag } from '@/lib/cache/revalidate'
import { expireSiteDirectory } from '@/lib/sites/directory'
import { normalizeHost } from '@/lib/sites/hosts.mjs'

/**
 * A public website of the platform: its addresses, its languages, the offices whose content it
 * shows. Sites are data, so a new office's site is data entry (no code, build or restart):
 * proxy.ts picks the site by the request's host (lib/sites/directory.ts), and every page, list,
 * feed and sitemap reads only its offices' content in its languages.
 *
 * Why a collection and not @payloadcms/plugin-multi-tenant: the plugin scopes the admin by one
 * tenant per document, and Köprü already scopes the admin per office (access/offices.ts), with
 * programmes that belong to several offices; what was missing is the public side, which the
 * plugin leaves to the application. A site groups offices; an office's rights stay per office.
 */

/** Internal names that would shadow a top-level route of the app. */
const reservedKeys = new Set(['api', 'admin', '_next', 'sitemaps', 'sitemap.xml', 'robots.txt', 'no-site'])

const keyPattern = /^[a-z][a-z0-9-]{1,39}$/

/** "https://Turkiye.IOM.int/" → "https://turkiye.iom.int"; anything but an http(s) origin → undefined. */
export function siteOrigin(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  try {
    const url = new URL(value.trim())
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
    if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return undefined
    return url.origin
  } catch {
    return undefined
  }
}

/** The host names a site's data claims: its address's, then its other names. */
export function claimedHosts(data: { url?: unknown; aliases?: unknown }): string[] {
  const origin = siteOrigin(data.url)
  const names = [origin ? new URL(origin).hostname : '', ...(Array.isArray(data.aliases) ? data.aliases.map((alias) => normalizeHost(String(alias))) : [])]
  return [...new Set(names.filter(Boolean))]
}

/** One site per host name, the default language among the site's languages; clear messages. */
const checkSite: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  if (Array.isArray(data.aliases)) data.aliases = data.aliases.map((alias: unknown) => normalizeHost(String(alias)) || String(alias))
  if (typeof data.url === 'string') data.url = siteOrigin(data.url) ?? data.url
  const languages = Array.isArray(merged.languages) ? (merged.languages as string[]) : []
  const errors: { path: string; message: string }[] = []
  if (merged.defaultLanguage && !languages.includes(String(merged.defaultLanguage))) {
    errors.push({ path: 'defaultLanguage', message: `The default language must be one of the site's languages (${languages.join(', ') || 'none chosen'}).` })
  }
  const hosts = claimedHosts(merged)
  if (hosts.length > 0) {
    // A platform has a handful of sites: compare with each.
    const where: Where | undefined = originalDoc?.id != null ? { id: { not_equals: originalDoc.id } } : undefined
    const { docs } = await req.payload.find({
      collection: 'sites',
      where,
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: true,
      req,
      select: { url: true, aliases: true },
    })
    for (const other of docs) {
      const taken = claimedHosts(other).filter((host) => hosts.includes(host))
      if (taken.length > 0)
        errors.push({ path: 'aliases', message: `${taken.join(', ')} already belongs to another site (id ${other.id}). A host name can lead to one site only.` })
    }
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'sites', errors })
  return data
}

/** A site's change can change every page (its languages, offices, addresses): everything is expired. */
const siteChanged: CollectionAfterChangeHook = ({ doc, req }) => {
  expireSiteDirectory()
  expireEveryTag(req)
  return doc
}

const siteDeleted: CollectionAfterDeleteHook = ({ doc, req }) => {
  expireSiteDirectory()
  expireEveryTag(req)
  return doc
}

/** Who a site is (addresses, languages, offices): admins only. Its menus: global editors too. */
const adminsOnly: FieldAccess = ({ req }) => isAdmin(req.user)

const identity = (field: Field): Field => ({ ...field, access: { ...('access' in field ? field.access : {}), create: adminsOnly, update: adminsOnly } }) as Field

const languageOptions = locales.map((locale) => ({ value: locale, label: localeLabel(locale) }))

/**
 * What a site's home shows while no published page of the site is marked as its home page
 * (collections/Pages `home`; app/(frontend)/[site]/[locale]/page.tsx): today's sections, each of
 * which a site may leave out, with counts and an introduction of its own. A new site starts here.
 */
const homeField: Field = {
  name: 'home',
  type: 'group',
  label: { en: 'Home page', tr: 'Ana sayfa', az: 'Ana səhifə' },
  admin: {
    description: {
      en: 'Shown while no published page of this site is marked “Site’s home page” (Pages): the sections of the home page, in this order: introduction, latest news, facts, statements, programmes, offices.',
      tr: 'Bu sitenin hiçbir yayımlanmış sayfası “Sitenin ana sayfası” olarak işaretli değilken gösterilir (Sayfalar): ana sayfanın bölümleri, bu sırayla: giriş, son haberler, rakamlar, açıklamalar, programlar, ofisler.',
      az: 'Bu saytın heç bir dərc olunmuş səhifəsi “Saytın ana səhifəsi” kimi qeyd olunmayanda göstərilir (Səhifələr): ana səhifənin bölmələri, bu ardıcıllıqla: giriş, son xəbərlər, rəqəmlər, bəyanatlar, proqramlar, ofislər.',
    },
  },
  fields: [
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      label: { en: 'Introduction', tr: 'Giriş', az: 'Giriş' },
      admin: {
        description: {
          en: 'One or two sentences under the first heading, in this language; also the description search engines and shared links show (up to 300 characters). Empty: none, and the platform’s description.',
          tr: 'İlk başlığın altında bir iki cümle, bu dilde; arama motorlarının ve paylaşılan bağlantıların gösterdiği açıklama da budur (en çok 300 karakter). Boşsa: giriş yok ve platformun açıklaması.',
          az: 'Birinci başlığın altında bir-iki cümlə, bu dildə; axtarış sistemlərinin və paylaşılan keçidlərin göstərdiyi təsvir də budur (ən çoxu 300 simvol). Boşdursa: giriş yoxdur və platformanın təsviri.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'news',
          type: 'number',
          min: 1,
          max: 12,
          defaultValue: 6,
          label: { en: 'Latest news shown', tr: 'Gösterilen son haberler', az: 'Göstərilən son xəbərlər' },
          admin: { description: { en: '1 to 12.', tr: '1 ile 12 arası.', az: '1-dən 12-yə qədər.' } },
        },
        {
          name: 'statements',
          type: 'number',
          min: 0,
          max: 8,
          defaultValue: 4,
          label: { en: 'Latest statements shown', tr: 'Gösterilen son açıklamalar', az: 'Göstərilən son bəyanatlar' },
          admin: { description: { en: '0 to 8; 0 leaves the section out.', tr: '0 ile 8 arası; 0 bölümü kaldırır.', az: '0-dan 8-ə qədər; 0 bölməni çıxarır.' } },
        },
      ],
    },
    {
      name: 'facts',
      type: 'checkbox',
      defaultValue: true,
      label: { en: 'Show the facts and figures band', tr: 'Rakamlar şeridini göster', az: 'Rəqəmlər zolağını göstər' },
      admin: {
        description: {
          en: 'The global facts, in their order (Facts).',
          tr: 'Küresel rakamlar, kendi sıralarıyla (Rakamlar).',
          az: 'Qlobal rəqəmlər, öz ardıcıllıqları ilə (Rəqəmlər).',
        },
      },
    },
    {
      name: 'programmes',
      type: 'checkbox',
      defaultValue: true,
      label: { en: 'Show the programmes', tr: 'Programları göster', az: 'Proqramları göstər' },
      admin: {
        description: {
          en: 'The programmes of this site’s offices, as cards.',
          tr: 'Bu sitenin ofislerinin programları, kartlar hâlinde.',
          az: 'Bu saytın ofislərinin proqramları, kartlar şəklində.',
        },
      },
    },
    {
      name: 'offices',
      type: 'checkbox',
      defaultValue: true,
      label: { en: 'Show the country offices', tr: 'Ülke ofislerini göster', az: 'Ölkə ofislərini göstər' },
      admin: {
        description: {
          en: 'This site’s offices, as cards linking to their pages.',
          tr: 'Bu sitenin ofisleri, sayfalarına bağlanan kartlar hâlinde.',
          az: 'Bu saytın ofisləri, səhifələrinə aparan kartlar şəklində.',
        },
      },
    },
  ],
}

export const Sites: CollectionConfig<'sites'> = {
  slug: 'sites',
  labels: {
    singular: { en: 'Site', tr: 'Site', az: 'Sayt' },
    plural: { en: 'Sites', tr: 'Siteler', az: 'Saytlar' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'languages', 'offices'],
    group: { en: 'Settings', tr: 'Ayarlar', az: 'Parametrlər' },
    description: {
      en: 'Each public website: its address, its languages and the offices whose content it shows. A new site answers within seconds of saving, with no restart.',
      tr: 'Her genel web sitesi: adresi, dilleri ve içeriğini gösterdiği ofisler. Yeni bir site, kaydedildikten birkaç saniye sonra yeniden başlatma gerekmeden yanıt verir.',
      az: 'Hər ictimai sayt: ünvanı, dilləri və məzmununu göstərdiyi ofislər. Yeni sayt yadda saxlanıldıqdan bir neçə saniyə sonra, yenidən başlatmadan cavab verir.',
    },
  },
  access: { read: anyone, create: admins, update: globalEditors, delete: admins },
  hooks: { beforeValidate: [checkSite], afterRead: [hideUnpublishedLinksOfDoc], afterChange: [siteChanged], afterDelete: [siteDeleted] },
  // Its menus' links to documents are filtered by hideLinks (tests/unit/cacheTags.test.ts reads this).
  custom: { hidesUnpublishedLinks: true },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Site', tr: 'Site', az: 'Sayt' },
          fields: (
            [
              {
                name: 'name',
                type: 'text',
                localized: true,
                required: true,
                label: { en: 'Name', tr: 'Ad', az: 'Ad' },
                admin: {
                  description: {
                    en: 'The site’s name in the header and in search results, in this language.',
                    tr: 'Sitenin başlıkta ve arama sonuçlarında görünen adı, bu dilde.',
                    az: 'Saytın başlıqda və axtarış nəticələrində görünən adı, bu dildə.',
                  },
                },
              },
              {
                name: 'key',
                type: 'text',
                required: true,
                unique: true,
                index: true,
                label: { en: 'Internal name', tr: 'İç ad', az: 'Daxili ad' },
                admin: {
                  position: 'sidebar',
                  description: {
                    en: 'Lowercase letters, digits and hyphens, e.g. "turkiye". Used inside the platform only; readers never see it.',
                    tr: 'Küçük harf, rakam ve kısa çizgi, ör. "turkiye". Yalnızca platformun içinde kullanılır; okurlar görmez.',
                    az: 'Kiçik hərflər, rəqəmlər və defis, məs. "azerbaijan". Yalnız platformanın daxilində istifadə olunur; oxucular görmür.',
                  },
                },
                validate: (value: string | null | undefined) => {
                  if (!value || !keyPattern.test(value)) return 'Use 2-40 lowercase letters, digits or hyphens, starting with a letter, e.g. "turkiye".'
                  if (reservedKeys.has(value)) return `"${value}" is taken by the platform's own routes: choose another internal name.`
                  return true
                },
              },
              {
                name: 'url',
                type: 'text',
                required: true,
                label: { en: 'Address', tr: 'Adres', az: 'Ünvan' },
                admin: {
                  description: {
                    en: 'The address readers use, e.g. https://turkiye.iom.int. Every link the site gives (canonical, sitemap, feeds, shares) is built on it.',
                    tr: 'Okurların kullandığı adres, ör. https://turkiye.iom.int. Sitenin verdiği her bağlantı (kanonik, site haritası, akışlar, paylaşımlar) bunun üzerine kurulur.',
                    az: 'Oxucuların istifadə etdiyi ünvan, məs. https://azerbaijan.iom.int. Saytın verdiyi hər keçid (kanonik, sayt xəritəsi, lentlər, paylaşımlar) onun üzərində qurulur.',
                  },
                },
                validate: (value: string | null | undefined) =>
                  siteOrigin(value) ? true : 'Enter the site’s address as https://host (or http://host:port for a local copy), without a path, e.g. https://turkiye.iom.int.',
              },
              {
                name: 'aliases',
                type: 'text',
                hasMany: true,
                label: { en: 'Other host names', tr: 'Diğer alan adları', az: 'Digər host adları' },
                admin: {
                  description: {
                    en: 'Further names that lead to this site, e.g. www.turkiye.iom.int. Each host name can lead to one site only.',
                    tr: 'Bu siteye götüren başka adlar, ör. www.turkiye.iom.int. Her alan adı yalnızca bir siteye götürebilir.',
                    az: 'Bu sayta aparan digər adlar, məs. www.azerbaijan.iom.int. Hər host adı yalnız bir sayta apara bilər.',
                  },
                },
                validate: (value: string[] | null | undefined) => {
                  const bad = (value ?? []).filter((alias) => !normalizeHost(alias) || normalizeHost(alias).startsWith('['))
                  return bad.length === 0 ? true : `Not a host name: ${bad.join(', ')}. Write names such as www.turkiye.iom.int, without https:// or a path.`
                },
              },
              {
                name: 'languages',
                type: 'select',
                hasMany: true,
                required: true,
                options: languageOptions,
                label: { en: 'Languages', tr: 'Diller', az: 'Dillər' },
                admin: {
                  description: {
                    en: 'The languages the site is published in. Only these are routed, offered by the language switcher and counted as missing translations.',
                    tr: 'Sitenin yayımlandığı diller. Yalnızca bunlar adreslenir, dil seçicide sunulur ve eksik çeviri olarak sayılır.',
                    az: 'Saytın dərc olunduğu dillər. Yalnız bunlara ünvan verilir, dil seçicisində təklif olunur və çatışmayan tərcümə kimi sayılır.',
                  },
                },
              },
              {
                name: 'defaultLanguage',
                type: 'select',
                required: true,
                defaultValue: defaultLocale,
                options: languageOptions,
                label: { en: 'Default language', tr: 'Varsayılan dil', az: 'Əsas dil' },
                admin: {
                  position: 'sidebar',
                  description: {
                    en: 'Shown to readers whose browser asks for none of the site’s languages.',
                    tr: 'Tarayıcısı sitenin dillerinden hiçbirini istemeyen okurlara gösterilir.',
                    az: 'Brauzeri saytın dillərindən heç birini istəməyən oxuculara göstərilir.',
                  },
                },
              },
              {
                name: 'offices',
                type: 'relationship',
                relationTo: 'countries',
                hasMany: true,
                required: true,
                label: { en: 'Offices', tr: 'Ofisler', az: 'Ofislər' },
                admin: {
                  description: {
                    en: 'The country offices whose news, statements, programmes and facts this site shows.',
                    tr: 'Bu sitenin haberlerini, açıklamalarını, programlarını ve rakamlarını gösterdiği ülke ofisleri.',
                    az: 'Bu saytın xəbərlərini, bəyanatlarını, proqramlarını və rəqəmlərini göstərdiyi ölkə ofisləri.',
                  },
                },
              },
            ] as Field[]
          ).map(identity),
        },
        {
          label: { en: 'Home page', tr: 'Ana sayfa', az: 'Ana səhifə' },
          description: {
            en: 'The home page is a page of blocks: the published page of this site marked “Site’s home page” (Pages). Until there is one, the home page shows the sections below.',
            tr: 'Ana sayfa bloklardan oluşan bir sayfadır: bu sitenin “Sitenin ana sayfası” olarak işaretli yayımlanmış sayfası (Sayfalar). Böyle bir sayfa olana kadar ana sayfa aşağıdaki bölümleri gösterir.',
            az: 'Ana səhifə bloklardan ibarət səhifədir: bu saytın “Saytın ana səhifəsi” kimi qeyd olunmuş dərc olunmuş səhifəsi (Səhifələr). Belə səhifə olana qədər ana səhifə aşağıdakı bölmələri göstərir.',
          },
          fields: [homeField],
        },
        {
          label: { en: 'Navigation', tr: 'Gezinme menüsü', az: 'Naviqasiya menyusu' },
          description: {
            en: 'The header of this site. Left empty, the site shows the default navigation (Settings → Navigation).',
            tr: 'Bu sitenin üst menüsü. Boş bırakılırsa site varsayılan menüyü gösterir (Ayarlar → Gezinme menüsü).',
            az: 'Bu saytın yuxarı menyusu. Boş qalarsa, sayt standart menyunu göstərir (Parametrlər → Naviqasiya menyusu).',
          },
          fields: navigationFields,
        },
        {
          label: { en: 'Footer', tr: 'Alt bilgi', az: 'Saytın aşağı hissəsi' },
          description: {
            en: 'The footer of this site. Left empty, the site shows the default footer (Settings → Footer).',
            tr: 'Bu sitenin alt bilgisi. Boş bırakılırsa site varsayılan alt bilgiyi gösterir (Ayarlar → Alt bilgi).',
            az: 'Bu saytın aşağı hissəsi. Boş qalarsa, sayt standart aşağı hissəni göstərir (Parametrlər → Saytın aşağı hissəsi).',
          },
          fields: footerFields,
        },
      ],
    },
  ],
}
