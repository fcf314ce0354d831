import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { sameSitePath } from '@/lib/sameSitePath'

export const dynamic = 'force-dynamic'

/** GET /api/preview/exit?to=/tr/haberler/…: back to the published page (only a path of this site). */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  redirect(sameSitePath(new URL(request.url).searchParams.get('to')))
}
