/** The id of a relation's value: the id itself (depth 0) or the populated document's. */
export function idOf(value: unknown): string | number | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && value !== null && 'id' in value) return (value as { id: string | number }).id
  return undefined
}

/** Calls `visit` on every object in a document read from Payload (arrays, groups, rich text). */
export function visitObjects(node: unknown, visit: (record: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) return node.forEach((entry) => visitObjects(entry, visit))
  if (typeof node !== 'object' || node === null) return
  visit(node as Record<string, unknown>)
  Object.values(node).forEach((entry) => visitObjects(entry, visit))
}

type LexicalNode = { text?: unknown; children?: LexicalNode[] }

const hasText = (node: LexicalNode): boolean => (typeof node.text === 'string' && node.text.trim() !== '') || (node.children ?? []).some(hasText)

/** Whether a field's value says something: text that is not blank, a Lexical document with some text, any other value. */
export function filled(value: unknown): boolean {
  if (value == null) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (typeof value === 'object' && 'root' in value) return hasText((value as { root: LexicalNode }).root)
  return true
}
