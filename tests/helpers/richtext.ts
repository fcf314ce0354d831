import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'

/** Lexical nodes for tests: text, an internal link (value: the target's id or populated document; null: no target), a body of one paragraph. */
export const text = (value: string) => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })

export const internalLink = (relationTo: string, value: unknown, label: string): SerializedLinkNode =>
  ({
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { linkType: 'internal', newTab: false, doc: value === null ? null : { relationTo, value } },
    children: [text(label)],
  }) as unknown as SerializedLinkNode

export const body = (...children: object[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children }],
  },
})
