import type { CollectionBeforeChangeHook } from 'payload'

/**
 * createdAt and updatedAt are the server's: Payload's own timestamp fields take any value a
 * client sends. Finding the documents that use a media file reads only those saved since its
 * upload (collections/Media/hooks/guards.ts), so a file dated 2099, or an article dated 2000, would hide
 * who uses it. Requests with a user (REST, the admin, local-API calls made for someone) lose
 * them; Payload sets them. System work (seed, migrations, jobs without a user) keeps its own.
 */
export const serverTimestamps: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user || !data || typeof data !== 'object') return data
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = data as Record<string, unknown>
  return rest
}
