import { readInOwnOffices } from '@/access/workflowFields'

/**
 * The workflow fields' read rule for one document (access/workflowFields.ts). CI's admin test
 * found the new-document form without its review field: the form asks with a document that has
 * no id and no office yet, and the rule refused it, so a contributor could not submit for review.
 */
const contributor = { roles: ['contributor'], countries: [1] }
const read = (doc: Record<string, unknown> | undefined, user: unknown = contributor, offices: 'country' | 'self' = 'country') =>
  readInOwnOffices(offices)({ req: { user }, doc } as never)

test('a document being created is the writer’s own', () => {
  expect(read({})).toBe(true)
  expect(read({ title: 'Mersin’de göç çalıştayı', reviewStatus: 'writing' })).toBe(true)
  expect(read({}, contributor, 'self')).toBe(true)
})

test('a saved document is its offices’ only, and a read without its office is refused', () => {
  expect(read({ id: 7, country: 1 })).toBe(true)
  expect(read({ id: 7, country: { id: 1 } })).toBe(true)
  expect(read({ id: 7, country: 2 })).toBe(false)
  expect(read({ id: 7 })).toBe(false)
  expect(read({ country: 2 })).toBe(false)
  expect(read({ id: 2 }, contributor, 'self')).toBe(false)
  expect(read({ id: 7, country: 2 }, { roles: ['admin'] })).toBe(true)
  expect(read({}, null)).toBe(false)
})
