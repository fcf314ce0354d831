/** @jest-environment node */
// react-dom/server needs MessageChannel, which jsdom lacks: the blocks are rendered to HTML as the server sends them.
import fs from 'node:fs'
import path from 'node:path'

import { renderToStaticMarkup } from 'react-dom/server'

import { Blocks } from '@/components/Blocks'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { everyBlock, labels } from '@/tests/helpers/blocks'

describe('the blocks as the server sends them', () => {
  it('are HTML without a script, every block rendered', () => {
    const html = renderToStaticMarkup(
      <>
        <Breadcrumbs
          crumbs={[
            { href: '/en', label: 'Home' },
            { href: '/en/about', label: 'About us' },
          ]}
          label="Breadcrumb"
        />
        <Blocks blocks={everyBlock} locale="en" labels={labels} />
      </>,
    )
    expect(html).not.toMatch(/<script/i)
    for (const text of [
      'Who we are',
      'We work with the government',
      'Istanbul, 2025',
      'Write to us',
      '1.7M',
      'Round table in Baku',
      'Counter-trafficking',
      'Who can apply?',
      '(PDF, 1.2 MB)',
      'ankara@example.org',
    ]) {
      expect([text, html.includes(text)]).toEqual([text, true])
    }
    expect(html).toContain('<details')
    expect(html).toContain('aria-current="page"')
  })

  it('are server components: none declares "use client" or uses a hook', () => {
    const files = [
      'components/Blocks.tsx',
      'components/Breadcrumbs.tsx',
      'components/ResponsiveImage.tsx',
      ...fs.readdirSync('components/blocks').map((file) => `components/blocks/${file}`),
    ]
    for (const file of files) {
      const source = fs.readFileSync(path.join(process.cwd(), file), 'utf8')
      expect([file, /['"]use client['"]|\buse(State|Effect|Ref|Context|Reducer|LayoutEffect|Transition)\b/.test(source)]).toEqual([file, false])
    }
  })
})
