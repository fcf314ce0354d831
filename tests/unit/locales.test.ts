import fs from 'node:fs'
import path from 'node:path'

import { IntlMessageFormat } from 'intl-messageformat'

import { defaultLocale, isLocale, localeLabel, locales, localizedPath, segmentFor } from '@/i18n/locales'

type Messages = { [key: string]: string | Messages }

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)))
}

const read = (locale: string): Messages => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8'))

describe('locales', () => {
  // Rules every locale list must keep, not the list itself (adding a locale must not fail here).
  it('declares distinct, valid language codes, the default among them', () => {
    expect(locales.length).toBeGreaterThan(0)
    expect(new Set(locales).size).toBe(locales.length)
    expect(locales).toContain(defaultLocale)
    for (const locale of locales) {
      expect([locale, Intl.getCanonicalLocales(locale)[0]]).toEqual([locale, locale])
      expect(isLocale(locale)).toBe(true)
      expect(fs.existsSync(path.join(process.cwd(), 'messages', `${locale}.json`))).toBe(true)
    }
    for (const other of ['xx', 'EN', '', 'en-', '../en']) expect(isLocale(other)).toBe(false)
  })

  it('names each language in its own language', () => {
    for (const locale of locales) {
      const own = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? ''
      expect([locale, localeLabel(locale).toLocaleLowerCase(locale)]).toEqual([locale, own.toLocaleLowerCase(locale)])
    }
    expect(localeLabel('tr')).toBe('Türkçe')
  })

  it('has a message file per locale with exactly the same keys, none empty', () => {
    const reference = keys(read(defaultLocale)).sort()
    for (const locale of locales) {
      const messages = read(locale)
      expect(keys(messages).sort()).toEqual(reference)
      for (const key of keys(messages)) {
        const value = key.split('.').reduce<Messages | string>((node, part) => (node as Messages)[part], messages)
        expect(typeof value === 'string' && value.trim().length > 0).toBe(true)
      }
    }
  })

  it("writes every message in valid ICU syntax (literal braces quoted as in '{data}')", () => {
    for (const locale of locales) {
      const messages = read(locale)
      for (const key of keys(messages)) {
        const value = key.split('.').reduce<Messages | string>((node, part) => (node as Messages)[part], messages) as string
        expect(() => new IntlMessageFormat(value, locale)).not.toThrow()
      }
    }
    expect(() => new IntlMessageFormat('Lists answer {data, totalCount}', 'en')).toThrow()
  })

  it('translates route segments and falls back to English ones', () => {
    expect(segmentFor('news', 'tr')).toBe('haberler')
    expect(segmentFor('news', 'en')).toBe('news')
    expect(localizedPath('news', '/[slug]')).toEqual({ en: '/news/[slug]', tr: '/haberler/[slug]' })
  })
})
