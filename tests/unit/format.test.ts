import { fileTypeName, formatDate, formatFact, formatFileDetails, formatFileSize } from '@/lib/format'

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

describe('formatFileSize', () => {
  it.each([
    [1_200_000, 'en', '1.2 MB'],
    [1_200_000, 'tr', '1,2 MB'],
    [1_200_000, 'az', '1,2 MB'],
    [340_000, 'en', '340 kB'],
    [999_960, 'en', '1 MB'],
    [2_250_000_000, 'tr', '2,3 GB'],
    [40, 'en', '0.1 kB'],
  ] as const)('shows %d bytes in %s as %s', (bytes, locale, expected) => {
    expect(formatFileSize(bytes, locale)).toBe(expected)
  })
})

describe('formatFileDetails', () => {
  it('names the format, the size and the language in the page’s language', () => {
    expect(formatFileDetails({ mimeType: 'application/pdf', bytes: 1_200_000, language: 'tr' }, 'en')).toBe('PDF, 1.2 MB, Turkish')
    expect(formatFileDetails({ mimeType: 'application/pdf', bytes: 1_200_000, language: 'tr' }, 'tr')).toBe('PDF, 1,2 MB, Türkçe')
    expect(formatFileDetails({ mimeType: 'application/pdf', bytes: 1_200_000, language: 'en' }, 'az')).toBe('PDF, 1,2 MB, ingilis')
    expect(formatFileDetails({ mimeType: 'text/csv', bytes: 12_000 }, 'en')).toBe('CSV, 12 kB')
  })

  it('keeps an unknown language code as it is', () => {
    expect(formatFileDetails({ mimeType: 'application/pdf', bytes: 1_000, language: 'not a tag' }, 'en')).toBe('PDF, 1 kB, not a tag')
  })

  it.each([
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'DOCX'],
    ['application/x-rtf', 'RTF'],
    ['image/svg+xml', 'SVG'],
    ['application/pdf; charset=binary', 'PDF'],
  ])('calls %s %s', (mimeType, expected) => {
    expect(fileTypeName(mimeType)).toBe(expected)
  })
})
