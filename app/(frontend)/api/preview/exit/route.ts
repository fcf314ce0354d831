import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { sameSitePath } from '@/lib/sameSitePath'
import { previewSiteCookie } from '@/lib/sites/preview'

export const dynamic = 'force-dynamic'

/** GET /api/preview/exit?to=/tr/haberler/…: back to the published page (only a path of this site). */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  ;(await cookies()).delete(previewSiteCookie)
  redirect(sameSitePath(new URL(request.url).searchParams.get('to')))
}
