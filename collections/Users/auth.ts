import type { CollectionAfterChangeHook, CollectionAfterLoginHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { hasRole } from '@/access/roles'
import { locales } from '@/i18n/locales'
import { getEnv } from '@/lib/env'
import { inEveryLocale, messages, type Messages } from '@/i18n/messages'

/** Long passphrases beat complexity rules (NIST SP 800-63B): a minimum length, no composition rules. */
export const minPasswordLength = 12

export const passwordPolicy: CollectionBeforeValidateHook = ({ data, req }) => {
  const { email, password } = (data ?? {}) as { email?: unknown; password?: unknown }
  // Payload lower-cases the e-mail before validating it: any other type was a 500 (the e2e fuzz test found an array).
  const notText = [
    ...(email != null && typeof email !== 'string' ? [{ path: 'email', message: inEveryLocale((t) => t.validation.emailText) }] : []),
    ...(password != null && typeof password !== 'string' ? [{ path: 'password', message: inEveryLocale((t) => t.validation.passwordText) }] : []),
  ]
  if (notText.length > 0) throw new ValidationError({ collection: 'users', errors: notText, req })
  if (typeof password === 'string' && password.length < minPasswordLength) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'password', message: `Use at least ${minPasswordLength} characters (a few words make a good passphrase).` }],
      req,
    })
  }
  return data
}

/** The password-reset e-mail, in every language (the account's language is not known here). */
export function resetPasswordEmail({ token, serverURL }: { token: string; serverURL: string }): string {
  const link = `${serverURL}/admin/reset/${encodeURIComponent(token)}`
  const part = (t: Messages['resetEmail'], lang: string) => `<div lang="${lang}"><p>${t.intro}</p><p><a href="${link}">${t.action}</a></p><p>${t.ignore}</p></div>`
  return `<!doctype html><html><body>${locales.map((locale) => part(messages[locale].resetEmail, locale)).join('<hr>')}</body></html>`
}

export function resetPasswordSubject(): string {
  return inEveryLocale((t) => t.resetEmail.subject)
}

type KeyFields = { enableAPIKey?: boolean | null; apiKey?: string | null; roles?: string[] | null }

/**
 * API keys never expire, which would get round the 8-hour sessions: a key is for a partner
 * account only (the Partner role and no other), and only an administrator turns it on or
 * changes it. A keyed partner account does not take on a staff role while its key is on.
 * Trusted server code (no user: the seed, tests) is held to the role rule too.
 */
export const apiKeysForPartnersOnly: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const next = data as KeyFields
  const before = (originalDoc ?? {}) as KeyFields
  const enabled = next.enableAPIKey ?? before.enableAPIKey ?? false
  const keyChanged = (next.enableAPIKey !== undefined && Boolean(next.enableAPIKey) !== Boolean(before.enableAPIKey)) || (next.apiKey != null && next.apiKey !== before.apiKey)
  const errors: { path: string; message: string }[] = []
  if (keyChanged && req.user && !hasRole(req.user, 'admin')) {
    errors.push({ path: 'enableAPIKey', message: inEveryLocale((t) => t.validation.apiKeyAdminsOnly) })
  } else if (enabled) {
    const roles = next.roles ?? before.roles ?? []
    if (roles.length !== 1 || roles[0] !== 'partner') {
      errors.push({ path: 'enableAPIKey', message: inEveryLocale((t) => t.validation.apiKeyPartnersOnly) })
    }
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'users', errors, req })
  return data
}

/** The admin's language cookie (Payload reads `<prefix>-lng` before Accept-Language: payload/utilities/getRequestLanguage). */
function languageCookie(req: PayloadRequest, language: string): void {
  const name = `${req.payload.config.cookiePrefix || 'payload'}-lng`
  const secure = getEnv().SERVER_URL.startsWith('https://') ? '; Secure' : ''
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('Set-Cookie', `${name}=${encodeURIComponent(language)}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`)
}

const isAdminLanguage = (value: unknown): value is string => typeof value === 'string' && (locales as readonly string[]).includes(value)

/**
 * The admin speaks the officer's chosen language (`adminLanguage`: en, tr or az; none chosen,
 * the browser's) from the moment they sign in, on any browser: the sign-in answer sets
 * Payload's language cookie, and components/admin/AdminLanguage.tsx refreshes the admin once
 * it sees the cookie differ from the language it was rendered in. Payload's language menu on
 * the account page still changes it for that browser until the next sign-in.
 */
export const adminLanguageOnLogin: CollectionAfterLoginHook = ({ req, user }) => {
  const language = (user as { adminLanguage?: unknown }).adminLanguage
  if (isAdminLanguage(language)) languageCookie(req, language)
}

/** A change of one's own admin language applies from the next page on. */
export const adminLanguageOnChange: CollectionAfterChangeHook = ({ req, doc, previousDoc }) => {
  if (req.user && String(req.user.id) === String(doc.id) && doc.adminLanguage !== previousDoc?.adminLanguage && isAdminLanguage(doc.adminLanguage))
    languageCookie(req, doc.adminLanguage)
  return doc
}
