import { NextResponse } from 'next/server'

import { databaseAnswers } from '@/lib/db/availability'

export const dynamic = 'force-dynamic'

/**
 * Liveness and database readiness for container healthchecks and the caching proxy's probe:
 * 200 when the database answers a trivial query within 2 s, 503 (JSON: "down", and whether it
 * failed or did not answer in time; no details of the failure) when it does not.
 */
export async function GET() {
  const database = await databaseAnswers()
  if (database.up) {
    return NextResponse.json({ status: 'ok', database: 'up', latencyMs: database.latencyMs }, { headers: { 'Cache-Control': 'no-store' } })
  }
  return NextResponse.json(
    { status: 'error', database: 'down', reason: database.reason },
    { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '5' } },
  )
}
