import { listQuery, parseListParams } from '@/lib/listParams'

const all = ['page', 'country', 'year', 'kind', 'programme'] as const

describe('parseListParams', () => {
  it('accepts well-formed filters and normalises them', () => {
    expect(parseListParams({ page: '2', country: 'tr', year: '2022', kind: 'speech', programme: 'counter-trafficking' }, [...all])).toEqual({
      page: 2,
      country: 'TR',
      year: 2022,
      kind: 'speech',
      programme: 'counter-trafficking',
    })
    expect(parseListParams({}, [...all])).toEqual({ page: 1 })
  })

  it('ignores parameters it does not know and empty ones', () => {
    expect(parseListParams({ utm_source: 'x', country: '' }, [...all])).toEqual({ page: 1 })
    expect(parseListParams({ kind: 'speech' }, ['page'])).toEqual({ page: 1 })
  })

  it.each([
    [{ page: '0' }],
    [{ page: '-1' }],
    [{ page: '1e3' }],
    [{ page: '99999' }],
    [{ page: ['1', '2'] }],
    [{ country: 'TUR' }],
    [{ country: '<script>' }],
    [{ year: '1900' }],
    [{ year: '20222' }],
    [{ kind: 'tweet' }],
    [{ programme: 'Counter Trafficking' }],
    [{ programme: 'x'.repeat(500) }],
  ])('rejects %j', (params) => {
    expect(parseListParams(params, [...all])).toBeNull()
  })
})

describe('listQuery', () => {
  it('builds the query string of a list page, leaving out page 1', () => {
    expect(listQuery({ page: 1, country: 'TR' })).toBe('?country=TR')
    expect(listQuery({ page: 3, year: 2022 })).toBe('?page=3&year=2022')
    expect(listQuery({ page: 1 })).toBe('')
  })
})
