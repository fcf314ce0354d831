import type { Access } from 'payload'

/** Public reference data without drafts (countries, facts, media). */
export const anyone: Access = () => true
