import type { Locale } from './locales'

/**
 * A value for every locale in `locales`: admin descriptions and labels, UI texts, each locale's
 * messages. Adding a locale fails the type check at each of these until its value is written,
 * which is the point (tests/int/add-locale.test.ts checks that only such texts need writing).
 */
export type PerLocale<T> = { [L in Locale]: T }
