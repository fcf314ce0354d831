import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

export const dynamic = 'force-dynamic'

/** GET /api/preview/exit?to=/tr/haberler/…: back to the published page. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const to = new URL(request.url).searchParams.get('to') ?? '/'
  // Only paths of this site (never an outside address).
  redirect(to.startsWith('/') && !to.startsWith('//') ? to : '/')
}
