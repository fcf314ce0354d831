import { sitemapNames } from '@/lib/content/sitemap'
import { sitemapIndexXml, sitemapResponse } from '@/lib/sitemapXml'

export const dynamic = 'force-dynamic'

/** /sitemap.xml: the index of the child sitemaps (lib/content/sitemap.ts). */
export async function GET(): Promise<Response> {
  return sitemapResponse(sitemapIndexXml(await sitemapNames()))
}
