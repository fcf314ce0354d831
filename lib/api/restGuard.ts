import { z } from 'zod'

import { isStaff } from '../../access/roles'
import { locales } from '../../i18n/locales'
import { getPayloadClient } from '../payload'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const int = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, `${name} must be a whole number between ${min} and ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `${name} must be between ${min} and ${max}`).max(max, `${name} must be between ${min} and ${max}`))

/**
 * Limits of Payload's REST API for requests that are not a staff session (anonymous readers and
 * API keys): at most 100 documents a page (limit=0, "everything", is refused too), depth at most
 * 2, a known locale. A bad value is a 400 that names the allowed range, before Payload runs.
 */
const publicQuery = z.object({
  limit: int('limit', 1, 100).optional(),
  page: int('page', 1, 100_000).optional(),
  depth: int('depth', 0, 2).optional(),
  locale: z.enum([...locales, 'all'], { message: `locale must be one of ${locales.join(', ')} (or all)` }).optional(),
  'fallback-locale': z.enum([...locales, 'none', 'false'], { message: `fallback-locale must be one of ${locales.join(', ')} or none` }).optional(),
})

/**
 * A staff session (the admin): checked, not guessed from the header's presence (a made-up token
 * must not lift the limits). Requests without any credentials skip the check.
 */
async function isStaffSession(request: Request): Promise<boolean> {
  const authorization = request.headers.get('authorization') ?? ''
  const cookie = request.headers.get('cookie') ?? ''
  if (!authorization && !/(?:^|;\s*)payload-token=/.test(cookie)) return false
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers }).catch(() => ({ user: null }))
  return isStaff(user)
}

export function guardPublicGet(handler: Handler): Handler {
  return async (request, context) => {
    if (!(await isStaffSession(request))) {
      const params = new URL(request.url).searchParams
      const picked: Record<string, string> = {}
      const repeated: string[] = []
      for (const key of Object.keys(publicQuery.shape)) {
        const values = params.getAll(key)
        if (values.length > 1) repeated.push(`${key} is given ${values.length} times; give it once`)
        if (values.length > 0) picked[key] = values[0]
      }
      const parsed = publicQuery.safeParse(picked)
      const details = [...repeated, ...(parsed.success ? [] : parsed.error.issues.map((issue) => issue.message))]
      if (details.length > 0) {
        return Response.json({ error: 'Invalid query parameters.', details }, { status: 400 })
      }
    }
    return handler(request, context)
  }
}
