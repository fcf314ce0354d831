import path from 'node:path'

import type { CollectionBeforeOperationHook, CollectionConfig, TextFieldSingleValidation } from 'payload'

import { duplicateOwnMedia, guardMediaChange, guardMediaDelete } from '@/collections/Media/hooks/guards'
import { serverTimestamps } from '@/collections/hooks/serverTimestamps'
import { mediaDelete, mediaRead, mediaUpdate } from '@/access/media'
import { mediaOfficesField, mediaPublicField } from '@/collections/Media/fields'
import { privateOnUpload } from '@/collections/Media/hooks/publishMedia'
import { staff } from '@/access/staff'
import { getEnv } from '@/lib/env'
import { revalidateAfterChange, revalidateAfterDelete } from '@/lib/cache/revalidate'
import { toSlug } from '@/lib/slugify'

export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']
export const documentMimeTypes = ['application/pdf']

/** Alt text is required for images (screen readers), not for PDFs. */
const altRequiredForImages: TextFieldSingleValidation = (value, { data }) => {
  const mimeType = (data as { mimeType?: string }).mimeType
  if (mimeType?.startsWith('image/') && (!value || value.trim() === '')) {
    return 'Describe the image for people who cannot see it (alt text), in this language.'
  }
  return true
}

/**
 * File names become lower-case ASCII words joined by hyphens ("Bakü yuvarlak masa (final)!!.png"
 * → "baku-yuvarlak-masa-final.png"): safe in URLs, shells and every file system. Payload adds a
 * number when the name is taken. The type itself is checked by content (Payload's file-type
 * detection against `mimeTypes`), never by the extension.
 */
export const sanitizeFileName: CollectionBeforeOperationHook<'media'> = ({ args, operation, req }) => {
  const file = req.file
  if ((operation === 'create' || operation === 'update') && file?.name) {
    const dot = file.name.lastIndexOf('.')
    const base = dot > 0 ? file.name.slice(0, dot) : file.name
    const extension =
      dot > 0
        ? file.name
            .slice(dot + 1)
            .toLowerCase()
            .replace(/[^a-z0-9]/g, '')
        : ''
    file.name = `${toSlug(base) || 'file'}${extension ? `.${extension}` : ''}`
  }
  return args
}

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: {
    singular: { en: 'Media file', tr: 'Medya dosyası', az: 'Media faylı' },
    plural: { en: 'Media', tr: 'Medya', az: 'Media' },
  },
  admin: { useAsTitle: 'filename', group: { en: 'Content', tr: 'İçerik', az: 'Məzmun' } },
  access: { read: mediaRead, create: staff, update: mediaUpdate, delete: mediaDelete },
  upload: {
    staticDir: path.resolve(getEnv().DATA_DIR, 'media'),
    mimeTypes: [...imageMimeTypes, ...documentMimeTypes],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', withoutEnlargement: true },
      { name: 'card', width: 800, withoutEnlargement: true },
      { name: 'hero', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  // Who may change or delete a file follows the documents that use it (collections/Media/hooks/guards.ts).
  hooks: {
    beforeOperation: [sanitizeFileName, duplicateOwnMedia],
    beforeChange: [serverTimestamps, guardMediaChange, privateOnUpload],
    beforeDelete: [guardMediaDelete],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: { en: 'Alt text', tr: 'Alternatif metin', az: 'Alternativ mətn' },
      admin: {
        description: {
          en: 'Say what the image shows and why it matters, in one sentence; do not start with "Image of". Required for images.',
          tr: 'Görselin ne gösterdiğini ve neden önemli olduğunu tek cümleyle yazın; "... görseli" diye başlamayın. Görseller için zorunludur.',
          az: 'Şəklin nəyi göstərdiyini və nə üçün vacib olduğunu bir cümlə ilə yazın; "Şəkil" sözü ilə başlamayın. Şəkillər üçün məcburidir.',
        },
      },
      validate: altRequiredForImages,
    },
    { name: 'credit', type: 'text', label: { en: 'Credit', tr: 'Telif / fotoğrafçı', az: 'Müəllif / fotoqraf' } },
    mediaPublicField,
    mediaOfficesField,
  ],
}
