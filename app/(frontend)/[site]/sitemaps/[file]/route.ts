import { sitemapChild } from '@/lib/content/sitemap'
import { siteByKey } from '@/lib/sites'
import { sitemapResponse, sitemapXmlStream } from '@/lib/sitemapXml'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ site: string; file: string }> }

/** /sitemaps/pages.xml, /sitemaps/news-1.xml, …: one child of the site's /sitemap.xml. */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { site: key, file } = await params
  const site = await siteByKey(key)
  const name = /^(.+)\.xml$/.exec(file)?.[1]
  const pages = site && name ? await sitemapChild(site, name) : null
  if (!site || !pages) {
    return new Response('No such sitemap: /sitemap.xml lists them.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  return sitemapResponse(sitemapXmlStream(site, pages))
}
