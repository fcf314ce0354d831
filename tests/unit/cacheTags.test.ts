import type { CollectionSlug, Field } from 'payload'

import { linkableCollections } from '@/fields/richTextLinks'
import { collectionTag, publicCollections, tagsForRead, type TaggedCollection } from '@/lib/cache/tags'

type Relation = { path: string; to: CollectionSlug[]; hooked: boolean }

const linkable: CollectionSlug[] = [...linkableCollections]

function relations(fields: Field[], prefix: string[], out: Relation[]) {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) relations(tab.fields, 'name' in tab && tab.name ? [...prefix, tab.name] : prefix, out)
      continue
    }
    const path = 'name' in field ? [...prefix, field.name] : prefix
    if (field.type === 'relationship') {
      out.push({ path: path.join('.'), to: ([] as CollectionSlug[]).concat(field.relationTo), hooked: (field.hooks?.afterRead?.length ?? 0) > 0 })
    }
    // A rich text's internal links may point at any collection with pages.
    if (field.type === 'richText') out.push({ path: path.join('.'), to: linkable, hooked: (field.hooks?.afterRead?.length ?? 0) > 0 })
    if ('fields' in field && Array.isArray(field.fields)) relations(field.fields, path, out)
    if (field.type === 'blocks') for (const block of field.blocks) relations(block.fields, [...path, block.slug], out)
  }
}

/**
 * A published document may name one still in draft (a news item's programmes, a link in its
 * body): anyone but
 * staff must get such relations without the drafts (fields/relations.ts), and the reads of the
 * document must be tagged with the drafted collection at every depth, or publishing it would
 * not show up in what was cached without it.
 */
describe('relations to collections with drafts', () => {
  it('are filtered for the public and tagged on every read', async () => {
    const { default: config } = await import('@payload-config')
    const resolved = await config
    const drafted = new Set<CollectionSlug>(
      resolved.collections.filter((collection) => typeof collection.versions === 'object' && collection.versions?.drafts).map((collection) => collection.slug),
    )
    const found: string[] = []
    for (const collection of resolved.collections) {
      if (!(publicCollections as readonly string[]).includes(collection.slug) || collection.slug === 'search') continue
      const out: Relation[] = []
      relations(collection.fields as Field[], [], out)
      // A collection whose afterRead filters its links (collections/Sites, hideUnpublishedLinks) covers their documents.
      const linksFiltered = Boolean((collection.custom as { hidesUnpublishedLinks?: boolean } | undefined)?.hidesUnpublishedLinks) && (collection.hooks?.afterRead?.length ?? 0) > 0
      for (const relation of out) if (linksFiltered && relation.path.endsWith('.document')) relation.hooked = true
      for (const relation of out.filter((entry) => entry.to.some((to) => drafted.has(to)))) {
        found.push(`${collection.slug}.${relation.path}`)
        expect([collection.slug, relation.path, relation.hooked]).toEqual([collection.slug, relation.path, true])
        for (const to of relation.to.filter((slug) => drafted.has(slug))) {
          expect([collection.slug, tagsForRead(collection.slug as TaggedCollection, 0)]).toEqual([collection.slug, expect.arrayContaining([collectionTag(to as TaggedCollection)])])
        }
      }
    }
    // Guard against checking nothing.
    expect(found.sort()).toEqual([
      'countries.body',
      'facts.programme',
      'news.body',
      'news.programmes',
      'pages.layout.accordion.items.answer',
      'pages.layout.callToAction.link.document',
      'pages.layout.cards.items',
      'pages.layout.hero.links.document',
      'pages.layout.latestItems.programme',
      'pages.layout.richText.content',
      'pages.parent',
      'programmes.body',
      'sites.columns.links.document',
      'sites.sections.document',
      'sites.sections.links.document',
      'statements.body',
      'statements.programmes',
    ])
  })
})
