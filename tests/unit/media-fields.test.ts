import type { Field } from 'payload'

import { mediaFieldPaths, mediaUsedBy } from '@/collections/Media/hooks/publishMedia'

/** Every field that holds a media upload, wherever it is nested (an independent walk). */
function uploads(fields: Field[], prefix: string[], out: string[]) {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) uploads(tab.fields, 'name' in tab && tab.name ? [...prefix, tab.name] : prefix, out)
      continue
    }
    const path = 'name' in field && field.name ? [...prefix, field.name] : prefix
    if (field.type === 'upload' && ([] as string[]).concat(field.relationTo).includes('media')) out.push(path.join('.'))
    if (field.type === 'blocks') for (const block of field.blocks) uploads(block.fields, [...path, block.slug], out)
    if ('fields' in field && Array.isArray(field.fields)) uploads(field.fields, path, out)
  }
}

/**
 * publishMedia makes a published document's media public by the uploads mediaUsedBy finds
 * (access/media.ts), walking the fields mediaFieldPaths lists. An upload it missed would stay
 * private on the published page. This fails when one is missed, wherever it is nested.
 */
describe('media upload fields', () => {
  it('are all found by mediaFieldPaths, in every collection', async () => {
    const { default: config } = await import('@payload-config')
    const resolved = await config
    const all: string[] = []
    for (const collection of resolved.collections) {
      if (collection.slug.startsWith('payload-')) continue
      const out: string[] = []
      uploads(collection.fields as Field[], [], out)
      const found = mediaFieldPaths(collection.fields as Field[]).map((path) => path.join('.'))
      expect([collection.slug, found.sort()]).toEqual([collection.slug, out.sort()])
      all.push(...out.map((path) => `${collection.slug}.${path}`))
    }
    // Guard against checking nothing.
    expect(all.sort()).toEqual([
      'countries.heroImage',
      'countries.meta.image',
      'news.hero.image',
      'news.meta.image',
      'pages.layout.downloads.files.file',
      'pages.layout.hero.image',
      'pages.layout.image.image',
      'pages.meta.image',
      'programmes.meta.image',
      'statements.meta.image',
      'statements.pdf',
    ])
  })

  it('would fail for an upload it does not look into (the walk above sees a relationship-typed upload mediaFieldPaths skips)', () => {
    const hidden = [{ name: 'gallery', type: 'array', fields: [{ name: 'image', type: 'upload', relationTo: ['media', 'pages'] }] }] as Field[]
    const out: string[] = []
    uploads(hidden, [], out)
    expect(out).toEqual(['gallery.image'])
    expect(mediaFieldPaths([{ name: 'file', type: 'relationship', relationTo: 'media' }] as Field[])).toEqual([])
  })

  it('finds the uploads of a page read in every language: in blocks, in arrays of blocks, per language', () => {
    const fields = [
      {
        name: 'layout',
        type: 'blocks',
        blocks: [
          { slug: 'hero', fields: [{ name: 'image', type: 'upload', relationTo: 'media' }] },
          { slug: 'downloads', fields: [{ name: 'files', type: 'array', fields: [{ name: 'file', type: 'upload', relationTo: 'media' }] }] },
          { slug: 'quote', fields: [{ name: 'image', type: 'upload', relationTo: 'media', localized: true }] },
        ],
      },
    ] as Field[]
    const doc = {
      layout: [
        { blockType: 'hero', image: 1 },
        { blockType: 'downloads', files: [{ file: { id: 2 } }, { file: 3 }] },
        { blockType: 'quote', image: { en: 4, tr: 5 } },
        { blockType: 'unknown', image: 99 },
      ],
    }
    expect(mediaUsedBy(doc, fields).sort()).toEqual([1, 2, 3, 4, 5])
  })
})
