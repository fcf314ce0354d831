import { formatDate } from '../../lib/format'

describe('formatDate', () => {
  it('writes dates the way each language does', () => {
    expect(formatDate('2022-07-28T12:00:00.000Z', 'en')).toBe('28 July 2022')
    expect(formatDate('2022-07-28T12:00:00.000Z', 'tr')).toBe('28 Temmuz 2022')
  })
})
