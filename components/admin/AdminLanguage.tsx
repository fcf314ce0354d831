'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname, useRouter } from 'next/navigation'
import { useEffect, type ReactNode } from 'react'

import { locales } from '@/i18n/locales'

// The admin's languages are the content's (payload.config.ts, i18n.supportedLanguages).
const adminLanguages: readonly string[] = locales

/**
 * The admin in the language the officer chose (collections/Users/auth.ts sets Payload's
 * language cookie on sign-in): Payload renders its layout, and with it the language, once per
 * page load, and the sign-in goes on to the dashboard without one. When the cookie names
 * another supported language than the one on screen, the admin is re-rendered once
 * (router.refresh, as Payload's own language menu does). Once per language and tab: a cookie
 * the server would not honour cannot start a loop.
 */
export function AdminLanguage({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const router = useRouter()
  const pathname = usePathname()
  useEffect(() => {
    const name = `${config.cookiePrefix || 'payload'}-lng`
    const match = document.cookie.split('; ').find((cookie) => cookie.startsWith(`${name}=`))
    const wanted = match ? decodeURIComponent(match.slice(name.length + 1)) : undefined
    if (!wanted || wanted === i18n.language || !adminLanguages.includes(wanted)) return
    const once = `kopru-admin-language:${wanted}`
    if (sessionStorage.getItem(once)) return
    sessionStorage.setItem(once, '1')
    router.refresh()
  }, [config.cookiePrefix, i18n.language, pathname, router])
  return <>{children}</>
}
