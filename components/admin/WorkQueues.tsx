import { getTranslations } from 'next-intl/server'
import type { WidgetServerProps } from 'payload'

import { defaultLocale, isLocale, languageName, type Locale } from '@/i18n/locales'
import { workQueues, type Queue, type QueueItem } from '@/lib/admin/workQueues'

/**
 * The dashboard's "Your work" widget (payload.config.ts, admin.dashboard): the officer's queues
 * (lib/admin/workQueues.ts), server-rendered, in the admin's language. Every heading and item
 * links to the document or to its list filtered the same way.
 */
export async function WorkQueues({ req, user }: WidgetServerProps) {
  if (!user) return null
  const language: Locale = isLocale(req.i18n?.language) ? req.i18n.language : defaultLocale
  const content: Locale = isLocale(req.locale) ? req.locale : defaultLocale
  const t = await getTranslations({ locale: language, namespace: 'adminWork' })
  const adminRoute = req.payload.config.routes.admin
  const queues = await workQueues(req.payload, { ...req, user }, { adminRoute, locale: content })
  const date = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' })
  const names = (languages: Locale[] = []) => new Intl.ListFormat(language, { type: 'conjunction' }).format(languages.map((code) => languageName(code, language)))
  const collectionLabel = (slug: string, plural = false) => {
    const labels = req.payload.collections[slug as keyof typeof req.payload.collections]?.config.labels
    const label = plural ? labels?.plural : labels?.singular
    if (typeof label === 'string') return label
    const byLanguage = (label ?? {}) as Partial<Record<string, string>>
    return byLanguage[language] ?? byLanguage[defaultLocale] ?? slug
  }
  const heading = (queue: Queue) => (queue.key === 'untranslated' ? t('untranslated', { languages: names(queue.languages) }) : t(queue.key))
  const empty = (queue: Queue) => (queue.key === 'untranslated' ? t('untranslatedEmpty', { languages: names(queue.languages) }) : t(`${queue.key}Empty`))
  const detail = (item: QueueItem) => {
    if (item.action && item.date) return t(item.action, { date: date.format(new Date(item.date)) })
    if (item.languages?.length) return t('lacks', { languages: names(item.languages) })
    return item.date ? date.format(new Date(item.date)) : undefined
  }

  return (
    <div className="card kopru-work" lang={language}>
      <h2 className="kopru-work__title">{t('label')}</h2>
      <p className="kopru-work__intro">{t('intro')}</p>
      <div className="kopru-work__queues">
        {queues.map((queue) => (
          <section key={queue.key} className="kopru-work__queue" aria-labelledby={`kopru-work-${queue.key}`} data-queue={queue.key} data-total={queue.total}>
            <h3 id={`kopru-work-${queue.key}`}>
              {heading(queue)} <span className="kopru-work__count">({queue.total})</span>
            </h3>
            {queue.items.length === 0 ? (
              <p>{empty(queue)}</p>
            ) : (
              <ul>
                {queue.items.map((item) => (
                  <li key={`${item.collection}-${item.id}`}>
                    <a href={item.href}>{item.title}</a> <span className="kopru-work__meta">{[collectionLabel(item.collection), detail(item)].filter(Boolean).join(' · ')}</span>
                    {item.comment ? <p className="kopru-work__comment">{t('comment', { comment: item.comment })}</p> : null}
                  </li>
                ))}
              </ul>
            )}
            {queue.lists.length > 0 ? (
              <p className="kopru-work__lists">
                {queue.lists.map((list, i) => (
                  <span key={list.collection}>
                    {i > 0 ? ' · ' : null}
                    <a href={list.href}>{t('list', { collection: collectionLabel(list.collection, true), count: list.total })}</a>
                  </span>
                ))}
              </p>
            ) : null}
          </section>
        ))}
      </div>
    </div>
  )
}
