import { formatDate, formatFact } from '@/lib/format'

describe('formatDate', () => {
  it('writes dates the way each language does', () => {
    expect(formatDate('2022-07-28T12:00:00.000Z', 'en')).toBe('28 July 2022')
    expect(formatDate('2022-07-28T12:00:00.000Z', 'tr')).toBe('28 Temmuz 2022')
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
  ] as const)('shows %d (%s) in %s as %s', (value, notation, locale, expected) => {
    expect(formatFact(value, notation, locale)).toBe(expected)
  })
})
