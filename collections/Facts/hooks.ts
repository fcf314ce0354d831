import type { CollectionBeforeChangeHook } from 'payload'

import { factAllowed, isAdmin, idsOf, type FactPlace } from '@/access/offices'
import { refuse } from '@/lib/refuse'

/** A figure cannot be moved to another office, or made global, by someone who may not edit it there. */
export const keepFactsInOwnOffice: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const { user } = req
  if (!user || isAdmin(user) || !data || !('scope' in data || 'country' in data)) return data
  const place: FactPlace = { scope: data.scope ?? originalDoc?.scope, country: 'country' in data ? data.country : originalDoc?.country }
  const unchanged = originalDoc && place.scope === originalDoc.scope && String(idsOf(place.country)[0]) === String(idsOf(originalDoc.country)[0])
  if (unchanged || factAllowed(user, place)) return data
  throw refuse(req, 'factsOwnOffice')
}
