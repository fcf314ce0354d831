// @ts-check
/**
 * The Content-Security-Policy of a public page, from its finished HTML (server.mjs): scripts
 * from our origin and the page's own inline scripts, by hash; no 'unsafe-inline', no eval.
 */
import crypto from 'node:crypto'

/** Directives for every HTML page, next to script-src. */
const otherDirectives = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"

/**
 * Inline scripts as the browser's tokenizer sees them: a <script> without src, up to the first
 * </script>. Data blocks (JSON-LD) are not run and need no hash.
 */
const inlineScript = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi
const dataBlock = /\btype\s*=\s*["']?(?!(?:text|application)\/(?:java|ecma)script|module)[^"'\s>]+/i

/** @param {string} html */
export function scriptPolicy(html) {
  const hashes = new Set()
  for (const [, attributes, body] of html.matchAll(inlineScript)) {
    if (/\bsrc\s*=/i.test(attributes) || dataBlock.test(attributes)) continue
    hashes.add(`'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return `script-src 'self' ${[...hashes].join(' ')}; ${otherDirectives}`.replace(/ {2,}/g, ' ')
}
