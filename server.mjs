// @ts-check
/**
 * `npm start`: Next's production server, plus what public pages get on their way out. Each
 * job is a module of its own (lib/http/, lib/cache/); this file wires them, in request order:
 *
 * 1. forwarding headers believed only from trusted proxies (lib/http/trustedProxies.mjs), HSTS
 *    over HTTPS (lib/http/transport.mjs);
 * 2. public pages only (lib/http/pageRequests.mjs): GET and HEAD, the plain page (no RSC
 *    variants) except for staff previewing;
 * 3. a repeat from the page cache, without Next (lib/http/fromPageCache.mjs over
 *    lib/cache/pageCache.mjs), which every content change empties on every instance;
 * 4. otherwise Next renders, and the page is held and sent finished (lib/http/heldPage.mjs):
 *    without Next's client runtime, with a script policy of hashes, compressed, stored in the
 *    page cache when shareable, Next's empty error shell replaced by a stand-in
 *    (lib/http/standIns.mjs).
 *
 * The partner API's reads (GET and HEAD of /api/v1 but its changes feed) get the same: a repeat
 * from the page cache without Next, for anonymous readers and for API keys Next recognised in
 * the last 30 s, counted by the API's rate limits all the same (lib/http/apiResponses.mjs, over
 * lib/cache/apiCache.mjs); otherwise Next's answer, held, compressed, kept.
 *
 * Everything else (/_next assets, the rest of /api, the admin) is Next's response, untouched. Settings come
 * from the one environment schema (lib/envSchema.mjs). Only Node built-ins, `next`, zod and
 * @redis/client: the file also runs in the Docker image's standalone output (see Dockerfile).
 */
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { apiHost, createApiCallers } from './lib/cache/apiCache.mjs'
import { isPreview, createPageCache } from './lib/cache/pageCache.mjs'
import { registerApiCallers, registerPageCacheExpiry, withRateDecision, withReadTurns } from './lib/cache/registry.mjs'
import { timed } from './lib/cache/requestClock.mjs'
import { readTakesTurns } from './lib/http/readTurns.mjs'
import { EnvError, serverEnv } from './lib/envSchema.mjs'
import { builtConfig } from './lib/http/builtConfig.mjs'
import { serveCached } from './lib/http/fromPageCache.mjs'
import { holdPage } from './lib/http/heldPage.mjs'
import { asPlainPage, isPublicPath, refuseNonPage } from './lib/http/pageRequests.mjs'
import { createStandIns } from './lib/http/standIns.mjs'
import { adminAddress } from './lib/http/adminAddress.mjs'
import { holdApiResponse, isApiRead, serveApiCached } from './lib/http/apiResponses.mjs'
import { hideInternalHeaders } from './lib/http/internalHeaders.mjs'
import { servedOverHttps, strictTransportSecurity } from './lib/http/transport.mjs'
import { believeForwarding, parseTrustedProxies } from './lib/http/trustedProxies.mjs'

/** @type {ReturnType<typeof serverEnv>} */
let env
try {
  env = serverEnv()
} catch (error) {
  if (!(error instanceof EnvError)) throw error
  console.error(error.message)
  process.exit(1)
}
const { PORT: port, PAGE_CACHE_MB: pageCacheMb, TRUSTED_PROXIES, REDIS_URL, SERVER_URL } = env
const dir = path.dirname(fileURLToPath(import.meta.url))
// Every interface, IPv4 and IPv6, like `next start` (HOSTNAME is often the machine's name).
const hostname = 'localhost'

const app = next({ dev: false, dir, hostname, port, conf: builtConfig(dir) })
const handle = app.getRequestHandler()
await app.prepare()

// Who may say who the client is (X-Forwarded-For, -Proto, -Host); the schema has validated the list.
const proxies = parseTrustedProxies(TRUSTED_PROXIES)
if (!proxies.ok) throw new Error(`TRUSTED_PROXIES ${proxies.problem}`)
const { trusts } = proxies
const pages = createPageCache({ maxBytes: pageCacheMb * 1024 * 1024, redisUrl: REDIS_URL })
// lib/cache/purge.ts (bundled by Next, so it cannot import this file) empties it through this.
registerPageCacheExpiry(pages.expire)
const standIns = createStandIns({ port, generation: pages.generation })
// Who the API keys are, as lib/api/v1/http.ts (in Next's bundle) reports them (30 s each).
const callers = createApiCallers()
registerApiCallers(callers.identified)
// As lib/envSchema.mjs defaults it for the app.
const toAdmin = adminAddress(SERVER_URL ?? `http://localhost:${port}`)

/**
 * Next's handling of a request. What Next's cache stores for it is stamped with its start (lib/cache/handler.mjs).
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 */
function nextHandles(req, res) {
  // A read of the APIs lets others go between its statements (lib/http/readTurns.mjs); saves and pages run in one piece.
  timed(() => (readTakesTurns(req) ? withReadTurns(() => handle(req, res)) : handle(req, res))).catch((error) => {
    console.error(error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
}

createServer((req, res) => {
  // Before anything reads them: forwarding headers only as far as a trusted proxy vouches.
  believeForwarding(req, trusts)
  // Per request, never stored with a page: it depends on how this reader connected.
  if (servedOverHttps(req)) res.setHeader('Strict-Transport-Security', strictTransportSecurity)
  // Next's own headers that name internal addresses stay inside (lib/http/internalHeaders.mjs).
  hideInternalHeaders(res)
  // The admin at another host than SERVER_URL's is sent there (lib/http/adminAddress.mjs).
  if (toAdmin(req, res)) return
  if (isPublicPath(req)) {
    const previewing = isPreview(req)
    if (refuseNonPage(req, res, previewing)) return
    if (!previewing) asPlainPage(req)
    // HEAD is answered as the GET it stands for (status, length, policy); Node sends no body
    // for it, as it decided when it made the response.
    if (req.method === 'HEAD') req.method = 'GET'
    if (serveCached(pages, req, res)) return
    // Staff previewing keep React (and its RSC fetches), held like any page: whatever comes
    // back as HTML gets the policy.
    holdPage(req, res, { pages, standIns })
  }
  if (isApiRead(req)) {
    const since = pages.generation(apiHost)
    // As for pages: HEAD is answered as its GET, without the body.
    if (req.method === 'HEAD') req.method = 'GET'
    serveApiCached(pages, callers, req, res).then(
      (served) => {
        if (served === 'sent') return
        holdApiResponse(req, res, { pages, since })
        // A read counted here already is not counted again (lib/api/v1/http.ts).
        if (served.decision) withRateDecision(served.decision, () => nextHandles(req, res))
        else nextHandles(req, res)
      },
      (error) => {
        // The count failed (no limiter answered): Next answers, and counts, as without the cache.
        console.error(`[api cache] ${error instanceof Error ? error.message : String(error)}`)
        if (res.headersSent) return void res.destroy()
        holdApiResponse(req, res, { pages, since })
        nextHandles(req, res)
      },
    )
    return
  }
  nextHandles(req, res)
}).listen(port, () => {
  console.log(`Köprü ready on http://localhost:${port}`)
})
