import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { canAccessAdmin } from 'payload'

import { refusalMessage } from './refuse'
import { mayPublishDocument } from './schedule'

type Args = Parameters<typeof schedulePublishHandler>[0]

/**
 * The admin's "schedule-publish" server function (Publish ▸ Schedule), registered in
 * app/(payload)/layout.tsx in place of Payload's own, which checks only that the user may use
 * the admin: it queues a job for any document and deletes any job by id with access
 * overridden. Scheduling needs the right to publish that document (lib/schedule.ts); a
 * cancellation alone is a delete that the payload-jobs hook (guardScheduleCancel) judges by the
 * job's document, and queues nothing (Payload's handler queues an empty job after it).
 */
export async function schedulePublishServerFunction(args: Args): Promise<Awaited<ReturnType<typeof schedulePublishHandler>>> {
  const { deleteID, doc, global, req } = args
  await canAccessAdmin({ req })
  const scheduleRefusal = refusalMessage(req, 'schedule')
  if (global && !doc) return { error: scheduleRefusal }
  if (doc && !(await mayPublishDocument(req, doc.relationTo, doc.value).catch(() => false))) return { error: scheduleRefusal }
  if (deleteID != null && !doc) {
    const { errors } = await req.payload
      .delete({ collection: 'payload-jobs', req, where: { and: [{ id: { equals: deleteID } }, { taskSlug: { equals: 'schedulePublish' } }] } })
      .catch(() => ({ errors: [{ message: scheduleRefusal }] }))
    if (errors.length > 0) return { error: scheduleRefusal }
    return { message: req.i18n.t('general:success') }
  }
  return schedulePublishHandler(args)
}
