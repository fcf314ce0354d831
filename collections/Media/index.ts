import path from 'node:path'

import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { anyone } from '../../access/anyone'
import { editors, staff } from '../../access/staff'
import { getEnv } from '../../lib/env'
import { revalidateAfterChange, revalidateAfterDelete } from '../../lib/revalidate'

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

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: {
    singular: { en: 'Media file', tr: 'Medya dosyası' },
    plural: { en: 'Media', tr: 'Medya' },
  },
  admin: { useAsTitle: 'filename', group: { en: 'Content', tr: 'İçerik' } },
  access: { read: anyone, create: staff, update: staff, delete: editors },
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
  hooks: { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: { en: 'Alt text', tr: 'Alternatif metin' },
      admin: {
        description: {
          en: 'Say what the image shows and why it matters, in one sentence; do not start with "Image of". Required for images.',
          tr: 'Görselin ne gösterdiğini ve neden önemli olduğunu tek cümleyle yazın; "... görseli" diye başlamayın. Görseller için zorunludur.',
        },
      },
      validate: altRequiredForImages,
    },
    { name: 'credit', type: 'text', label: { en: 'Credit', tr: 'Telif / fotoğrafçı' } },
  ],
}
