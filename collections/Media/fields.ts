import type { Field } from 'payload'

import { isStaff } from '@/access/roles'

// The fields that record a file's visibility; only the hooks (./hooks/publishMedia.ts) write them, access/media.ts reads them.

/** The offices a private file belongs to: read-only for everyone, kept by the hooks (see above); staff's to read. */
export const mediaOfficesField: Field = {
  name: 'offices',
  type: 'relationship',
  relationTo: 'countries',
  hasMany: true,
  index: true,
  label: { en: 'Offices', tr: 'Ofisler', az: 'Ofislər' },
  access: { read: ({ req }) => isStaff(req.user), create: () => false, update: () => false },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'The uploader’s offices and those of the documents that use this file. Until it is public, only their staff (and admins) can see it.',
      tr: 'Yükleyenin ofisleri ve bu dosyayı kullanan belgelerin ofisleri. Dosya herkese açık olana kadar yalnızca bu ofislerin personeli (ve yöneticiler) görebilir.',
      az: 'Faylı yükləyənin ofisləri və bu fayldan istifadə edən sənədlərin ofisləri. Fayl hamıya açıq olana qədər onu yalnız bu ofislərin əməkdaşları (və administratorlar) görə bilər.',
    },
  },
}

/**
 * The media field: read-only in the admin, written by the hooks alone. No defaultValue: Payload
 * would fill it into records read without the field (MongoDB documents from before it) and the
 * next edit would save them private; `privateOnUpload` marks new uploads instead.
 */
export const mediaPublicField: Field = {
  name: 'public',
  type: 'checkbox',
  index: true,
  label: { en: 'Public', tr: 'Herkese açık', az: 'Hamıya açıq' },
  access: { create: () => false, update: () => false },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Set when a published document first uses this file. Until then only the staff of its offices can see it.',
      tr: 'Bu dosyayı kullanan bir belge ilk yayımlandığında işaretlenir. O zamana kadar dosyayı yalnızca ofislerinin personeli görebilir.',
      az: 'Dərc edilmiş sənəd bu fayldan ilk dəfə istifadə etdikdə işarələnir. O vaxta qədər faylı yalnız onun ofislərinin əməkdaşları görə bilər.',
    },
  },
}
