import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  // Our .mjs files (server.mjs's helpers, deploy/nginx/local.mjs, build scripts) are plain ESM for Node: SWC
  // would turn them into CommonJS.
  transformIgnorePatterns: ['<rootDir>/(lib|deploy|scripts)/.*\\.mjs$'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/$1',
  },
}

const project = (overrides) => createJestConfig({ ...shared, ...overrides })()

/**
 * Projects: pure units, Payload local-API integration (fresh SQLite per file), React
 * components, end-to-end tests against the production build (a seeded server of its own), and
 * resilience (load while editors publish, crashes mid-seed and mid-migration).
 */
export default async function jestConfig() {
  return {
    // Integration tests start Payload and child processes; Jest allows this option only globally.
    testTimeout: 120_000,
    // End-to-end tests that edit content run after the read-only ones (only e2e files write).
    testSequencer: '<rootDir>/tests/setup/sequencer.cjs',
    projects: [
      await project({
        displayName: 'unit',
        testEnvironment: 'node',
        testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
        setupFiles: ['<rootDir>/tests/setup/env.js'],
      }),
      await project({
        displayName: 'int',
        testEnvironment: 'node',
        testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
        setupFiles: ['<rootDir>/tests/setup/env.js'],
      }),
      await project({
        displayName: 'component',
        testEnvironment: 'jsdom',
        testMatch: ['<rootDir>/tests/component/**/*.test.tsx'],
        setupFiles: ['<rootDir>/tests/setup/env.js'],
        setupFilesAfterEnv: ['<rootDir>/tests/setup/dom.js'],
      }),
      await project({
        displayName: 'resilience',
        testEnvironment: 'node',
        testMatch: ['<rootDir>/tests/resilience/**/*.test.ts'],
        globalSetup: '<rootDir>/tests/setup/server-setup.js',
        globalTeardown: '<rootDir>/tests/setup/server-teardown.js',
      }),
      await project({
        displayName: 'e2e',
        testEnvironment: 'node',
        testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
        globalSetup: '<rootDir>/tests/setup/server-setup.js',
        globalTeardown: '<rootDir>/tests/setup/server-teardown.js',
      }),
    ],
  }
}
