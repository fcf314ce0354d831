import { absoluteUrl } from '@/lib/metadata'
import { siteByKey } from '@/lib/sites'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ site: string }> }

/** /robots.txt of a site: everything but the admin and the APIs, and where its sitemap is. */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const site = await siteByKey((await params).site)
  if (!site) return new Response('No such site.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
  const body = ['User-Agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api/', '', `Sitemap: ${absoluteUrl(site, '/sitemap.xml')}`, ''].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' } })
}
