import az from '@/messages/az.json'
import en from '@/messages/en.json'
import tr from '@/messages/tr.json'

import { locales } from './locales'
import type { PerLocale } from './localized'

/** The UI strings of one locale (messages/<locale>.json; tests/unit/locales.test.ts keeps the files in parity). */
export type Messages = typeof en

/**
 * Every locale's messages, for code that speaks all languages at once or runs without next-intl's
 * request context (e-mails, validation messages, the last-resort error page). The one module that
 * imports the message files: a locale added to `locales` fails the type check here until its file
 * is imported. Pages read theirs through next-intl (i18n/request.ts).
 */
export const messages: PerLocale<Messages> = { en, tr, az }

/** One text in every locale, in the order of `locales`, e.g. "Invalid address / Geçersiz adres". */
export function inEveryLocale(pick: (messages: Messages) => string, separator = ' / '): string {
  return locales.map((locale) => pick(messages[locale])).join(separator)
}
