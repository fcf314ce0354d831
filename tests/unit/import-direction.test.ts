import { execFileSync } from 'node:child_process'

/**
 * The import direction (eslint.config.mjs, docs/architecture.md "Layers") is a lint rule that fails CI. These cases
 * lint made-up files at real places in the tree, so a zone that stops matching (a folder renamed, a path typed wrong)
 * turns this red instead of silently allowing everything.
 */
// ESLint runs in a child process: its config is an ES module, which Jest's module sandbox cannot load.
const linter = `
const { ESLint } = require('eslint')
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'))
const eslint = new ESLint({ cwd: process.cwd() })
Promise.all(cases.map(async ([filePath, code]) => (await eslint.lintText(code, { filePath }))[0].messages.map((m) => m.ruleId ?? m.message)))
  .then((all) => process.stdout.write(JSON.stringify(all)))
`
const seen = new Map<string, string[]>()

function lintAll(cases: Array<[filePath: string, code: string]>) {
  const out = execFileSync(process.execPath, ['-e', linter], { input: JSON.stringify(cases), encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } })
  ;(JSON.parse(out) as string[][]).forEach((rules, i) => seen.set(cases[i].join('\0'), rules))
}

async function problems(filePath: string, code: string): Promise<string[]> {
  const rules = seen.get([filePath, code].join('\0'))
  if (!rules) throw new Error(`not linted: ${filePath}`)
  return rules
}

const importing = (specifier: string, name: string) => `import { ${name} } from '${specifier}'\n\nexport const probe = ${name}\n`

const refused: Array<[string, string, string]> = [
  ['lib does not import components', 'lib/content/probe.ts', importing('@/components/ContentList', 'ContentList')],
  ['lib does not import pages', 'lib/probe.ts', importing('@/app/(frontend)/[site]/[locale]/layout', 'generateStaticParams')],
  ['the content model does not import lib above its base', 'collections/News/probe.ts', importing('@/lib/content/lists', 'listNews')],
  ['fields do not import components', 'fields/probe.ts', importing('@/components/ContentList', 'ContentList')],
  ["lib's base does not import the content model", 'lib/http/probe.ts', importing('@/access/offices', 'officeIds')],
  ["lib's base does not import lib's upper parts", 'lib/cache/probe.ts', importing('@/lib/content/lists', 'listNews')],
  ['i18n imports nothing of ours above it', 'i18n/probe.ts', importing('@/lib/env', 'getEnv')],
  ['components do not import pages', 'components/Probe.tsx', importing('@/app/(frontend)/[site]/[locale]/layout', 'generateStaticParams')],
]
const allowed: Array<[string, string, string]> = [
  [
    'pages import components and lib',
    'app/(frontend)/[site]/[locale]/probe.tsx',
    `${importing('@/components/ContentList', 'ContentList')}${importing('@/lib/content/lists', 'listNews')}`,
  ],
  ['lib imports the content model', 'lib/content/probe.ts', importing('@/access/offices', 'officeIds')],
  ["the content model imports lib's base", 'collections/News/probe.ts', importing('@/lib/refuse', 'refuse')],
  ['anything imports the leaves', 'lib/cache/probe.ts', importing('@/collections/Statements/kinds', 'statementKinds')],
  ['everything imports i18n', 'access/probe.ts', importing('@/i18n/locales', 'locales')],
]
const relative: Array<[string, string]> = [
  ['components/Probe.tsx', importing('../lib/format', 'formatDate')],
  ['components/Probe.tsx', importing('@/lib/format', 'formatDate')],
]

describe('imports run one way', () => {
  beforeAll(() => lintAll([...refused, ...allowed].map(([, filePath, code]): [string, string] => [filePath, code]).concat(relative)), 120_000)

  it.each(refused)('%s', async (_name, filePath, code) => {
    expect(await problems(filePath, code)).toContain('import/no-restricted-paths')
  })

  it.each(allowed)('%s', async (_name, filePath, code) => {
    expect(await problems(filePath, code)).not.toContain('import/no-restricted-paths')
  })

  it('imports across folders with @/, not ../', async () => {
    expect(await problems(...relative[0])).toContain('no-restricted-imports')
    expect(await problems(...relative[1])).not.toContain('no-restricted-imports')
  })
})
