// ESLint: Next's and typescript-eslint's recommended rules, Prettier's switch-offs, and the one rule that is
// ours: imports run in one direction (docs/architecture.md, "Layers").
//
//   app, proxy.ts, payload.config.ts, scripts, tests   (the composition roots)
//     → components → lib (reads, API, feeds, search, seed)
//       → collections, fields, access, globals          (the content model)
//         → lib's base modules (listed below)           (what the model needs from lib)
//           → i18n, messages                            (locales, paths, refusals, UI strings)
//
// A module imports only from its own layer or the layers under it. Leaf modules of shared constants
// (collections/Statements/kinds.ts, access/roles.ts) may be imported from anywhere.
import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'

/** lib's base: the modules the content model may use. They import only each other, i18n and the leaves. */
export const libBase = [
  './cache',
  './http',
  './env.ts',
  './envSchema.mjs',
  './redisOptions.mjs',
  './derivedSecret.ts',
  './selfOrigin.ts',
  './refuse.ts',
  './relationValues.ts',
  './requestLocale.ts',
  './slugify.ts',
  './safeUrl.ts',
  './previewUrl.ts',
  './schedule.ts',
  './api/loginThrottle.ts',
  './api/rateLimit.ts',
  './api/redisConnection.ts',
  './sites/directory.ts',
  './sites/hosts.mjs',
  './sites/offices.ts',
]
const leaves = { collections: ['./Statements/kinds.ts'], access: ['./roles.ts'] }
const model = ['./collections', './fields', './access', './globals']
const roots = ['./app', './proxy.ts', './payload.config.ts', './instrumentation.ts', './scripts', './tests', './server.mjs']

const zones = [
  {
    target: './i18n',
    from: [...roots, './components', './lib', ...model],
    message: 'i18n is the bottom layer: it holds locales, paths and texts, and imports nothing else of ours.',
  },
  ...model.map((target) => ({
    target,
    from: './lib',
    except: libBase,
    message: "The content model may use only lib's base modules (eslint.config.mjs, libBase). Move what you need there, or move the code up into lib.",
  })),
  {
    target: model,
    from: [...roots, './components'],
    message: 'The content model does not import pages, components or composition roots.',
  },
  ...libBase.map((base) => ({
    target: `./lib/${base.slice(2)}`,
    from: './lib',
    except: libBase,
    message: "lib's base modules import only each other, i18n and the leaves, so the content model can use them.",
  })),
  ...libBase.flatMap((base) => [
    ...model.map((from) => ({
      target: `./lib/${base.slice(2)}`,
      from,
      except: leaves[from.slice(2)] ?? [],
      message: "lib's base modules sit under the content model: import only its leaves (collections/Statements/kinds.ts, access/roles.ts).",
    })),
  ]),
  {
    target: './lib',
    from: [...roots.filter((root) => root !== './payload.config.ts'), './components'],
    message: 'lib does not import pages or components: move the shared type or function into lib.',
  },
  {
    target: './components',
    from: roots.filter((root) => root !== './payload.config.ts'),
    message: 'Components do not import pages, scripts or tests.',
  },
]

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'],
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' }, node: true } },
    rules: {
      'import/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
      // One form for imports between folders (issue 16): `@/lib/…`, never `../lib/…`.
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*'], message: 'Import across folders with `@/…` (tsconfig paths).' }] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Plain Node modules (server.mjs and what it loads, the bench, the worker) cannot resolve `@/`.
    files: ['**/*.mjs', '**/*.js'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // CommonJS on purpose: Jest loads its test sequencer with require().
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'data/**',
    'coverage/**',
    'bench/results/**',
    'bench/.scale/**',
    'payload-types.ts',
    'app/(payload)/**',
    'migrations/**',
    'next-env.d.ts',
  ]),
])
