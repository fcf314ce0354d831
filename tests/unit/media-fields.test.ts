import type { Field } from 'payload'

import { mediaFieldPaths } from '@/collections/Media/hooks/publishMedia'

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
 * publishMedia makes a published document's media public by the paths mediaFieldPaths finds
 * (access/media.ts). It does not look into arrays or blocks: an upload added there
 * would stay private on the published page. This fails when one is, so that it gets looked into.
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
      'programmes.meta.image',
      'statements.meta.image',
      'statements.pdf',
    ])
  })

  it('would fail for an upload inside an array (the walk above sees what mediaFieldPaths does not)', () => {
    const gallery = [{ name: 'gallery', type: 'array', fields: [{ name: 'image', type: 'upload', relationTo: 'media' }] }] as Field[]
    const out: string[] = []
    uploads(gallery, [], out)
    expect([out, mediaFieldPaths(gallery)]).toEqual([['gallery.image'], []])
  })
})
