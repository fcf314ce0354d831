import type { MetadataRoute } from 'next'

import { defaultLocale, locales } from '../i18n/locales'
import { sitemapPages } from '../lib/content/sitemap'
import { absoluteUrl } from '../lib/metadata'

export const dynamic = 'force-dynamic'

/** sitemap.xml: one entry per page and locale, each with its language alternates and x-default. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await sitemapPages()
  return pages.flatMap(({ paths, lastModified }) => {
    const languages: Record<string, string> = {}
    for (const locale of locales) if (paths[locale]) languages[locale] = absoluteUrl(paths[locale] as string)
    const xDefault = paths[defaultLocale] ?? Object.values(paths)[0]
    if (xDefault) languages['x-default'] = absoluteUrl(xDefault)
    return locales.flatMap((locale) =>
      paths[locale] ? [{ url: absoluteUrl(paths[locale] as string), lastModified, alternates: { languages } }] : [],
    )
  })
}
