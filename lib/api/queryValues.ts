import { z } from 'zod'

/**
 * What a query value must be, for Payload's REST API (restGuard.ts) and /api/v1 (v1/schemas.ts) alike:
 * text that came through the URL intact, and whole numbers written as digits. One wording, so a client
 * fixing a request reads the same sentence from both.
 */

/** Control characters, or U+FFFD where the URL held bytes that are not UTF-8. */
const garbled = /[\p{Cc}\uFFFD]/u

export const isGarbled = (text: string): boolean => garbled.test(text)

export const garbledProblem = (name: string): string => `${name} contains control characters or bytes that are not UTF-8`

/** A whole number from `min` to `max`, given as up to seven digits (no sign, no exponent, no decimals). */
export const wholeNumber = (name: string, min: number, max: number) => {
  const range = `${name} must be from ${min} to ${max}`
  return z
    .string()
    .regex(/^\d{1,7}$/, `${name} must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, range).max(max, range))
}
