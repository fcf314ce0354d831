import { LinkJSXConverter, RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { ComponentProps } from 'react'

import type { Locale } from '@/i18n/locales'
import { internalLinkPath } from '@/lib/richtextHtml'

/**
 * A rich text body on the site: Payload's converters, with internal links pointing at the
 * target's page in the reader's language. A link to something the reader cannot see (not
 * published, lib/richtextHtml.ts) or that is not on this site (another office's document, when
 * `offices`, the site's, are given) is its text alone: no dead link, no "#".
 */
export function RichTextBody({ data, locale, offices }: { data: ComponentProps<typeof RichText>['data']; locale: Locale; offices?: readonly (string | number)[] }) {
  const converters: JSXConvertersFunction = ({ defaultConverters }) => {
    const links = LinkJSXConverter({ internalDocToHref: ({ linkNode }) => internalLinkPath(linkNode, locale, offices) ?? '' })
    return {
      ...defaultConverters,
      ...links,
      link: (args) => {
        if (args.node.fields.linkType === 'internal' && !internalLinkPath(args.node, locale, offices)) return <>{args.nodesToJSX({ nodes: args.node.children })}</>
        return typeof links.link === 'function' ? links.link(args) : null
      },
    }
  }
  return <RichText data={data} converters={converters} />
}
