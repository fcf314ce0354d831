import { formatDate, formatFact } from '@/lib/format'

describe('formatDate', () => {
  it('writes dates the way each language does', () => {
    expect(formatDate('2022-07-28T12:00:00.000Z', 'en')).toBe('28 July 2022')
    expect(formatDate('2022-07-28T12:00:00.000Z', 'tr')).toBe('28 Temmuz 2022')
    expect(formatDate('2022-07-28T12:00:00.000Z', 'az')).toBe('28 iyul 2022')
    expect(formatDate('2024-01-01T00:00:00.000Z', 'az')).toBe('1 yanvar 2024')
  })
})

describe('formatFact', () => {
  it.each([
    [1_700_000, 'compact', 'en', '1.7M'],
    [1_700_000, 'compact', 'tr', '1,7 milyon'],
    [100_000, 'plain', 'en', '100,000'],
    [100_000, 'plain', 'tr', '100.000'],
    [140, 'plain', 'tr', '140'],
    [0.42, 'percent', 'en', '42%'],
    [0.42, 'percent', 'tr', '%42'],
    [2_500, 'compact', 'tr', '2,5 bin'],
    // Intl joins "mln" and "mlrd" to the number with a no-break space; thousands are written out ("min", not "K").
    [1_700_000, 'compact', 'az', '1,7\u00a0mln'],
    [45_000_000, 'compact', 'az', '45\u00a0mln'],
    [1_200_000_000, 'compact', 'az', '1,2\u00a0mlrd'],
    [2_500, 'compact', 'az', '2,5 min'],
    [999_949, 'compact', 'az', '999,9 min'],
    [999_999, 'compact', 'az', '1\u00a0mln'],
    [950, 'compact', 'az', '950'],
    [100_000, 'plain', 'az', '100.000'],
    [1_234.5, 'plain', 'az', '1.234,5'],
    [0.42, 'percent', 'az', '42%'],
  ] as const)('shows %d (%s) in %s as %s', (value, notation, locale, expected) => {
    expect(formatFact(value, notation, locale)).toBe(expected)
  })
})
