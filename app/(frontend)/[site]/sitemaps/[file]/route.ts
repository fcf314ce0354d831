import { sitemapChild } from '@/lib/content/sitemap'
import { sitemapResponse, sitemapXmlInParts } from '@/lib/sitemapXml'

export const dynamic = 'force-dynamic'

/** /sitemaps/pages.xml, /sitemaps/news-1.xml, …: one child of /sitemap.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params
  const name = /^(.+)\.xml$/.exec(file)?.[1]
  const pages = name ? await sitemapChild(name) : null
  if (!pages) {
    return new Response('No such sitemap: /sitemap.xml lists them.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  return sitemapResponse(await sitemapXmlInParts(pages))
}
