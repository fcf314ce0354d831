import { draftMode, headers } from 'next/headers'
import type { Where } from 'payload'

import { isStaff } from '@/access/roles'
import { defaultLocale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import type { DocumentReader } from './page'
import type { PageReader } from './pages'
import type { PublicDoc } from './reader'

/**
 * Preview: the only door besides the safe reader. It opens only in Next's draft mode (set by
 * /api/preview for a signed-in staff member) and reads drafts as that user, so office access
 * (access/offices.ts) still decides what they may see. Pages never cache what it reads (Next
 * renders draft-mode requests afresh and does not store them).
 */
export async function previewReader(): Promise<DocumentReader | undefined> {
  if (!(await draftMode()).isEnabled) return undefined
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || !isStaff(user)) return undefined
  return {
    bySlug: async (collection, slug, locale, depth) => {
      const where: Where = locale === defaultLocale ? { slug: { equals: slug } } : { or: [{ slug: { equals: slug } }, { [`slug.${defaultLocale}`]: { equals: slug } }] }
      const { docs } = await payload.find({ collection, where, locale, fallbackLocale: defaultLocale, draft: true, depth, limit: 1, overrideAccess: false, user })
      return (docs[0] as unknown as PublicDoc<typeof collection>) ?? null
    },
    inAllLocales: async (collection, where) => {
      const { docs } = await payload.find({ collection, where, locale: 'all', draft: true, depth: 0, limit: 1, overrideAccess: false, user })
      return docs as unknown as Record<string, unknown>[]
    },
  }
}

/**
 * Pages in preview: the site's tree and the page as their latest drafts, read as the signed-in
 * staff member (office access applies), so a draft page and a draft's new slug have addresses.
 */
export async function previewPageReader(): Promise<PageReader | undefined> {
  if (!(await draftMode()).isEnabled) return undefined
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || !isStaff(user)) return undefined
  const onSite = (site: { id: string | number }, id?: string): Where => ({ and: [{ site: { equals: site.id } }, ...(id ? [{ id: { equals: id } } as Where] : [])] })
  return {
    tree: async (site) => {
      const { docs } = await payload.find({
        collection: 'pages',
        where: onSite(site),
        locale: 'all',
        draft: true,
        depth: 0,
        limit: 1000,
        pagination: false,
        overrideAccess: false,
        user,
      })
      return docs as unknown as Record<string, unknown>[]
    },
    byId: async (site, id, locale, depth) => {
      const { docs } = await payload.find({
        collection: 'pages',
        where: onSite(site, id),
        locale,
        fallbackLocale: defaultLocale,
        draft: true,
        depth,
        limit: 1,
        overrideAccess: false,
        user,
      })
      return docs[0] ?? null
    },
    inAllLocales: async (site, id) => {
      const { docs } = await payload.find({ collection: 'pages', where: onSite(site, id), locale: 'all', draft: true, depth: 0, limit: 1, overrideAccess: false, user })
      return (docs[0] as unknown as Record<string, unknown>) ?? null
    },
    preview: true,
  }
}
