import { inEveryLocale } from '@/i18n/messages'

/**
 * Outside addresses editors type (a programme's partners and donors, a fact's source, the
 * navigation's and footer's links) go into href attributes on the site and into the partner
 * API. Only three schemes are addresses a reader can follow safely: https, http and mailto.
 * `javascript:`, `data:`, `vbscript:`, `file:`, scheme-relative `//host` and anything a
 * browser would strip into one of those (tabs and newlines inside the scheme) are refused.
 */
const allowed = /^(?:https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?|mailto:[^\s@/]+@[^\s@/?]+(?:\?[^\s]*)?)$/i

/** The address when it is a safe https, http or mailto one, else null. */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000 || !allowed.test(value)) return null
  try {
    const parsed = new URL(value)
    return ['https:', 'http:', 'mailto:'].includes(parsed.protocol) ? value : null
  } catch {
    return null
  }
}

/** The message of a refused address, in every language (the admin shows it under the field). */
export const urlMessage = inEveryLocale((t) => t.validation.url)

/** Payload `validate` for an optional address field. */
export const validateUrl = (value: unknown): true | string => (value == null || value === '' || safeUrl(value) !== null ? true : urlMessage)
