import type { News } from '@/payload-types'

export type RichTextValue = NonNullable<News['body']>

/** Plain paragraphs as a Lexical document (seed content, tests). */
export function paragraphs(...texts: string[]): RichTextValue {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: texts.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  } as RichTextValue
}
