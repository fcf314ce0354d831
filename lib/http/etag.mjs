// @ts-check
/**
 * ETags and If-None-Match, for every answer that has one: server.mjs's page cache, the REST
 * guard's JSON reads (lib/api/restGuard.ts) and the partner API (lib/api/v1/http.ts). Only
 * Node built-ins: server.mjs runs this in the Docker image's standalone output.
 */
import crypto from 'node:crypto'

/** A strong validator of a body: the same bytes give the same ETag on every instance. @param {string} body @returns {string} */
export function etagOf(body) {
  return `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

/**
 * Whether an If-None-Match header names this ETag: "*", or any tag of the list by the weak
 * comparison (RFC 9110, 13.1.2: W/ is ignored on both sides), as Next compares them.
 * @param {string | string[] | null | undefined} ifNoneMatch  The request's header.
 * @param {string | number | readonly string[] | null | undefined} etag  The response's ETag.
 * @returns {boolean}
 */
export function matchesEtag(ifNoneMatch, etag) {
  if (!ifNoneMatch || !etag) return false
  const bare = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '')
  const ours = bare(String(etag))
  return String(ifNoneMatch)
    .split(',')
    .some((tag) => tag.trim() === '*' || bare(tag) === ours)
}
