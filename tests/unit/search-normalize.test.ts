import { fold, highlight, queryTerms, snippet } from '@/lib/search/normalize'

const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .filter((segment) => segment.match)
    .map((segment) => segment.text)

describe('search folding (Turkish and Azerbaijani rules)', () => {
  it.each([
    ['GÖÇMEN', 'gocmen'],
    ['göçmen', 'gocmen'],
    ['İstanbul', 'istanbul'],
    ['ISTANBUL', 'istanbul'],
    ['ığüşöç ĞÜŞÖÇİI', 'igusoc gusocii'],
    ['Bakü’de', 'baku’de'],
    ['Café', 'cafe'],
    ['Bakı', 'baki'],
    ['BAKI', 'baki'],
    ['Azərbaycan', 'azerbaycan'],
    ['AZƏRBAYCAN', 'azerbaycan'],
    ['Gəncə ŞƏKİ Xəzər', 'gence seki xezer'],
    ['Әli әmәk', 'eli emek'],
    ['Azərbaycan'.normalize('NFD'), 'azerbaycan'],
  ])('folds %s to %s', (input, expected) => {
    expect(fold(input)).toBe(expected)
  })

  it('lets "baki", "BAKI" and "Bakı" find each other, and "azerbaycan" and "Azərbaycan"', () => {
    for (const group of [
      ['baki', 'BAKI', 'Bakı', 'bakı', 'Baki'],
      ['azerbaycan', 'Azərbaycan', 'AZƏRBAYCAN', 'Azerbaycan'],
      ['gocmen', 'göçmen', 'GÖÇMEN'],
      ['istanbul', 'İstanbul', 'ISTANBUL', 'İSTANBUL'],
    ])
      expect(new Set(group.map(fold))).toEqual(new Set([fold(group[0])]))
  })

  it('folds every letter it maps into one character, so highlights stay aligned', () => {
    const text = 'ığüşöçə ĞÜŞÖÇİIƏ'
    expect(Array.from(fold(text))).toHaveLength(Array.from(text).length)
  })

  it('splits a query into distinct folded words, dropping punctuation and SQL wildcards', () => {
    expect(queryTerms('  Göçmen, GÖÇMEN  İstanbul%_ ')).toEqual(['gocmen', 'istanbul'])
    expect(queryTerms('%%% ___')).toEqual([])
    expect(queryTerms('a b c d e f g h i j')).toHaveLength(8)
    expect(queryTerms('Bakı, AZƏRBAYCAN')).toEqual(['baki', 'azerbaycan'])
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

  it('marks Azerbaijani words found through their folding', () => {
    expect(marked('Azərbaycanda miqrantlara dəstək, BAKI', ['azerbaycan', 'baki'])).toEqual(['Azərbaycan', 'BAKI'])
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
