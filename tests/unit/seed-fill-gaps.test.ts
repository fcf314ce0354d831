import { fillGaps, seedFields } from '@/lib/seed/fillGaps'

describe('fillGaps (a seed run after a cut-short save)', () => {
  const seed = {
    title: 'Who we are',
    layout: [
      { blockType: 'downloads', heading: 'Documents', files: [{ file: 7, label: 'At a glance' }] },
      { blockType: 'richText', content: { root: { children: [{ text: 'Seed' }] } } },
    ],
  }

  it('takes only what is missing: an editor’s text, rows and rich text stay', () => {
    const stored = {
      id: 4,
      title: 'Who we are (edited)',
      layout: [
        {
          id: 'a',
          blockType: 'downloads',
          heading: null,
          files: [
            { id: 'f', file: 9, label: '' },
            { id: 'g', file: 10, label: 'Added by an editor' },
          ],
        },
        { id: 'b', blockType: 'richText', content: { root: { children: [] } } },
      ],
    }
    const { value, filled } = fillGaps(stored, seed)
    expect(filled).toBe(true)
    expect(seedFields(value, seed)).toEqual({
      title: 'Who we are (edited)',
      layout: [
        {
          id: 'a',
          blockType: 'downloads',
          heading: 'Documents',
          files: [
            { id: 'f', file: 9, label: 'At a glance' },
            { id: 'g', file: 10, label: 'Added by an editor' },
          ],
        },
        { id: 'b', blockType: 'richText', content: { root: { children: [] } } },
      ],
    })
  })

  it('reports nothing to do when nothing is missing, and never adds rows', () => {
    const stored = { title: 'Who we are', layout: [{ blockType: 'richText', content: { root: { children: [] } } }] }
    expect(fillGaps(stored, seed)).toEqual({ value: stored, filled: false })
  })

  it('leaves a block of another kind at the same place alone', () => {
    const stored = { title: 'x', layout: [{ blockType: 'hero', heading: null }] }
    expect(fillGaps(stored, seed).filled).toBe(false)
  })

  it('takes the whole value where the stored one is missing (a language never written)', () => {
    expect(fillGaps(undefined, seed)).toEqual({ value: seed, filled: true })
    expect(fillGaps({ title: null }, { title: 'Biz kimiz' })).toEqual({ value: { title: 'Biz kimiz' }, filled: true })
  })
})
