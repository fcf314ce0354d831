import fs from 'node:fs'
import path from 'node:path'

import { IntlMessageFormat } from 'intl-messageformat'

import { defaultLocale, isLocale, localeLabel, locales, localizedPath, segmentFor } from '../../i18n/locales'

type Messages = { [key: string]: string | Messages }

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  )
}

const read = (locale: string): Messages =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8'))

describe('locales', () => {
  it('declares English as the default and Turkish beside it', () => {
    expect(locales).toEqual(['en', 'tr'])
    expect(defaultLocale).toBe('en')
    expect(isLocale('tr')).toBe(true)
    expect(isLocale('de')).toBe(false)
  })

  it('names each language in its own language', () => {
    expect(localeLabel('tr')).toBe('Türkçe')
    expect(localeLabel('en')).toBe('English')
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

  it('writes every message in valid ICU syntax (literal braces quoted as in \'{data}\')', () => {
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
