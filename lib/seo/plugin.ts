import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Field, Plugin } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'
import { documentPath, type RoutedCollection } from '@/i18n/paths'
import type { PerLocale } from '@/i18n/localized'
import { idOf } from '@/lib/relationValues'

/**
 * SEO per document (issue 19): Payload's own SEO plugin adds a `meta` group (title,
 * description, image; each per language) with its length hints and search-result preview to
 * the documents that have a public page. The pages prefer these over the document's own title,
 * summary and image for <title>, the description and the Open Graph and Twitter tags
 * (lib/content/page.ts, `ownMeta`; lib/metadata.ts), in the languages where the officer wrote
 * them: a language without its own SEO title keeps the document's title in that language
 * rather than another language's SEO text.
 *
 * What is ours: the labels and help in the three admin languages (the plugin's are English
 * only) and what "Generate" fills in (the document's own title, summary and image, and its page
 * on its office's site).
 */
export const seoCollections = ['news', 'statements', 'programmes', 'countries', 'pages'] as const satisfies readonly (RoutedCollection | 'pages')[]

type Text = PerLocale<string>

const labels: Record<string, { label: Text; description: Text }> = {
  title: {
    label: { en: 'Search and share title', tr: 'Arama ve paylaşım başlığı', az: 'Axtarış və paylaşım başlığı' },
    description: {
      en: 'Shown in search results and shared links instead of the headline: 50 to 60 characters. Empty: the headline.',
      tr: 'Arama sonuçlarında ve paylaşılan bağlantılarda başlığın yerine görünür: 50-60 karakter. Boşsa başlık kullanılır.',
      az: 'Axtarış nəticələrində və paylaşılan keçidlərdə başlığın yerinə göstərilir: 50-60 simvol. Boşdursa, başlıq istifadə olunur.',
    },
  },
  description: {
    label: { en: 'Search and share description', tr: 'Arama ve paylaşım açıklaması', az: 'Axtarış və paylaşım təsviri' },
    description: {
      en: 'One or two sentences under the title in search results and shared links: 100 to 150 characters. Empty: the summary.',
      tr: 'Arama sonuçlarında ve paylaşılan bağlantılarda başlığın altındaki bir iki cümle: 100-150 karakter. Boşsa özet kullanılır.',
      az: 'Axtarış nəticələrində və paylaşılan keçidlərdə başlığın altındakı bir-iki cümlə: 100-150 simvol. Boşdursa, xülasə istifadə olunur.',
    },
  },
  image: {
    label: { en: 'Share image', tr: 'Paylaşım görseli', az: 'Paylaşım şəkli' },
    description: {
      en: 'The picture of shared links (1200 × 630 pixels suits every network). Empty: the item’s own image.',
      tr: 'Paylaşılan bağlantıların görseli (1200 × 630 piksel her ağa uyar). Boşsa içeriğin kendi görseli kullanılır.',
      az: 'Paylaşılan keçidlərin şəkli (1200 × 630 piksel hər şəbəkəyə uyğundur). Boşdursa, materialın öz şəkli istifadə olunur.',
    },
  },
}

const groupLabel: Text = { en: 'Search and sharing (SEO)', tr: 'Arama ve paylaşım (SEO)', az: 'Axtarış və paylaşım (SEO)' }
const groupDescription: Text = {
  en: 'How this item appears in search engines and when shared. Optional, per language: what is left empty comes from the item itself.',
  tr: 'Bu içeriğin arama motorlarında ve paylaşıldığında nasıl göründüğü. İsteğe bağlı, her dil için ayrı: boş bırakılan içeriğin kendisinden alınır.',
  az: 'Bu materialın axtarış sistemlərində və paylaşılanda necə göründüyü. İstəyə bağlı, hər dil üçün ayrıca: boş qalan material özündən götürülür.',
}

/** The plugin's fields with our labels and help (its own components, hints and preview kept). */
function labelled(field: Field): Field {
  if (!('name' in field) || !labels[field.name]) return field
  const text = labels[field.name]
  return { ...field, label: text.label, admin: { ...field.admin, description: text.description } } as Field
}

type GenerateArgs = { doc?: Record<string, unknown>; locale?: string; collectionConfig?: { slug: string } }

const summaryOf = (doc: Record<string, unknown> | undefined): string => {
  for (const key of ['excerpt', 'summary', 'occasion', 'intro']) if (typeof doc?.[key] === 'string' && doc[key]) return doc[key] as string
  return ''
}

export const seo: Plugin = (config) => {
  const withPlugin = seoPlugin({
    collections: [...seoCollections],
    uploadsCollection: 'media',
    // Beside the existing fields: a tab would move the sidebar's slug, office and review out of it.
    tabbedUI: false,
    generateTitle: ({ doc }: GenerateArgs) => (typeof doc?.title === 'string' ? doc.title : typeof doc?.name === 'string' ? doc.name : ''),
    generateDescription: ({ doc }: GenerateArgs) => summaryOf(doc).slice(0, 160),
    generateImage: ({ doc }: GenerateArgs) => idOf((doc?.hero as { image?: unknown } | undefined)?.image ?? doc?.heroImage ?? doc?.image) ?? '',
    generateURL: async ({ doc, locale, collectionConfig }: GenerateArgs) => {
      if (!collectionConfig || !isLocale(locale) || typeof doc?.slug !== 'string') return ''
      const collection = collectionConfig.slug as (typeof seoCollections)[number]
      // A page's address comes from its site's page tree (lib/content/pages.ts), not from its slug alone.
      if (collection === 'pages') return ''
      // Imported here: the site directory reads through the Payload client, whose config loads this file.
      const { siteOriginsFor } = await import('@/lib/api/v1/siteOrigins')
      const { origin, pageLocale } = (await siteOriginsFor(collection, locale as Locale))(doc)
      return `${origin}${documentPath(collection, doc.slug, pageLocale)}`
    },
    fields: ({ defaultFields }) => defaultFields.map(labelled),
  })(config)
  return {
    ...withPlugin,
    collections: (withPlugin.collections ?? []).map((collection) =>
      (seoCollections as readonly string[]).includes(collection.slug)
        ? {
            ...collection,
            fields: collection.fields.map((field) =>
              'name' in field && field.name === 'meta' && field.type === 'group'
                ? ({ ...field, label: groupLabel, admin: { ...field.admin, description: groupDescription } } as Field)
                : field,
            ),
          }
        : collection,
    ),
  }
}
