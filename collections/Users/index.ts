import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { hasRole, isStaff, roles } from '@/access/roles'
import { admins } from '@/access/staff'
import { evenLoginTime } from '@/lib/api/loginThrottle'
import { defaultLocale, localeLabel, locales } from '@/i18n/locales'
import { getEnv } from '@/lib/env'
import { adminLanguageOnChange, adminLanguageOnLogin, apiKeysForPartnersOnly, passwordPolicy, resetPasswordEmail, resetPasswordSubject } from './auth'

/** The very first account (created in the admin's welcome screen) becomes an administrator. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

const roleLabels = {
  admin: { en: 'Administrator', tr: 'Yönetici', az: 'Administrator' },
  editor: { en: 'Editor', tr: 'Editör', az: 'Redaktor' },
  contributor: { en: 'Contributor', tr: 'Yazar', az: 'Müəllif' },
  translator: { en: 'Translator', tr: 'Çevirmen', az: 'Tərcüməçi' },
  partner: { en: 'Partner (API only)', tr: 'Ortak kuruluş (yalnızca API)', az: 'Tərəfdaş təşkilat (yalnız API)' },
} as const

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { en: 'User', tr: 'Kullanıcı', az: 'İstifadəçi' },
    plural: { en: 'Users', tr: 'Kullanıcılar', az: 'İstifadəçilər' },
  },
  // Sign-in safety: sessions last a working day; failed sign-ins are throttled per address
  // (lib/api/loginThrottle.ts), never by locking the account; reset links last an hour.
  auth: {
    useAPIKey: true,
    // The session cookie: HttpOnly (Payload's default), SameSite=Lax, Secure whenever the site
    // is served over HTTPS.
    cookies: { secure: getEnv().SERVER_URL.startsWith('https://'), sameSite: 'Lax' },
    tokenExpiration: 60 * 60 * 8,
    // No account lockout: it let anyone lock anyone out. Failed sign-ins are throttled per
    // address instead (lib/api/loginThrottle.ts), and Payload's lookup is timed alike for
    // unknown e-mails (evenLoginTime). The limit is out of reach rather than 0, which would
    // drop Payload's two lockout columns (a schema change: a migration would go with it).
    maxLoginAttempts: 1_000_000_000,
    lockTime: 15 * 60 * 1000,
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      generateEmailSubject: () => resetPasswordSubject(),
      generateEmailHTML: (args) => resetPasswordEmail({ token: args?.token ?? '', serverURL: args?.req?.payload.config.serverURL ?? '' }),
    },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles', 'countries'], group: { en: 'Settings', tr: 'Ayarlar', az: 'Parametrlər' } },
  access: {
    // Partners read the API with a key; the admin UI is for staff only.
    admin: ({ req }) => isStaff(req.user),
    read: adminOrSelf,
    create: admins,
    update: adminOrSelf,
    delete: admins,
    // Only admins lift a login lockout (the default lets any signed-in account do it).
    unlock: admins,
  },
  hooks: {
    beforeOperation: [evenLoginTime],
    beforeValidate: [passwordPolicy],
    beforeChange: [firstUserIsAdmin, apiKeysForPartnersOnly],
    afterLogin: [adminLanguageOnLogin],
    afterChange: [adminLanguageOnChange],
  },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', tr: 'Ad soyad', az: 'Ad və soyad' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['contributor'],
      label: { en: 'Roles', tr: 'Roller', az: 'Rollar' },
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      saveToJWT: true,
      access: { update: ({ req }) => hasRole(req.user, 'admin') },
      admin: { position: 'sidebar' },
    },
    {
      name: 'countries',
      type: 'relationship',
      relationTo: 'countries',
      hasMany: true,
      label: { en: 'Country offices', tr: 'Ülke ofisleri', az: 'Ölkə ofisləri' },
      saveToJWT: true,
      access: { update: ({ req }) => hasRole(req.user, 'admin') },
      admin: {
        position: 'sidebar',
        description: { en: 'The offices whose content this person works on.', tr: 'Bu kişinin içeriğinde çalıştığı ofisler.', az: 'Bu şəxsin məzmunu üzərində işlədiyi ofislər.' },
      },
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: defaultLocale,
      options: locales.map((locale) => ({ value: locale, label: localeLabel(locale) })),
      label: { en: 'Language of e-mails', tr: 'E-postaların dili', az: 'E-poçtların dili' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'The notifications below come in this language.',
          tr: 'Aşağıdaki bildirimler bu dilde gelir.',
          az: 'Aşağıdakı bildirişlər bu dildə gəlir.',
        },
      },
    },
    {
      name: 'adminLanguage',
      type: 'select',
      options: locales.map((locale) => ({ value: locale, label: localeLabel(locale) })),
      label: { en: 'Language of the admin', tr: 'Yönetim panelinin dili', az: 'İdarəetmə panelinin dili' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'The admin speaks it on any computer you sign in on. Empty: your browser’s language.',
          tr: 'Giriş yaptığınız her bilgisayarda yönetim paneli bu dilde olur. Boş: tarayıcınızın dili.',
          az: 'Daxil olduğunuz hər kompüterdə idarəetmə paneli bu dildə olur. Boş: brauzerinizin dili.',
        },
      },
    },
    {
      name: 'notify',
      type: 'group',
      label: { en: 'Notifications', tr: 'Bildirimler', az: 'Bildirişlər' },
      admin: {
        description: {
          en: 'E-mails about the review of your office’s content, each with a link to the document.',
          tr: 'Ofisinizin içeriğinin incelenmesiyle ilgili e-postalar; her birinde belgeye bir bağlantı vardır.',
          az: 'Ofisinizin məzmununun yoxlanılması ilə bağlı e-poçtlar; hər birində sənədə keçid var.',
        },
      },
      fields: [
        {
          name: 'reviewRequested',
          type: 'checkbox',
          defaultValue: true,
          label: {
            en: 'When something is submitted for my review (editors)',
            tr: 'Bir içerik incelememe gönderildiğinde (editörler)',
            az: 'Bir material yoxlamama göndəriləndə (redaktorlar)',
          },
          admin: {
            description: {
              en: 'A contributor of your office chose “In review”.',
              tr: 'Ofisinizden bir yazar “İncelemede”yi seçti.',
              az: 'Ofisinizdən bir müəllif “Yoxlamada” variantını seçdi.',
            },
          },
        },
        {
          name: 'changesRequested',
          type: 'checkbox',
          defaultValue: true,
          label: { en: 'When an editor asks for changes to my work', tr: 'Bir editör çalışmamda değişiklik istediğinde', az: 'Redaktor işimdə dəyişiklik istəyəndə' },
          admin: {
            description: {
              en: 'With the editor’s comment.',
              tr: 'Editörün notuyla birlikte.',
              az: 'Redaktorun qeydi ilə birlikdə.',
            },
          },
        },
        {
          name: 'scheduleFailed',
          type: 'checkbox',
          defaultValue: true,
          label: { en: 'When something I scheduled was not published', tr: 'Zamanladığım bir içerik yayımlanmadığında', az: 'Planlaşdırdığım material dərc edilmədikdə' },
          admin: {
            description: {
              en: 'A scheduled publish or unpublish that failed, with a link to do it by hand.',
              tr: 'Başarısız olan zamanlanmış bir yayımlama ya da yayından kaldırma; elle yapmak için bir bağlantıyla.',
              az: 'Uğursuz olan planlaşdırılmış dərc və ya dərcdən çıxarma; əl ilə etmək üçün keçidlə.',
            },
          },
        },
      ],
    },
    {
      name: 'globalEditor',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Edits site-wide content', tr: 'Site genelindeki içeriği düzenler', az: 'Saytın ümumi məzmununu redaktə edir' },
      saveToJWT: true,
      access: { update: ({ req }) => hasRole(req.user, 'admin') },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Editors only: may also edit the global facts, the navigation and the footer.',
          tr: 'Yalnızca editörler için: küresel rakamları, gezinme menüsünü ve alt bilgiyi de düzenleyebilir.',
          az: 'Yalnız redaktorlar üçün: qlobal rəqəmləri, naviqasiya menyusunu və saytın aşağı hissəsini də redaktə edə bilər.',
        },
      },
    },
  ],
}
