// @ts-check
/**
 * Which requests' statements may take turns of the event loop (SQLITE_TURN_MS, lib/db/turns.ts):
 * reads of the APIs (GET or HEAD under /api/: REST, the partner API, the admin's lists). Not a
 * save (its statements write one document and must not be cut), and not a page: cutting pages too
 * cost the load test 45% of its reads (docs/scaling.md).
 * @param {{ method?: string, url?: string }} req
 */
export function readTakesTurns(req) {
  return (req.method === 'GET' || req.method === 'HEAD') && (req.url ?? '').startsWith('/api/')
}
