import type { Access } from 'payload'

import { isStaff } from './roles'

/**
 * Read access for collections with drafts: staff see everything (the admin needs drafts);
 * anonymous readers and partners get published documents only, as a query constraint, so
 * the rule holds for lists, single reads, REST and the local API alike.
 */
export const publishedOrStaff: Access = ({ req }) =>
  isStaff(req.user) ? true : { _status: { equals: 'published' } }
