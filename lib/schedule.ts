import type { CollectionBeforeDeleteHook, CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import { hasRole } from '@/access/roles'
import { isLocale } from '@/i18n/locales'
import { refuse } from './refuse'
import { keepingRequestLocale } from './requestLocale'

/**
 * May this user publish (so schedule, or cancel a schedule of) this document? Admins, and
 * editors of the document's office: the role, then the collection's own update access (the
 * office Where of access/offices.ts) asked about this document.
 */
export async function mayPublishDocument(req: PayloadRequest, collection: string, id: unknown): Promise<boolean> {
  if (!hasRole(req.user, 'admin', 'editor') || id == null || id === '') return false
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config?.versions?.drafts || !config.access.update) return false
  const access = await config.access.update({ req, id: id as never, data: { _status: 'published' } })
  if (access === false) return false
  const where: Where = access === true ? { id: { equals: id } } : { and: [{ id: { equals: id } }, access] }
  const { totalDocs } = await keepingRequestLocale(req, () => req.payload.count({ collection: collection as CollectionSlug, where, overrideAccess: true, req }))
  return totalDocs > 0
}

/**
 * On the payload-jobs collection: a signed-in user cancels (deletes) only a scheduled publish of
 * a document they may publish. The admin's schedule drawer deletes jobs through the local API
 * (access overridden, hooks run) by id, and job ids are sequential. The server's own runner
 * deletes finished jobs without a user, straight in the database.
 */
export const guardScheduleCancel: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user || hasRole(req.user, 'admin')) return
  const job = (await req.payload.db.findOne({ collection: 'payload-jobs', where: { id: { equals: id } }, req })) as {
    taskSlug?: string
    input?: { doc?: { relationTo?: string; value?: unknown } }
  } | null
  const doc = job?.input?.doc
  if (job?.taskSlug !== 'schedulePublish' || !doc?.relationTo || !(await mayPublishDocument(req, doc.relationTo, doc.value))) {
    throw refuse(req, 'schedule')
  }
}

const scheduleSchema = z.object({
  type: z.enum(['publish', 'unpublish']).default('publish'),
  at: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2026-12-01T09:00:00Z' }),
  locale: z.string().refine(isLocale, 'must be one of the site locales').optional(),
})

const json = (body: unknown, status: number) => Response.json(body, { status })

/**
 * POST /api/<collection>/<id>/schedule {type: publish|unpublish, at: ISO date-time}: the same
 * scheduled publishing as the admin's "Schedule" button, for API clients. Only someone who may
 * publish the document (an admin, or an editor of its office) can schedule it; the job runs as
 * that user, so access is checked again when it fires.
 */
export function scheduleEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/:id/schedule',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return json({ error: 'Sign in (or send an API key) to schedule publishing.' }, 401)
      if (!hasRole(req.user, 'admin', 'editor')) return json({ error: 'Only editors of this office can schedule publishing.' }, 403)
      const parsed = scheduleSchema.safeParse(await req.json?.().catch(() => null))
      if (!parsed.success) {
        return json({ error: 'Invalid schedule.', details: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'} ${i.message}`) }, 400)
      }
      const at = new Date(parsed.data.at)
      if (at.getTime() <= Date.now()) return json({ error: 'Invalid schedule.', details: ['at must be in the future'] }, 400)
      const id = String(req.routeParams?.id ?? '')
      // May this user publish the document? (office access, as data: access/offices.ts.) Reading
      // it is not enough: every editor reads the other office's published documents.
      if (!(await mayPublishDocument(req, collection, id).catch(() => false))) {
        return json({ error: `No ${collection} document ${id} that you may publish.` }, 404)
      }
      const job = await req.payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: parsed.data.type,
          locale: parsed.data.locale,
          doc: { relationTo: collection, value: id },
          user: { relationTo: req.user.collection, value: req.user.id },
        } as never,
        waitUntil: at,
        queue: 'default',
        req,
      })
      return json({ scheduled: { id: job.id, type: parsed.data.type, at: at.toISOString() } }, 201)
    },
  }
}
