import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { LinkHTMLConverter, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'

import { documentPath, documentRoutes, type RoutedCollection } from '@/i18n/paths'
import type { Locale } from '@/i18n/locales'
import { officeIdsOf } from '@/lib/sites/offices'

/**
 * An internal link's page in the reader's locale, or null when it has none to show: the
 * target is not published (the safe reader leaves an unreadable target unpopulated, and
 * fields/richTextLinks.ts takes its id out), or the read was not deep enough to populate it.
 * Readers then get the link's text without a link, never a "#".
 */
export function internalLinkPath(node: Pick<SerializedLinkNode, 'fields'>, locale: Locale, offices?: readonly (string | number)[]): string | null {
  const doc = node.fields.doc
  if (!doc || typeof doc.value !== 'object' || doc.value === null) return null
  const slug = (doc.value as { slug?: unknown }).slug
  if (typeof slug !== 'string' || !slug || !(doc.relationTo in documentRoutes)) return null
  // On a site (its offices given): a document of another office is not on it, and a link to its
  // address here would be a 404; the link's text alone, as for one not published.
  if (offices) {
    const own = new Set(offices.map(String))
    const theirs = officeIdsOf(doc.relationTo, doc.value)
    if (theirs.length > 0 && !theirs.some((office) => own.has(String(office)))) return null
  }
  return documentPath(doc.relationTo as RoutedCollection, slug, locale)
}

/**
 * Lexical to HTML for the partner API: internal links as absolute URLs of their pages
 * (`toUrl`), unresolved ones as their text. Payload's own converter does the escaping.
 */
export function htmlConverters(locale: Locale, toUrl: (path: string) => string): HTMLConvertersFunction {
  return ({ defaultConverters }) => {
    const links = LinkHTMLConverter({ internalDocToHref: ({ linkNode }) => toUrl(internalLinkPath(linkNode, locale) ?? '') })
    return {
      ...defaultConverters,
      ...links,
      link: (args) => {
        if (args.node.fields.linkType === 'internal' && !internalLinkPath(args.node, locale)) return args.nodesToHTML({ nodes: args.node.children }).join('')
        return typeof links.link === 'function' ? links.link(args) : ''
      },
    }
  }
}
