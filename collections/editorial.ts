import type { CollectionConfig, CollectionSlug, CompoundIndex } from 'payload'

import { changeInOwnOffice, createInOwnOffice, readOwnDrafts, readOwnVersions, type OfficeField } from '@/access/offices'
import { duplicateWithinOffices, guardChange, guardPublication, keepInOwnOffices, linkOwnProgrammes } from '@/collections/hooks/offices'
import { attachOwnMedia } from '@/collections/Media/hooks/guards'
import { serverTimestamps } from '@/collections/hooks/serverTimestamps'
import { publishMedia } from '@/collections/Media/hooks/publishMedia'
import { reviewWorkflow } from '@/fields/review'
import { trackTranslations } from '@/fields/translationStatus'
import { revalidateAfterChange, revalidateAfterDelete } from '@/lib/cache/revalidate'
import { notifyReview } from './hooks/notifyReview'
import { scheduleEndpoint } from '@/lib/schedule'

/**
 * What news, statements and programmes share: drafts with scheduled publishing (on the jobs
 * queue, lib/jobs.ts) and version history; access per country office (access/offices.ts:
 * contributors draft, editors publish, translators translate; `readVersions` keeps drafts out
 * of /api/<collection>/versions); review, translation status and cache expiry on every change.
 */
export function editorialBehaviour(slug: CollectionSlug, office: OfficeField): Pick<CollectionConfig, 'versions' | 'access' | 'endpoints' | 'hooks'> {
  return {
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
    access: {
      read: readOwnDrafts(office),
      readVersions: readOwnVersions(office),
      create: createInOwnOffice(office, ['editor', 'contributor']),
      update: changeInOwnOffice(office, ['editor', 'contributor', 'translator']),
      delete: changeInOwnOffice(office, ['editor']),
    },
    endpoints: [scheduleEndpoint(slug)],
    hooks: {
      beforeOperation: [guardPublication, duplicateWithinOffices(office)],
      beforeChange: [serverTimestamps, guardChange, reviewWorkflow, trackTranslations, keepInOwnOffices(office), linkOwnProgrammes, attachOwnMedia],
      afterChange: [publishMedia, revalidateAfterChange, notifyReview],
      afterDelete: [revalidateAfterDelete],
    },
  }
}

/**
 * The indexes of a dated collection (news, statements), one per query shape the code issues
 * (tests/int/query-plans.test.ts explains each): every public read filters on `_status`, then
 * sorts by date (lists, feeds, the API's default, the years of the filter), by `updatedAt`
 * (partners' sync, `sort=updatedAt`), or filters by office or `extra` (statements' kind) first.
 * Payload breaks ties by `createdAt` (it appends `-createdAt` to every sort that lacks it), so
 * the indexes end with it; our own sorts say `[date or updatedAt, createdAt, id]`, and SQLite appends
 * the row id to each index, so every such sort is read in index order, never sorted. Declared
 * here, so MongoDB builds them too (mirrored on the versions, `version.*`).
 *
 * The date index holds the office after the date and `createdAt`, and every sort by date that
 * ends in the id says `[date, createdAt, country, id]`: a site's list filters by its offices
 * (`country IN (…)`), and a deep page skips its offset in the index alone, where it looked each
 * skipped row up in the table (`/tr/haberler?page=4995` at 50,000 news: 100 ms on the event
 * loop). One date index only: beside `(_status, date, createdAt)` SQLite took this one for the
 * API's `[date, createdAt, id]` and sorted its rows (2.7 s for its last page at 50,000).
 *
 * `(_status, country)` is a site's documents in order of id (SQLite appends the row id; MongoDB
 * filters on it and sorts the ids): the sitemap reads a child's documents after the last id read
 * (lib/content/sitemap.ts). Without it SQLite took the date index and sorted every published
 * document of the office, with its slugs, for each slice of 250: 40-90 ms a slice of statements,
 * and 0.6-2.4 s for a child's start at 50,000 news.
 */
export function datedIndexes(dateField: 'publishedDate' | 'date', extra: string[] = []): CompoundIndex[] {
  return [
    { fields: ['_status', dateField, 'createdAt', 'country'] },
    { fields: ['_status', 'updatedAt', 'createdAt'] },
    { fields: ['_status', 'country', dateField, 'createdAt'] },
    { fields: ['_status', 'country'] },
    ...extra.map((field) => ({ fields: ['_status', field, dateField, 'createdAt'] })),
  ]
}
