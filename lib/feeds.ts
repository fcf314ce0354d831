import { Feed } from 'feed'
import { getTranslations } from 'next-intl/server'

import { intlLocale, isLocale, type Locale } from '@/i18n/locales'
import { feedPath, listPath, type DatedCollection } from '@/i18n/paths'
import { listNews, listStatements } from './content/lists'
import { newsItems, statementItems } from './content/toListItems'
import { parseListParams } from './listParams'
import type { ContentListItem } from './content/items'
import { absoluteUrl } from './metadata'
import { siteByKey } from './sites'
import type { Site } from './sites/directory'

type FeedArgs = { site: Pick<Site, 'origin'>; title: string; description: string; locale: Locale; selfPath: string; pagePath: string; items: ContentListItem[] }

/**
 * An RSS 2.0 document for a list of news items or statements (titles and excerpts, absolute
 * links). Items link to a site path, or to an absolute URL (the partner API's feeds).
 */
export function rssFeed({ site, title, description, locale, selfPath, pagePath, items }: FeedArgs): string {
  const feed = new Feed({
    id: absoluteUrl(site, selfPath),
    title,
    description,
    link: absoluteUrl(site, pagePath),
    language: intlLocale(locale),
    generator: false,
    copyright: title,
    feedLinks: { rss: absoluteUrl(site, selfPath) },
    updated: items[0]?.date ? new Date(items[0].date) : undefined,
  })
  for (const item of items) {
    const link = /^https?:\/\//.test(item.href) ? item.href : absoluteUrl(site, item.href)
    feed.addItem({
      title: item.title,
      id: link,
      link,
      date: new Date(item.date ?? Date.now()),
      description: item.excerpt ?? undefined,
    })
  }
  return feed.rss2()
}

export function rssResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
    },
  })
}

/** The GET handler of a locale's RSS feed of news or statements (?country=AZ narrows it). */
export function feedRoute(collection: DatedCollection) {
  return async function GET(request: Request, { params }: { params: Promise<{ site: string; locale: string }> }) {
    const { site: key, locale } = await params
    const site = await siteByKey(key)
    const query = parseListParams(Object.fromEntries(new URL(request.url).searchParams), ['country'])
    if (!site || !isLocale(locale) || !site.languages.includes(locale) || !query) {
      return new Response('Unknown feed: use ?country= with a two-letter code such as TR or AZ.', {
        status: 404,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      })
    }
    const t = await getTranslations({ locale })
    const items =
      collection === 'news'
        ? newsItems((await listNews(site, locale, query)).docs, locale)
        : statementItems((await listStatements(site, locale, query)).docs, locale, (kind) => t(`statements.kind.${kind}`))
    return rssResponse(
      rssFeed({
        site,
        title: `${t(`nav.${collection}`)} · ${t('site.name')}${query.country ? ` (${query.country})` : ''}`,
        description: t('site.tagline'),
        locale,
        selfPath: feedPath(collection, locale, query.country),
        pagePath: listPath(collection, locale),
        items,
      }),
    )
  }
}
