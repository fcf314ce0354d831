import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { EnvError, parseEnv } from '@/lib/env'

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-env-'))
const secret = 'x'.repeat(40)

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source)
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError)
    return (error as EnvError).problems
  }
  throw new Error('expected the environment to be rejected')
}

describe('environment validation', () => {
  it('defaults to the embedded SQLite database under data/', () => {
    const env = parseEnv({ NODE_ENV: 'development', DATA_DIR: tmp() })
    expect(env.DATABASE_URI).toBe('file:./data/kopru.db')
    expect(env.databaseKind).toBe('sqlite')
  })

  it('picks MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(parseEnv({ DATABASE_URI: 'mongodb://mongo:27017/kopru?replicaSet=rs0', PAYLOAD_SECRET: secret }).databaseKind).toBe('mongodb')
    expect(parseEnv({ DATABASE_URI: 'mongodb+srv://u:p@cluster.example/kopru', PAYLOAD_SECRET: secret }).databaseKind).toBe('mongodb')
  })

  it('names a malformed DATABASE_URI and says what it must look like', () => {
    const [problem] = problems({ DATABASE_URI: 'postgres://db/kopru', PAYLOAD_SECRET: secret })
    expect(problem).toMatch(/^DATABASE_URI must start with "file:"/)
  })

  it('requires PAYLOAD_SECRET in production unless in demo mode', () => {
    expect(problems({ NODE_ENV: 'production', SERVER_URL: 'https://kopru.example' })).toEqual([expect.stringMatching(/^PAYLOAD_SECRET is required when NODE_ENV=production/)])
    expect(parseEnv({ NODE_ENV: 'production', KOPRU_DEMO: '1', DATA_DIR: tmp() }).PAYLOAD_SECRET).toHaveLength(64)
  })

  it('requires SERVER_URL in production and defaults it to localhost elsewhere', () => {
    expect(problems({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toEqual([expect.stringMatching(/^SERVER_URL is required when NODE_ENV=production/)])
    expect(parseEnv({ PAYLOAD_SECRET: secret }).SERVER_URL).toBe('http://localhost:3000')
    expect(parseEnv({ NODE_ENV: 'production', KOPRU_DEMO: '1', PORT: '3100', DATA_DIR: tmp() }).SERVER_URL).toBe('http://localhost:3100')
  })

  it('rejects a short secret, a bad URL, an unknown NODE_ENV and a bad flag, all at once', () => {
    const found = problems({ PAYLOAD_SECRET: 'short', SERVER_URL: 'localhost:3000', NODE_ENV: 'staging', KOPRU_DEMO: 'maybe' })
    expect(found.map((p) => p.split(' ')[0]).sort()).toEqual(['KOPRU_DEMO', 'NODE_ENV', 'PAYLOAD_SECRET', 'SERVER_URL'])
  })

  it('takes an SMTP URL for outgoing mail and names a malformed one or a bad sender', () => {
    expect(parseEnv({ DATA_DIR: tmp(), SMTP_URL: 'smtps://user:pw@smtp.example.org:465' }).SMTP_URL).toBe('smtps://user:pw@smtp.example.org:465')
    expect(parseEnv({ DATA_DIR: tmp() }).EMAIL_FROM).toBe('no-reply@kopru.example')
    const found = problems({ DATA_DIR: tmp(), SMTP_URL: 'https://mail.example.org', EMAIL_FROM: 'nobody' })
    expect(found.map((p) => p.split(' ')[0]).sort()).toEqual(['EMAIL_FROM', 'SMTP_URL'])
  })

  it('generates a secret once in demo or development mode and keeps it', () => {
    const dir = tmp()
    const first = parseEnv({ NODE_ENV: 'production', KOPRU_DEMO: 'true', DATA_DIR: dir }).PAYLOAD_SECRET
    const second = parseEnv({ NODE_ENV: 'production', KOPRU_DEMO: 'true', DATA_DIR: dir }).PAYLOAD_SECRET
    expect(second).toBe(first)
    expect(fs.readFileSync(path.join(dir, '.payload-secret'), 'utf8')).toBe(first)
  })

  it('prefers an explicit secret and trims a trailing slash from SERVER_URL', () => {
    const env = parseEnv({ PAYLOAD_SECRET: secret, SERVER_URL: 'https://kopru.example/' })
    expect(env.PAYLOAD_SECRET).toBe(secret)
    expect(env.SERVER_URL).toBe('https://kopru.example')
  })
})

describe('environment validation while Next builds', () => {
  it('does not require PAYLOAD_SECRET at build time, only at run time', () => {
    const env = parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build', DATA_DIR: tmp() })
    expect(env.PAYLOAD_SECRET).toHaveLength(64)
    expect(() => parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-server', SERVER_URL: 'https://kopru.example' })).toThrow(/PAYLOAD_SECRET/)
  })
})

describe('environment validation of .env files', () => {
  it('treats an empty variable as unset', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: '', SERVER_URL: 'https://kopru.example' })).toThrow(/PAYLOAD_SECRET is required/)
    expect(parseEnv({ DATABASE_URI: '', PAYLOAD_SECRET: secret }).DATABASE_URI).toBe('file:./data/kopru.db')
  })

  it('cuts the APIs’ reads into slices of 10 ms unless SQLITE_TURN_MS says otherwise (0: never; docs/scaling.md)', () => {
    expect(parseEnv({ PAYLOAD_SECRET: secret }).sqliteTurnMs).toBe(10)
    expect(parseEnv({ PAYLOAD_SECRET: secret, SQLITE_TURN_MS: '0' }).sqliteTurnMs).toBe(0)
    expect(parseEnv({ PAYLOAD_SECRET: secret, SQLITE_TURN_MS: '20' }).sqliteTurnMs).toBe(20)
    expect(() => parseEnv({ PAYLOAD_SECRET: secret, SQLITE_TURN_MS: 'ten' })).toThrow(/SQLITE_TURN_MS/)
  })

  it('gives the search a thread of its own unless SQLITE_SEARCH_THREAD says 0 (docs/scaling.md)', () => {
    expect(parseEnv({ PAYLOAD_SECRET: secret }).sqliteSearchThread).toBe(true)
    expect(parseEnv({ PAYLOAD_SECRET: secret, SQLITE_SEARCH_THREAD: '' }).sqliteSearchThread).toBe(true)
    expect(parseEnv({ PAYLOAD_SECRET: secret, SQLITE_SEARCH_THREAD: '1' }).sqliteSearchThread).toBe(true)
    expect(parseEnv({ PAYLOAD_SECRET: secret, SQLITE_SEARCH_THREAD: '0' }).sqliteSearchThread).toBe(false)
    expect(parseEnv({ PAYLOAD_SECRET: secret, SQLITE_SEARCH_THREAD: 'no' }).sqliteSearchThread).toBe(false)
    expect(() => parseEnv({ PAYLOAD_SECRET: secret, SQLITE_SEARCH_THREAD: 'sometimes' })).toThrow(/SQLITE_SEARCH_THREAD/)
  })

  it('runs SQLite in worker threads only when SQLITE_THREADS asks (off by default: docs/scaling.md)', () => {
    expect(parseEnv({ PAYLOAD_SECRET: secret }).sqliteThreads).toBe(0)
    expect(parseEnv({ PAYLOAD_SECRET: secret, NEXT_RUNTIME: 'nodejs' })).toMatchObject({ sqliteThreads: 0, server: true })
    expect(parseEnv({ PAYLOAD_SECRET: secret, NEXT_RUNTIME: 'nodejs', SQLITE_THREADS: '2' })).toMatchObject({ sqliteThreads: 2, server: true })
    expect(parseEnv({ PAYLOAD_SECRET: secret, NEXT_RUNTIME: 'nodejs', NEXT_PHASE: 'phase-production-build' })).toMatchObject({ server: false })
    expect(parseEnv({ PAYLOAD_SECRET: secret, NEXT_RUNTIME: 'nodejs', SQLITE_THREADS: '0' }).sqliteThreads).toBe(0)
    expect(parseEnv({ PAYLOAD_SECRET: secret, SQLITE_THREADS: '3' }).sqliteThreads).toBe(3)
    expect(() => parseEnv({ PAYLOAD_SECRET: secret, SQLITE_THREADS: 'two' })).toThrow(/SQLITE_THREADS/)
  })
})
