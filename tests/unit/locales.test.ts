import fs from 'node:fs'
import path from 'node:path'

import { IntlMessageFormat } from 'intl-messageformat'

import { defaultLocale, isLocale, localeLabel, locales, localizedPath, segmentFor } from '@/i18n/locales'

type Messages = { [key: string]: string | Messages }

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)))
}

const read = (locale: string): Messages => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8'))

const valueAt = (messages: Messages, key: string): string | Messages => key.split('.').reduce<Messages | string>((node, part) => (node as Messages)[part], messages)

/** Every file in messages/, not only the routed locales: a file written ahead of its locale is held to the same rules. */
const messageFiles = fs
  .readdirSync(path.join(process.cwd(), 'messages'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => path.basename(file, '.json'))
  .sort()

type AstElement = { type: number; value?: unknown; options?: Record<string, { value: AstElement[] }>; children?: AstElement[] }

/** The names a message interpolates ({query}, {count, plural, …}, <b>…</b>), wherever they are nested. */
function argumentNames(message: string, locale: string): string[] {
  const names = new Set<string>()
  const walk = (elements: AstElement[]) => {
    for (const element of elements) {
      // 0 is literal text and 7 the # of a plural: neither names an argument.
      if (element.type !== 0 && element.type !== 7 && typeof element.value === 'string') names.add(element.value)
      for (const option of Object.values(element.options ?? {})) walk(option.value)
      walk(element.children ?? [])
    }
  }
  walk(new IntlMessageFormat(message, locale).getAst() as AstElement[])
  return [...names].sort()
}

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
    expect(localeLabel('az')).toBe('Azərbaycan')
  })

  it('keeps every file in messages/ in parity with English: the same keys, none empty, the same ICU arguments', () => {
    expect(messageFiles).toEqual(expect.arrayContaining([...locales]))
    const english = read(defaultLocale)
    const reference = keys(english).sort()
    for (const file of messageFiles) {
      const messages = read(file)
      expect([file, keys(messages).sort()]).toEqual([file, reference])
      for (const key of reference) {
        const value = valueAt(messages, key)
        expect([file, key, typeof value === 'string' && value.trim().length > 0]).toEqual([file, key, true])
        expect([file, key, argumentNames(value as string, file)]).toEqual([file, key, argumentNames(valueAt(english, key) as string, defaultLocale)])
      }
    }
  })

  it("writes every message in valid ICU syntax (literal braces quoted as in '{data}')", () => {
    for (const file of messageFiles) {
      const messages = read(file)
      for (const key of keys(messages)) {
        const value = valueAt(messages, key) as string
        expect(() => new IntlMessageFormat(value, file)).not.toThrow()
      }
    }
    expect(() => new IntlMessageFormat('Lists answer {data, totalCount}', 'en')).toThrow()
  })

  it('finds the arguments a message interpolates, nested ones too', () => {
    expect(argumentNames('“{query}” üzrə {count, plural, one {# nəticə} other {# nəticə}}', 'az')).toEqual(['count', 'query'])
    expect(argumentNames("Lists answer '{data}' on {date}", 'en')).toEqual(['date'])
    expect(argumentNames('{year, selectordinal, one {{year}-ci} other {{year}-cu}} ildən', 'az')).toEqual(['year'])
  })

  it('translates route segments and falls back to English ones', () => {
    expect(segmentFor('news', 'tr')).toBe('haberler')
    expect(segmentFor('news', 'en')).toBe('news')
    expect(localizedPath('news', '/[slug]')).toEqual({ en: '/news/[slug]', tr: '/haberler/[slug]', az: '/xeberler/[slug]' })
    expect((['news', 'statements', 'programmes', 'countries', 'facts', 'search'] as const).map((segment) => segmentFor(segment, 'az'))).toEqual([
      'xeberler',
      'beyanatlar',
      'proqramlar',
      'olkeler',
      'reqemler',
      'axtaris',
    ])
  })
})
