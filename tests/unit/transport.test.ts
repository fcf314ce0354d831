import type { IncomingMessage } from 'node:http'

import { servedOverHttps } from '@/lib/http/transport.mjs'

const request = (headers: Record<string, string>, encrypted = false) => ({ headers, socket: { encrypted } }) as unknown as IncomingMessage

describe('servedOverHttps (HSTS only over HTTPS)', () => {
  it.each([
    [{}, false, false],
    [{}, true, true],
    [{ 'x-forwarded-proto': 'https' }, false, true],
    [{ 'x-forwarded-proto': 'HTTPS' }, false, true],
    // The first entry is the one the reader's connection was: later proxies append theirs.
    [{ 'x-forwarded-proto': 'https, http' }, false, true],
    [{ 'x-forwarded-proto': 'http, https' }, false, false],
    [{ 'x-forwarded-proto': 'http' }, false, false],
    [{ 'x-forwarded-proto': 'httpsx' }, false, false],
  ])('%j, TLS socket %s → %s', (headers, encrypted, expected) => {
    expect(servedOverHttps(request(headers, encrypted))).toBe(expected)
  })
})
