import type { Access } from 'payload'

import { hasRole, isStaff } from './roles'

/** Signed-in staff (admin, editor, contributor, translator). */
export const staff: Access = ({ req }) => isStaff(req.user)

/** Staff who may create and remove content: admins and editors. */
export const editors: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Administrators only (users, site-wide settings). */
export const admins: Access = ({ req }) => hasRole(req.user, 'admin')
