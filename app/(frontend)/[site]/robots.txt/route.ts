import { absoluteUrl } from '@/lib/metadata'
import { siteByKey } from '@/lib/sites'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ site: string }> }

/**
 * /robots.txt of a site: everything but the admin and the APIs, and where its sitemap is. The
 * files of the media collection stay open: they are the images that shared links show (Open
 * Graph, Twitter), and crawlers that honour robots.txt would not fetch them under `/api/`. The
 * longest rule wins (RFC 9309); the Allow comes first for readers that take the first match.
 * A private file (a draft's) answers 404 whatever robots.txt says (access/media.ts).
 */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const site = await siteByKey((await params).site)
  if (!site) return new Response('No such site.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
  const body = ['User-Agent: *', 'Allow: /', 'Allow: /api/media/file/', 'Disallow: /admin', 'Disallow: /api/', '', `Sitemap: ${absoluteUrl(site, '/sitemap.xml')}`, ''].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' } })
}
