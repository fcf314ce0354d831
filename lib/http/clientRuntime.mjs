// @ts-check
/**
 * Public pages are sent without Next's client runtime (server.mjs).
 *
 * Nothing on a published page needs React in the browser: links, the language switcher, the
 * menu (details/summary) and the search form (GET) all work as plain HTML. What Next adds for
 * hydration and client navigation (React DOM, the app-router runtime, the inline RSC payload)
 * is 140 KB of gzipped JavaScript that a reader on a slow connection downloads and runs for
 * nothing, and twice the HTML. This removes exactly that, and keeps every other script (JSON-LD
 * data blocks, and any script that is not Next's).
 *
 * The HTML is React's own output: in it "<script" and "<link" only ever open real tags (React
 * escapes "<" in text, attributes and inline script bodies), so a tag-level pattern is exact.
 */

/** <script src="/_next/…"></script>: React DOM, the router, the page's chunks, polyfills. */
const nextChunk = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*>\s*<\/script>/g
/**
 * Inline scripts only the client runtime reads: the RSC payload (`self.__next_f.push(…)`) and
 * Turbopack's chunk bootstrap (`globalThis["TURBOPACK"]…`).
 */
const flightData = /<script\b[^>]*>\s*\(?(?:self\.__next_[fs]\b|globalThis\["TURBOPACK"\])[\s\S]*?<\/script\s*>/g
/** <link rel="preload" as="script" href="/_next/…"> and modulepreload hints for the chunks. */
const chunkHint = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bhref="\/_next\/[^"]*\.js")[^>]*\/?>/g

/** @param {string} html  A finished page. @returns {string}  The same page without Next's client runtime. */
export function withoutClientRuntime(html) {
  return html.replace(nextChunk, '').replace(flightData, '').replace(chunkHint, '')
}
