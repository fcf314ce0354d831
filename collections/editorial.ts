import type { CollectionConfig, CollectionSlug } from 'payload'

import {
  changeInOwnOffice,
  createInOwnOffice,
  duplicateWithinOffices,
  guardChange,
  guardPublication,
  keepInOwnOffices,
  linkOwnProgrammes,
  readOwnDrafts,
  readOwnVersions,
  type OfficeField,
} from '../access/offices'
import { attachOwnMedia } from '../access/mediaOffices'
import { serverTimestamps } from '../access/timestamps'
import { publishMedia } from '../access/mediaVisibility'
import { reviewWorkflow } from '../fields/review'
import { trackTranslations } from '../fields/translationStatus'
import { revalidateAfterChange, revalidateAfterDelete } from '../lib/revalidate'
import { scheduleEndpoint } from '../lib/schedule'

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
      afterChange: [publishMedia, revalidateAfterChange],
      afterDelete: [revalidateAfterDelete],
    },
  }
}
