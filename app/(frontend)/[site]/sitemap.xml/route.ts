import { sitemapNames } from '@/lib/content/sitemap'
import { siteByKey } from '@/lib/sites'
import { sitemapIndexXml, sitemapResponse } from '@/lib/sitemapXml'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ site: string }> }

/** /sitemap.xml of a site: the index of its child sitemaps (lib/content/sitemap.ts). */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const site = await siteByKey((await params).site)
  if (!site) return new Response('No such site.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
  return sitemapResponse(sitemapIndexXml(site, await sitemapNames(site)))
}
