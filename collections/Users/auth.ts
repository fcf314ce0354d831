import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

import en from '../../messages/en.json'
import tr from '../../messages/tr.json'

/** Long passphrases beat complexity rules (NIST SP 800-63B): a minimum length, no composition rules. */
export const minPasswordLength = 12

export const passwordPolicy: CollectionBeforeValidateHook = ({ data, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password === 'string' && password.length < minPasswordLength) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'password', message: `Use at least ${minPasswordLength} characters (a few words make a good passphrase).` }],
      req,
    })
  }
  return data
}

/** The password-reset e-mail, in both languages (the account's language is not known here). */
export function resetPasswordEmail({ token, serverURL }: { token: string; serverURL: string }): string {
  const link = `${serverURL}/admin/reset/${encodeURIComponent(token)}`
  const part = (t: typeof en.resetEmail, lang: string) =>
    `<div lang="${lang}"><p>${t.intro}</p><p><a href="${link}">${t.action}</a></p><p>${t.ignore}</p></div>`
  return `<!doctype html><html><body>${part(en.resetEmail, 'en')}<hr>${part(tr.resetEmail, 'tr')}</body></html>`
}

export function resetPasswordSubject(): string {
  return `${en.resetEmail.subject} / ${tr.resetEmail.subject}`
}
