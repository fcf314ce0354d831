import { fold, highlight, queryTerms, snippet } from '@/lib/search/normalize'

const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .filter((segment) => segment.match)
    .map((segment) => segment.text)

describe('search folding (Turkish rules)', () => {
  it.each([
    ['GÖÇMEN', 'gocmen'],
    ['göçmen', 'gocmen'],
    ['İstanbul', 'istanbul'],
    ['ISTANBUL', 'istanbul'],
    ['ığüşöç ĞÜŞÖÇİI', 'igusoc gusocii'],
    ['Bakü’de', 'baku’de'],
    ['Café', 'cafe'],
  ])('folds %s to %s', (input, expected) => {
    expect(fold(input)).toBe(expected)
  })

  it('splits a query into distinct folded words, dropping punctuation and SQL wildcards', () => {
    expect(queryTerms('  Göçmen, GÖÇMEN  İstanbul%_ ')).toEqual(['gocmen', 'istanbul'])
    expect(queryTerms('%%% ___')).toEqual([])
    expect(queryTerms('a b c d e f g h i j')).toHaveLength(8)
  })
})

describe('highlighting', () => {
  it('marks matches in the original text, whatever the case and diacritics', () => {
    expect(marked('İstanbul’da göçmenlere destek', ['istanbul', 'gocmen'])).toEqual(['İstanbul', 'göçmen'])
    expect(marked('GÖÇMEN and göçmen', ['gocmen'])).toEqual(['GÖÇMEN', 'göçmen'])
  })

  it('keeps the whole text, in order', () => {
    const text = 'Migrants in İzmir and Izmir'
    expect(
      highlight(text, ['izmir'])
        .map((s) => s.text)
        .join(''),
    ).toBe(text)
    expect(marked(text, ['izmir'])).toEqual(['İzmir', 'Izmir'])
  })

  it('marks nothing when nothing matches', () => {
    expect(marked('Bakü', ['ankara'])).toEqual([])
  })
})

describe('snippets', () => {
  it('cuts long text around the first match', () => {
    const text = `${'lorem ipsum '.repeat(60)}the göçmen passage ${'dolor sit '.repeat(60)}`
    const cut = snippet(text, ['gocmen'], 120)
    expect(cut).toContain('göçmen')
    expect(cut.startsWith('… ')).toBe(true)
    expect(cut.endsWith(' …')).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(124)
  })

  it('returns short text whole', () => {
    expect(snippet('  short   text ', ['x'])).toBe('short text')
  })
})
