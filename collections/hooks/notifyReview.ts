import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import { getEnv } from '@/lib/env'
import { idOf } from '@/lib/relationValues'
import { officeIdsOf } from '@/lib/sites/offices'

/**
 * The review workflow's e-mails (issue 18), each in the recipient's language (their account's
 * `language`) with a direct link to the document in the admin, and each one a recipient can
 * turn off in their account (`notify`):
 * - a document submitted for review ("In review") goes to the editors of its offices;
 * - "Changes requested" goes to its author (who last saved it before the editor), with the
 *   editor's comment.
 * Only a person's save sends them (the seed and scheduled jobs save without a user), never to
 * the person who made the change. Sending never blocks or fails the save (lib/mail.ts).
 */
type Doc = Record<string, unknown>
type Recipient = { id: number | string; email?: string | null; name?: string | null; language?: string | null; notify?: Record<string, boolean | null | undefined> | null }

type Kind = 'reviewRequested' | 'changesRequested' | 'scheduleFailed'

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

async function send(req: PayloadRequest, kind: Kind, to: Recipient, values: { title: string; link: string; by: string; comment?: string; action?: string; date?: string }) {
  if (!to.email || to.notify?.[kind] === false) return
  const language: Locale = isLocale(to.language) ? to.language : defaultLocale
  const t = messages[language].notify
  const subject = fill(t[`${kind}Subject`], values as Record<string, string>)
  const kindText = kind === 'scheduleFailed' ? t[values.action === 'unpublish' ? 'unpublishFailed' : 'publishFailed'] : t[kind]
  const lines = [fill(kindText, values as Record<string, string>), ...(values.comment ? [fill(t.comment, { comment: values.comment })] : [])]
  await req.payload.sendEmail({
    to: to.email,
    subject,
    text: [...lines, values.link, '', t.footer].join('\n'),
    html: `<!doctype html><html lang="${language}"><body>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}<p><a href="${escapeHtml(values.link)}">${escapeHtml(t.open)}</a></p><p><small>${escapeHtml(t.footer)}</small></p></body></html>`,
  })
}

export const notifyReview: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  const by = req.user
  if (!by) return doc
  const now = (doc as Doc).reviewStatus
  const before = operation === 'create' ? undefined : (previousDoc as Doc | undefined)?.reviewStatus
  if (now === before || (now !== 'inReview' && now !== 'changesRequested')) return doc
  try {
    const title = String((doc as Doc).title ?? (doc as Doc).name ?? `#${doc.id}`)
    const link = `${getEnv().SERVER_URL}${req.payload.config.routes.admin}/collections/${collection.slug}/${doc.id}`
    const values = { title, link, by: String((by as { name?: string | null }).name || by.email || '') }
    const find = (where: Where) =>
      req.payload
        .find({ collection: 'users' as CollectionSlug, where, depth: 0, limit: 200, pagination: false, overrideAccess: true, req })
        .then((found) => found.docs as unknown as Recipient[])
    if (now === 'inReview') {
      const offices = officeIdsOf(collection.slug, doc)
      if (offices.length === 0) return doc
      const editors = await find({ and: [{ roles: { in: ['editor'] } }, { countries: { in: offices } }, { id: { not_equals: by.id } }] })
      await Promise.all(editors.map((editor) => send(req, 'reviewRequested', editor, values)))
    } else {
      // The author: who saved it last before this change (fields/review.ts, lastEditedBy).
      const author = idOf((previousDoc as Doc | undefined)?.lastEditedBy)
      if (author == null || String(author) === String(by.id)) return doc
      const [recipient] = await find({ id: { equals: author } })
      const comment = typeof (doc as Doc).reviewComment === 'string' ? ((doc as Doc).reviewComment as string).trim() : ''
      if (recipient) await send(req, 'changesRequested', recipient, { ...values, comment: comment || undefined })
    }
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `The review e-mail for ${collection.slug} ${doc.id} was not sent` })
  }
  return doc
}

/**
 * A scheduled publish or unpublish that failed (Payload's schedulePublish task, whose onFail
 * payload.config.ts sets to this): an e-mail to the person who scheduled it, in their language,
 * with the document's link and the reason, unless they turned it off.
 */
export async function notifyScheduleFailure({ input, job, req }: { input: unknown; job: { waitUntil?: string | null }; req: PayloadRequest }): Promise<void> {
  try {
    const { type, doc, user } = (input ?? {}) as { type?: string; doc?: { relationTo?: string; value?: unknown }; user?: { relationTo?: string; value?: unknown } }
    const userId = idOf(user?.value)
    if (!doc?.relationTo || userId == null) return
    const [recipient] = (
      await req.payload.find({ collection: 'users' as CollectionSlug, where: { id: { equals: userId } }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })
    ).docs as unknown as Recipient[]
    if (!recipient) return
    const id = idOf(doc.value)
    const found =
      id == null
        ? null
        : await req.payload.find({
            collection: doc.relationTo as CollectionSlug,
            where: { id: { equals: id } },
            draft: true,
            depth: 0,
            limit: 1,
            pagination: false,
            overrideAccess: true,
            req,
          })
    const target = found?.docs[0] as Doc | undefined
    const title = String(target?.title ?? target?.name ?? target?.label ?? `#${id}`)
    const link = `${getEnv().SERVER_URL}${req.payload.config.routes.admin}/collections/${doc.relationTo}/${id}`
    const language: Locale = isLocale(recipient.language) ? recipient.language : defaultLocale
    const when = job.waitUntil
      ? new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }).format(
          new Date(job.waitUntil),
        )
      : ''
    await send(req, 'scheduleFailed', recipient, { title, link, by: '', date: when, action: type === 'unpublish' ? 'unpublish' : 'publish' })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'The e-mail about a failed scheduled publish was not sent' })
  }
}
