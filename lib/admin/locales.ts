import type { Locale as PayloadLocale, PayloadRequest } from 'payload'

import { officeIds } from '@/access/offices'
import { hasRole } from '@/access/roles'
import { siteLanguagesOfOffices } from '@/fields/translationStatus'
import { defaultLocale } from '@/i18n/locales'

/**
 * The content languages the admin offers an officer (payload.config.ts, localization's
 * filterAvailableLocales): the default language and those of their offices' sites, so a Baku
 * editor works in English and Azerbaijani and is not offered Turkish, which no site of theirs
 * publishes. Admins, and accounts without an office, get every language. Only the admin's
 * locale menu is filtered: what a save may write is the access rules' business.
 */
export async function officerLocales({ locales, req }: { locales: PayloadLocale[]; req: PayloadRequest }): Promise<PayloadLocale[]> {
  const user = req.user
  if (!user || hasRole(user, 'admin')) return locales
  const offices = officeIds(user)
  if (offices.length === 0) return locales
  const languages = await siteLanguagesOfOffices(req.payload, offices, req)
  if (!languages) return locales
  return locales.filter((locale) => locale.code === defaultLocale || (languages as string[]).includes(locale.code))
}
