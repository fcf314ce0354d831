/**
 * Roles as data. What each role may do is enforced by the access functions in this folder;
 * the editorial issue refines them per country office.
 */
export const roles = ['admin', 'editor', 'contributor', 'translator', 'partner'] as const
export type Role = (typeof roles)[number]

/** Roles that work in the admin UI (partners only read the API with a key). */
export const staffRoles: readonly Role[] = ['admin', 'editor', 'contributor', 'translator']

type MaybeUser = { roles?: (Role | string)[] | null } | null | undefined

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => (wanted as string[]).includes(role)))
}

export function isStaff(user: MaybeUser): boolean {
  return hasRole(user, ...staffRoles)
}
