// @ts-check
/**
 * When the request being served began: server.mjs runs each request that reaches Next inside
 * `timed()`, and the cache handler (lib/cache/handler.mjs) stamps what a render stores with
 * that time instead of the time it finished. Whatever the render read, it read after this.
 *
 * One AsyncLocalStorage per process (lib/cache/registry.mjs): server.mjs and the handler are
 * loaded separately (the handler by Next, at run time), and must share it.
 */
import { requestClock } from './registry.mjs'

const clock = requestClock()

/**
 * Runs `serve` as a request that began now (or at `startedAt`).
 * @template T @param {() => T} serve @param {number} [startedAt] @returns {T}
 */
export function timed(serve, startedAt = Date.now()) {
  return clock.run(startedAt, serve)
}

/** When the request this code runs for began (ms since the epoch), or undefined outside one. */
export function requestStartedAt() {
  return clock.getStore()
}
