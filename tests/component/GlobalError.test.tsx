/** @jest-environment node */
// react-dom/server (renderToStaticMarkup) needs MessageChannel, which jsdom lacks; the page is rendered to HTML as a server would.
import { renderToStaticMarkup } from 'react-dom/server'

import GlobalError from '@/app/global-error'
import { defaultLocale, locales } from '@/i18n/locales'
import { messages } from '@/i18n/messages'

describe('<GlobalError> (the last resort, without next-intl)', () => {
  it('speaks every locale of the list, the default first, each marked with its lang and linking home', () => {
    const error = Object.assign(new Error('boom'), { digest: '4242' })
    const html = renderToStaticMarkup(<GlobalError error={error} />)
    expect(html).toContain(`<html lang="${defaultLocale}">`)
    expect(html).toContain(`<h1>${messages[defaultLocale].error.title}</h1>`)
    for (const locale of locales.filter((l) => l !== defaultLocale)) {
      expect(html).toContain(`<div lang="${locale}"><h2>${messages[locale].error.title}</h2>`)
    }
    for (const locale of locales) expect(html).toContain(`<a href="/${locale}">${messages[locale].error.home}</a>`)
    expect(html).toContain('Ref: 4242')
    expect(html).not.toContain('boom')
  })
})
