/** Document ids as the two databases write them: SQLite integers and MongoDB's 24 hex digits. */
export const documentIdPattern = /^(?:\d{1,15}|[0-9a-f]{24})$/
