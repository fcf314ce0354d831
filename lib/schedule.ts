import type { CollectionSlug, Endpoint } from 'payload'
import { z } from 'zod'

import { hasRole } from '../access/roles'
import { isLocale } from '../i18n/locales'

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
      // Can this user change the document at all? (office access, as data: access/offices.ts)
      const doc = await req.payload
        .findByID({ collection, id, depth: 0, draft: true, overrideAccess: false, user: req.user, req })
        .catch(() => null)
      if (!doc) return json({ error: `No ${collection} document ${id} that you may edit.` }, 404)
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
