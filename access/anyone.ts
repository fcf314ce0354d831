import type { Access } from 'payload'

/** Public reference data without drafts (countries, facts). */
export const anyone: Access = () => true
