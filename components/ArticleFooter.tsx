import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { newsItems, statementItems } from '@/lib/content/toListItems'
import type { relatedToArticle } from '@/lib/content/related'
import { ContentList } from './ContentList'
import { PressContacts } from './PressContacts'
import { ShareLinks } from './ShareLinks'

type Props = {
  locale: Locale
  /** The page's absolute URL and title, for the share links. */
  url: string
  title: string
  contacts?: { id?: string | null; name: string; email?: string | null; phone?: string | null }[] | null
  related: Awaited<ReturnType<typeof relatedToArticle>>
}

/** Below an article: press contacts, share links and related news and statements. */
export async function ArticleFooter({ locale, url, title, contacts, related }: Props) {
  const t = await getTranslations({ locale })
  return (
    <>
      <PressContacts heading={t('pressContacts.title')} contacts={contacts ?? []} labels={{ email: t('pressContacts.email'), phone: t('pressContacts.phone') }} />
      <ShareLinks url={url} title={title} heading={t('share.title')} emailLabel={t('share.email')} />
      {related.news.length > 0 ? (
        <section aria-labelledby="related-news">
          <h2 id="related-news">{t('related.news')}</h2>
          <ContentList locale={locale} emptyText="" items={newsItems(related.news, locale)} />
        </section>
      ) : null}
      {related.statements.length > 0 ? (
        <section aria-labelledby="related-statements">
          <h2 id="related-statements">{t('related.statements')}</h2>
          <ContentList locale={locale} emptyText="" items={statementItems(related.statements, locale, (kind) => t(`statements.kind.${kind}`))} />
        </section>
      ) : null}
    </>
  )
}
