/**
 * The kinds of statement (a leaf module: the site's filters, the partner API's schema and the
 * seed read it without loading the collection's config and everything it imports).
 */
export const statementKinds = ['statement', 'press-release', 'message', 'speech'] as const

export type StatementKind = (typeof statementKinds)[number]
