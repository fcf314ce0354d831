import { NextResponse } from 'next/server'

import { getPayloadClient } from '../../../../lib/payload'

export const dynamic = 'force-dynamic'

/**
 * Liveness and database readiness for container healthchecks: 200 when the database answers
 * a trivial query, 503 (JSON, no details of the failure) when it does not.
 */
export async function GET() {
  const started = Date.now()
  try {
    const payload = await getPayloadClient()
    await payload.count({ collection: 'countries', overrideAccess: true })
    return NextResponse.json(
      { status: 'ok', database: 'up', latencyMs: Date.now() - started },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  } catch {
    return NextResponse.json(
      { status: 'error', database: 'down' },
      { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '5' } },
    )
  }
}
