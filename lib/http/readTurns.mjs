// @ts-check
/**
 * Which requests' statements may take turns of the event loop (SQLITE_TURN_MS, lib/db/turns.ts):
 * reads of the APIs (GET or HEAD under /api/: REST, the partner API) and of the admin's pages
 * (under /admin/: its lists and forms). Not a save (its statements write one document and must not
 * be cut), and not a public page: cutting those too cost the load test 45% of its reads
 * (docs/scaling.md). The admin's pages are few and were the longest blocks: at 50,000 news a list
 * of 50 held the event loop 160-260 ms in one piece, 47-72 ms with turns.
 * @param {{ method?: string, url?: string }} req
 */
export function readTakesTurns(req) {
  return (req.method === 'GET' || req.method === 'HEAD') && /^\/(api\/|admin(\/|\?|$))/.test(req.url ?? '')
}
