import { z } from 'zod'

import { sameSecret } from '@/lib/derivedSecret'
import { expireTags, isKnownTag, revalidateToken } from '@/lib/cache/revalidate'

export const dynamic = 'force-dynamic'

const body = z.object({ tags: z.array(z.string().max(100)).min(1).max(50) })

/**
 * The follow-up expiry of lib/cache/revalidate.ts: this server calls it a moment after each content
 * change, with a token derived from PAYLOAD_SECRET. Nobody else can.
 */
export async function POST(request: Request) {
  if (!sameSecret(request.headers.get('authorization'), `Bearer ${revalidateToken()}`)) {
    return Response.json({ error: 'Not allowed.', details: ['This endpoint is for the server itself.'] }, { status: 401 })
  }
  const parsed = body.safeParse(await request.json().catch(() => null))
  if (!parsed.success || parsed.data.tags.some((tag) => !isKnownTag(tag))) {
    return Response.json({ error: 'Invalid body.', details: ['Send {"tags": [...]} with known cache tags.'] }, { status: 400 })
  }
  expireTags(parsed.data.tags)
  return new Response(null, { status: 204 })
}
