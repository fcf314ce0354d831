/** Document ids as the two databases write them: SQLite integers and MongoDB's 24 hex digits. */
export const documentIdPattern = /^(?:\d{1,15}|[0-9a-f]{24})$/

/** Ids as the database in use writes them: a 24-hex id reaching SQLite (or a number reaching MongoDB) made it fail. */
export function storedIdPattern(kind: 'sqlite' | 'mongodb'): RegExp {
  return kind === 'sqlite' ? /^\d{1,15}$/ : /^[0-9a-f]{24}$/
}
