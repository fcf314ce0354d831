import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { linkableCollections } from '@/fields/richTextLinks'
import { documentRoutes } from '@/i18n/paths'
import { htmlConverters, internalLinkPath } from '@/lib/richtextHtml'
import { body, internalLink, text } from '@/tests/helpers/richtext'

describe('internal links in rich text', () => {
  it('may point at every collection with pages, and only those', () => {
    expect([...linkableCollections].sort()).toEqual(Object.keys(documentRoutes).sort())
  })

  it('go to the target’s page in the reader’s language, or nowhere when it is not there to show', () => {
    const programme = { id: 3, slug: 'goc-yonetimi', title: 'Göç yönetimi' }
    expect(internalLinkPath(internalLink('programmes', programme, 'x'), 'tr')).toBe('/tr/programlar/goc-yonetimi')
    expect(internalLinkPath(internalLink('news', { id: 1, slug: 'baku-round-table' }, 'x'), 'en')).toBe('/en/news/baku-round-table')
    // Not populated (unpublished, or read at depth 0), taken out, or a collection without pages.
    expect(internalLinkPath(internalLink('programmes', 3, 'x'), 'tr')).toBeNull()
    expect(internalLinkPath(internalLink('programmes', null, 'x'), 'tr')).toBeNull()
    expect(internalLinkPath(internalLink('media', { id: 1, slug: 'a' }, 'x'), 'en')).toBeNull()
  })

  it('become absolute URLs in the partner API’s HTML, their text alone when unresolved', () => {
    const html = convertLexicalToHTML({
      data: body(
        text('See '),
        internalLink('programmes', { id: 3, slug: 'migration-management' }, 'our programme'),
        text(', '),
        internalLink('programmes', 4, 'a draft'),
        text(' and '),
        {
          ...internalLink('news', null, 'x'),
          fields: { linkType: 'custom', newTab: true, url: 'https://www.un.org/' },
          children: [text('the UN')],
        },
      ),
      disableContainer: true,
      converters: htmlConverters('en', (path) => `https://kopru.example${path}`),
    } as never)
    expect(html).toBe(
      '<p>See <a href="https://kopru.example/en/programmes/migration-management">our programme</a>, a draft and <a href="https://www.un.org/" rel="noopener noreferrer" target="_blank">the UN</a></p>',
    )
  })
})
