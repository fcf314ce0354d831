// @ts-check
/**
 * Compression of what server.mjs sends (public pages, fresh or from the page cache): brotli or
 * gzip, as the client accepts, for compressible types over 1 KB. Only Node built-ins: server.mjs
 * runs this in the Docker image's standalone output.
 */
import zlib from 'node:zlib'

/** @typedef {'br' | 'gzip'} Encoding */

/** Bodies larger than this are compressed on libuv's thread pool (about 2 ms of brotli in the event loop below it). */
export const backgroundCompressionBytes = 256 * 1024

const compressible = /^(?:text\/|application\/(?:json|xml|rss\+xml|atom\+xml|javascript|ld\+json))/

/**
 * The encoding to send a page in for a request's Accept-Encoding: br when the client takes it,
 * else gzip, else none. A coding with q=0 is refused and `*` stands for every coding not named
 * (RFC 9110, 12.5.3); among the codings taken, ours is the choice (br, the smaller). The proxy
 * normalises the header the same way (deploy/nginx/kopru.conf).
 * @param {unknown} acceptEncoding @returns {Encoding | undefined}
 */
export function acceptedEncoding(acceptEncoding) {
  /** @type {Map<string, number>} */
  const weights = new Map()
  for (const part of String(acceptEncoding ?? '')
    .toLowerCase()
    .split(',')) {
    const [coding, ...parameters] = part.split(';').map((piece) => piece.trim())
    if (!coding) continue
    const q = parameters.find((parameter) => /^q\s*=/.test(parameter))
    const weight = q === undefined ? 1 : Number(q.replace(/^q\s*=\s*/, ''))
    weights.set(coding, Number.isFinite(weight) ? weight : 0)
  }
  const takes = (/** @type {string} */ coding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0
  if (takes('br')) return 'br'
  if (takes('gzip')) return 'gzip'
  return undefined
}

/**
 * The encoding to send a body in: one the client takes, for a compressible type over 1 KB.
 * @param {string} acceptEncoding @param {string} type @param {number} length @returns {Encoding | undefined}
 */
export function encodingFor(acceptEncoding, type, length) {
  if (!compressible.test(type) || length <= 1024) return undefined
  return acceptedEncoding(acceptEncoding)
}

const brotliOptions = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }
const gzipOptions = { level: 6 }

/** @param {Buffer} body @param {string | undefined} encoding @returns {Buffer} */
export function compress(body, encoding) {
  if (encoding === 'br') return zlib.brotliCompressSync(body, brotliOptions)
  if (encoding === 'gzip') return zlib.gzipSync(body, gzipOptions)
  return body
}

/**
 * The same, on libuv's thread pool: a large body (a sitemap child is 5.6 MB, ~100 ms of
 * compression) would otherwise hold the event loop. @param {Buffer} body @param {string | undefined} encoding @returns {Promise<Buffer>}
 */
export function compressInBackground(body, encoding) {
  return new Promise((resolve, reject) => {
    const done = (/** @type {Error | null} */ error, /** @type {Buffer} */ result) => (error ? reject(error) : resolve(result))
    if (encoding === 'br') zlib.brotliCompress(body, brotliOptions, done)
    else if (encoding === 'gzip') zlib.gzip(body, gzipOptions, done)
    else resolve(body)
  })
}

/**
 * A compressed body back to its bytes, on libuv's thread pool (the page cache keeps large
 * bodies compressed only: lib/cache/pageCache.mjs). @param {Buffer} body @param {string} encoding @returns {Promise<Buffer>}
 */
export function decompressInBackground(body, encoding) {
  return new Promise((resolve, reject) => {
    const done = (/** @type {Error | null} */ error, /** @type {Buffer} */ result) => (error ? reject(error) : resolve(result))
    if (encoding === 'br') zlib.brotliDecompress(body, done)
    else if (encoding === 'gzip') zlib.gunzip(body, done)
    else resolve(body)
  })
}
