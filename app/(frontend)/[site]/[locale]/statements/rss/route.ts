import { feedRoute } from '@/lib/feeds'

export const dynamic = 'force-dynamic'

/** RSS 2.0 of the latest statements in this locale (?country=AZ for one country office). */
export const GET = feedRoute('statements')
