import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { isStaff } from '@/access/roles'
import { defaultLocale, locales } from '@/i18n/locales'
import { documentPath, documentRoutes, type RoutedCollection } from '@/i18n/paths'
import { isPreviewSecret } from '@/lib/previewUrl'
import { getPayloadClient } from '@/lib/payload'
import { previewSiteCookie } from '@/lib/sites/preview'
import { siteDirectory, sitesOfOffices } from '@/lib/sites'
import { pagePath, pageTree, publicPageReader } from '@/lib/content/pages'
import { idOf } from '@/lib/relationValues'
import { officeIdsOf } from '@/lib/sites/offices'

export const dynamic = 'force-dynamic'

const previewable = [...(Object.keys(documentRoutes) as RoutedCollection[]), 'pages'] as const

const paramsSchema = z.object({
  collection: z.enum(previewable as unknown as [RoutedCollection | 'pages', ...(RoutedCollection | 'pages')[]]),
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  locale: z.enum(locales).default(defaultLocale),
  secret: z.string().max(128),
})

const text = (message: string, status: number) => new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * GET /api/preview?collection=news&id=12&locale=tr&secret=…: the admin's Preview button. For a
 * signed-in staff member who may read the draft, turns on Next's draft mode and opens the
 * public page of the document, which then shows the latest draft (lib/content/preview.ts), as
 * the site of the document's office shows it: on this address (the admin's, where the staff
 * session is), through a cookie that proxy.ts honours in draft mode only (lib/sites/preview.ts).
 * Outside next-intl's routing (proxy.ts skips /api).
 */
export async function GET(request: Request) {
  const parsed = paramsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!parsed.success) return text('Preview link incomplete: open it from the Preview button in the admin.', 400)
  const { collection, id, locale, secret } = parsed.data
  if (!isPreviewSecret(secret)) return text('This preview link is not valid: open it from the Preview button in the admin.', 401)

  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !isStaff(user)) return text('Sign in to the admin (/admin) first, then use its Preview button.', 401)

  const doc = await payload.findByID({ collection, id, locale, fallbackLocale: defaultLocale, draft: true, depth: 0, overrideAccess: false, user }).catch(() => null)
  const slug = (doc as { slug?: string | null } | null)?.slug
  if (!slug) return text('No draft to preview: it does not exist, is not yours to see, or has no address (slug) yet.', 404)

  // A page is on its own site, at the address its draft tree gives it (its parents' latest drafts, as this user reads them).
  const sites =
    collection === 'pages'
      ? (await siteDirectory()).sites.filter((candidate) => String(candidate.id) === String(idOf((doc as { site?: unknown }).site)))
      : await sitesOfOffices(officeIdsOf(collection, doc))
  const site = sites.find((candidate) => candidate.languages.includes(locale)) ?? sites[0]
  if (!site) return text('No site shows this document’s office yet: add the office to a site (Settings → Sites) to preview it.', 404)
  const shownIn = site.languages.includes(locale) ? locale : site.defaultLanguage
  let path: string
  if (collection === 'pages') {
    const tree = await pageTree(site, {
      ...publicPageReader,
      tree: async (scope) =>
        (
          await payload.find({
            collection: 'pages',
            where: { site: { equals: scope.id } },
            locale: 'all',
            draft: true,
            depth: 0,
            limit: 1000,
            pagination: false,
            overrideAccess: false,
            user,
          })
        ).docs as unknown as Record<string, unknown>[],
    })
    const found = pagePath(tree, id, shownIn)
    if (!found) return text('This page has no address yet: give it and its parent pages a slug, then preview again.', 404)
    path = found
  } else path = documentPath(collection, slug, shownIn)

  ;(await draftMode()).enable()
  ;(await cookies()).set(previewSiteCookie, site.key, { httpOnly: true, sameSite: 'lax', path: '/', secure: new URL(request.url).protocol === 'https:' })
  redirect(path)
}
