import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins see and manage every account; everyone else only their own. Anonymous: nothing. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
