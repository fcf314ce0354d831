// @ts-check
/**
 * Headers Next sets for itself that must not leave the app. `x-middleware-rewrite` names the
 * internal address proxy.ts rewrote a request to (`/turkiye/en/news`: the site's key, the
 * route layout) on every page, feed and sitemap. Nobody outside needs it, and it told anyone
 * the platform's internal site names.
 */
const internal = new Set(['x-middleware-rewrite'])

/** @param {unknown} name */
const isInternal = (name) => internal.has(String(name).toLowerCase())

/**
 * Keeps the internal headers off this response, however they are set (setHeader, or the
 * headers given to writeHead as an object or a flat list).
 * @param {import('node:http').ServerResponse} res
 */
export function hideInternalHeaders(res) {
  const { setHeader, writeHead } = res
  res.setHeader = /** @type {typeof res.setHeader} */ (
    function (/** @type {string} */ name, /** @type {number | string | readonly string[]} */ value) {
      return isInternal(name) ? res : setHeader.call(res, name, value)
    }
  )
  res.writeHead = /** @type {typeof res.writeHead} */ (
    function (/** @type {number} */ status, /** @type {unknown[]} */ ...rest) {
      for (const name of internal) res.removeHeader(name)
      const args = rest.map((arg) => {
        if (Array.isArray(arg)) {
          // A flat list: name, value, name, value…
          const kept = []
          for (let i = 0; i + 1 < arg.length; i += 2) if (!isInternal(arg[i])) kept.push(arg[i], arg[i + 1])
          return kept
        }
        if (arg && typeof arg === 'object') return Object.fromEntries(Object.entries(arg).filter(([name]) => !isInternal(name)))
        return arg
      })
      return /** @type {Function} */ (writeHead).call(res, status, ...args)
    }
  )
}
