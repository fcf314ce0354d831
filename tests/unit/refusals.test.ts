import { refusals } from '@/i18n/refusals'
import { locales } from '@/i18n/locales'
import { refusalMessage } from '@/lib/refuse'

/** Every refusal of the write guards exists in every admin language, with the same variables. */
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()

describe('refusal messages', () => {
  const english = refusals.en
  it.each(locales.filter((locale) => locale !== 'en'))('%s has every English refusal, translated, with the same variables', (locale) => {
    const table = refusals[locale]
    expect(Object.keys(table).sort()).toEqual(Object.keys(english).sort())
    for (const [key, text] of Object.entries(english) as [keyof typeof english, string][]) {
      expect([key, variables(table[key])]).toEqual([key, variables(text)])
      expect([key, table[key].trim() === '' || table[key] === text]).toEqual([key, false])
    }
  })

  it('a request without i18n (a script, a bare REST client) gets English, plural forms included', () => {
    expect(refusalMessage(undefined, 'publish')).toMatch(/^Only an editor of this office can publish/)
    expect(refusalMessage(undefined, 'ownOffice', { offices: '', count: 0 })).toMatch(/belongs to no office yet/)
    expect(refusalMessage(undefined, 'ownOffice', { offices: '4', count: 1 })).toBe('Choose your own country office: you work for office 4.')
    expect(refusalMessage(undefined, 'ownOffice', { offices: '4, 5', count: 2 })).toBe('Choose your own country offices: you work for offices 4, 5.')
  })
})
