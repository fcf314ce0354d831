import { APIError, type PayloadRequest } from 'payload'

import { refusalNamespace, refusals, type RefusalKey } from '@/i18n/refusals'
import { defaultLocale } from '@/i18n/locales'

type Vars = { count?: number } & Record<string, string | number>

/** A refusal in English, as Payload's own t() would give it, for a request without i18n. */
function english(key: RefusalKey, vars: Vars = {}): string {
  const table = refusals[defaultLocale] as Record<string, string>
  const count = vars.count
  const suffix = count === 0 && `${key}_zero` in table ? '_zero' : count === 1 && `${key}_one` in table ? '_one' : `${key}_other` in table ? '_other' : ''
  return (table[`${key}${suffix}`] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
}

/** The refusal in the request's admin language (Payload's i18n: the admin's choice, else Accept-Language, else English). */
export function refusalMessage(req: Pick<PayloadRequest, 'i18n'> | undefined, key: RefusalKey, vars?: Vars): string {
  const name = `${refusalNamespace}:${key}`
  const translated = req?.i18n?.t ? req.i18n.t(name as never, vars) : undefined
  return translated && translated !== name ? translated : english(key, vars)
}

/**
 * An error a hook throws to refuse a write, with a message that says what to do, in the
 * request's admin language (i18n/refusals.ts). Passing `data` keeps the message in Payload's
 * REST response even in a minified build (its error formatter otherwise relies on the class
 * name, which minification drops); `data.refusal` names it for API clients in any language.
 */
export function refuse(req: Pick<PayloadRequest, 'i18n'> | undefined, key: RefusalKey, vars?: Vars, status = 403): APIError {
  const message = refusalMessage(req, key, vars)
  return publicError(message, status, { reason: message, refusal: key })
}

/**
 * A 4xx whose message Payload's REST response keeps: every refusal of ours is made here. Named by
 * hand, because the minified build leaves the class nameless, and Payload's formatter keeps the
 * message of an error that is not an instance of its own APIError copy only when it has a name.
 */
export function publicError(message: string, status: number, data?: Record<string, unknown>): APIError {
  const error = new APIError(message, status, data, true)
  error.name = 'APIError'
  return error
}
