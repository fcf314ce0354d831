import type { PayloadRequest } from 'payload'

/**
 * Runs a local-API call that is given `req` (to stay in its transaction) and then restores
 * req.locale and req.fallbackLocale, which such a call overwrites with its own.
 */
export async function keepingRequestLocale<T>(req: PayloadRequest, call: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await call()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
