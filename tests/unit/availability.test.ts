/**
 * The readers' breaker (lib/db/availability.ts) is one per process: the server's bundles each
 * load their own copy of the module and of cockatiel, and a copy that had not met the fault
 * itself sent its next read into it (with SQLite on the event loop: ~10 s of a held process).
 */
import { jest } from '@jest/globals'

const env = { PAYLOAD_SECRET: 'x'.repeat(32), DATABASE_DEADLINE_MS: '5000', DATABASE_RETRY_MS: '60000' }

/**
 * A new copy of the module, as another bundle of the server holds. Without Payload: its config,
 * built in the background, logged after the test had ended, and Jest then fails the whole run.
 */
async function freshCopy() {
  jest.resetModules()
  jest.unstable_mockModule('@/lib/payload', () => ({ getPayloadClient: () => Promise.reject(new Error('no Payload in this test')) }))
  return import('@/lib/db/availability')
}

describe('the database readers’ breaker', () => {
  const saved = { ...process.env }
  beforeAll(() => Object.assign(process.env, env))
  afterAll(() => {
    process.env = saved
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('kopru.databaseReadPolicy')]
  })

  it('is shared by every copy of the module: once one copy met the fault, another refuses at once without reading', async () => {
    const first = await freshCopy()
    const fault = Object.assign(new Error('locking protocol'), { code: 'SQLITE_PROTOCOL' })
    await expect(first.guardedRead(() => Promise.reject(fault))).rejects.toBe(fault)

    const second = await freshCopy()
    expect(second).not.toBe(first)
    const read = jest.fn(() => Promise.resolve('rows'))
    const refused = await second.guardedRead(read).catch((error: unknown) => error)
    expect(read).not.toHaveBeenCalled()
    // The other copy's error is recognised as "unavailable" (a 503), though it is no instance of this copy's class.
    expect([second.isUnavailable(refused), (refused as Error).message]).toEqual([true, expect.stringMatching(/circuit breaker is open/)])
  })

  it('recognises the breaker’s and the deadline’s errors from any copy of cockatiel by their flags', async () => {
    const { isUnavailable } = await freshCopy()
    expect(isUnavailable(Object.assign(new Error('Execution prevented because the circuit breaker is open'), { isBrokenCircuitError: true }))).toBe(true)
    expect(isUnavailable(Object.assign(new Error('Operation timed out after 5000ms'), { isTaskCancelledError: true }))).toBe(true)
    expect(isUnavailable(new Error('Operation timed out after 5000ms'))).toBe(false)
    expect(isUnavailable(new Error('syntax error'))).toBe(false)
  })
})
